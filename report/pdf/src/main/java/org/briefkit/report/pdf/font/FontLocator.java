package org.briefkit.report.pdf.font;

import com.google.common.collect.ImmutableList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.briefkit.report.ReportOptions.FontOptions;

/**
 * Finds a TrueType font that covers Hangul: the file the options name, else the file the
 * {@code BRIEFKIT_FONT} environment variable names, else the first of the usual system
 * locations on Linux, macOS and Windows that exists. Pure lookup: nothing is loaded or cached.
 */
final class FontLocator {
  /** The environment variable naming a TrueType font file. */
  static final String ENV = "BRIEFKIT_FONT";

  /** Regular and bold file names, in order of preference, for every platform. */
  private static final ImmutableList<Candidate> SYSTEM =
      ImmutableList.of(
          // Debian, Ubuntu (fonts-nanum)
          candidate("/usr/share/fonts/truetype/nanum/NanumGothic.ttf", "NanumGothicBold.ttf"),
          candidate("/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf", "NanumBarunGothicBold.ttf"),
          // Fedora (naver-nanum-gothic-fonts), Arch (ttf-nanum)
          candidate("/usr/share/fonts/naver-nanum/NanumGothic.ttf", "NanumGothicBold.ttf"),
          candidate("/usr/share/fonts/nanum/NanumGothic.ttf", "NanumGothicBold.ttf"),
          candidate("/usr/share/fonts/TTF/NanumGothic.ttf", "NanumGothicBold.ttf"),
          candidate("/usr/share/fonts/truetype/unfonts-core/UnDotum.ttf", "UnDotumBold.ttf"),
          candidate("/usr/share/fonts/truetype/baekmuk/gulim.ttf", null),
          // macOS
          candidate("/Library/Fonts/NanumGothic.ttf", "NanumGothicBold.ttf"),
          candidate("/System/Library/Fonts/Supplemental/AppleGothic.ttf", null),
          candidate("/Library/Fonts/AppleGothic.ttf", null),
          candidate("/System/Library/Fonts/AppleSDGothicNeo.ttc", null),
          // Windows
          candidate("C:\\Windows\\Fonts\\malgun.ttf", "malgunbd.ttf"),
          candidate("C:\\Windows\\Fonts\\NanumGothic.ttf", "NanumGothicBold.ttf"),
          candidate("C:\\Windows\\Fonts\\gulim.ttc", null));

  private FontLocator() {}

  /**
   * A font found: the regular face and, when a matching bold face sits beside it, the bold.
   *
   * @param regular the regular face
   * @param bold the bold face, if there is one
   * @param origin where it was found, for messages ("option", "BRIEFKIT_FONT", "system")
   */
  record Found(Path regular, Optional<Path> bold, String origin) {}

  private record Candidate(String regular, String bold) {}

  private static Candidate candidate(String regular, String boldName) {
    return new Candidate(regular, boldName);
  }

  /**
   * Finds the font to use under {@code options}, reading the environment through {@code env}.
   *
   * @return empty when the options forbid searching and name no file, or nothing was found
   * @throws IllegalArgumentException when the options or the environment variable name a
   *     file that does not exist
   */
  static Optional<Found> locate(FontOptions options, Function<String, String> env) {
    if (options.font().isPresent()) {
      Path p = options.font().get();
      requireFile(p, "font option");
      return Optional.of(new Found(p, bold(p), "option"));
    }
    if (!options.searchSystem()) {
      return Optional.empty();
    }
    String fromEnv = env.apply(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      Path p = Path.of(fromEnv.trim());
      requireFile(p, ENV);
      return Optional.of(new Found(p, bold(p), ENV));
    }
    for (Candidate c : SYSTEM) {
      Path p = Path.of(c.regular());
      if (Files.isRegularFile(p)) {
        Optional<Path> b =
            c.bold() == null
                ? Optional.empty()
                : Optional.of(p.resolveSibling(c.bold())).filter(Files::isRegularFile);
        return Optional.of(new Found(p, b, "system"));
      }
    }
    return Optional.empty();
  }

  /** Finds the font using the process environment. */
  static Optional<Found> locate(FontOptions options) {
    return locate(options, System::getenv);
  }

  private static void requireFile(Path p, String what) {
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException(what + " (" + p + ") must name an existing TrueType font file");
    }
  }

  /** The bold face beside a regular one by the common naming patterns, if it exists. */
  private static Optional<Path> bold(Path regular) {
    String name = regular.getFileName().toString();
    int dot = name.lastIndexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String stem = name.substring(0, dot);
    String ext = name.substring(dot);
    for (String candidate :
        ImmutableList.of(stem + "Bold" + ext, stem + "-Bold" + ext, stem + "bd" + ext)) {
      Path p = regular.resolveSibling(candidate);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
