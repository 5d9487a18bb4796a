package org.briefkit.report.pdf.font;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.briefkit.report.ReportOptions.FontOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontLocatorTest {
  @TempDir Path dir;

  @Test
  void locate_optionNamesFile_usesItWithItsBoldSibling() throws IOException {
    Path regular = Files.write(dir.resolve("Face.ttf"), new byte[] {1});
    Path bold = Files.write(dir.resolve("FaceBold.ttf"), new byte[] {1});

    Optional<FontLocator.Found> found = FontLocator.locate(FontOptions.file(regular), name -> null);

    assertThat(found).contains(new FontLocator.Found(regular, Optional.of(bold), "option"));
  }

  @Test
  void locate_optionNamesMissingFile_failsNamingIt() {
    Path missing = dir.resolve("missing.ttf");
    assertThatThrownBy(() -> FontLocator.locate(FontOptions.file(missing), name -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("font option (" + missing + ") must name an existing TrueType font file");
  }

  @Test
  void locate_environmentVariable_winsOverSystemFolders() throws IOException {
    Path font = Files.write(dir.resolve("Env.ttf"), new byte[] {1});

    Optional<FontLocator.Found> found =
        FontLocator.locate(FontOptions.system(), name -> name.equals("BRIEFKIT_FONT") ? font.toString() : null);

    assertThat(found).contains(new FontLocator.Found(font, Optional.empty(), "BRIEFKIT_FONT"));
  }

  @Test
  void locate_environmentVariableNamesMissingFile_failsNamingTheVariable() {
    assertThatThrownBy(() -> FontLocator.locate(FontOptions.system(), name -> "/no/such/font.ttf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("BRIEFKIT_FONT (/no/such/font.ttf) must name an existing TrueType font file");
  }

  @Test
  void locate_bundledOnly_findsNothingEvenWithTheVariableSet() throws IOException {
    Path font = Files.write(dir.resolve("Env.ttf"), new byte[] {1});
    assertThat(FontLocator.locate(FontOptions.bundledOnly(), name -> font.toString())).isEmpty();
  }

  @Test
  void locate_system_findsNanumWhereInstalled() {
    Path nanum = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(nanum));

    Optional<FontLocator.Found> found = FontLocator.locate(FontOptions.system(), name -> null);

    assertThat(found.map(FontLocator.Found::regular)).contains(nanum);
    assertThat(found.flatMap(FontLocator.Found::bold)).contains(nanum.resolveSibling("NanumGothicBold.ttf"));
  }
}
