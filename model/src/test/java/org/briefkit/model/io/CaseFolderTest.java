package org.briefkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefkit.model.io.CaseFolderException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder rule on real folders: a case folder {@code case/} with {@code texts/a.txt}, beside
 * it a folder {@code other/} with {@code b.txt}, and symbolic links made for each test.
 */
class CaseFolderTest {
  @TempDir Path tmp;
  private Path root;
  private Path dir;
  private Path other;
  private CaseFolder folder;

  @BeforeEach
  void files() throws IOException {
    root = tmp.toRealPath();
    dir = Files.createDirectories(root.resolve("case"));
    other = Files.createDirectories(root.resolve("other"));
    Files.createDirectories(dir.resolve("texts"));
    Files.writeString(dir.resolve("texts/a.txt"), "A text.\n", StandardCharsets.UTF_8);
    Files.writeString(other.resolve("b.txt"), "B text.\n", StandardCharsets.UTF_8);
    folder = CaseFolder.of(dir);
  }

  private CaseFolderException refusal(CaseFolder f, String written) {
    CaseFolderException e = catchThrowableOfType(CaseFolderException.class, () -> f.readText(written));
    assertThat(e).as("refusal of " + written).isNotNull();
    assertThat(e.path()).isEqualTo(written);
    return e;
  }

  @Test
  void readText_fileInside_givesItsText() throws IOException {
    assertThat(folder.readText("texts/a.txt")).isEqualTo("A text.\n");
    assertThat(folder.readText("./texts/../texts/a.txt")).isEqualTo("A text.\n");
    assertThat(folder.resolve("texts/a.txt")).isEqualTo(dir.resolve("texts/a.txt"));
  }

  @Test
  void ofCaseFile_isItsFolder_orTheCurrentOne() {
    assertThat(CaseFolder.ofCaseFile(dir.resolve("c.yaml")).folder()).isEqualTo(dir);
    assertThat(CaseFolder.ofCaseFile(Path.of("c.yaml")).folder()).isEqualTo(Path.of(""));
  }

  @Test
  void readText_dotDotOutOfTheFolder_isRefused_namingTheFolderAndTheOption() {
    CaseFolderException e = refusal(folder, "../other/b.txt");

    assertThat(e.reason()).isEqualTo(Reason.OUTSIDE);
    assertThat(e).hasMessage(
        "\"../other/b.txt\" leads out of the case's folder, " + dir + ", to " + other.resolve("b.txt")
            + ": keep the file inside, or allow the folder it is in with --allow-root DIR");
    assertThat(refusal(folder, "texts/../../other/b.txt").reason()).isEqualTo(Reason.OUTSIDE);
  }

  @Test
  void readText_dotDotIntoAnAllowedRoot_isRead() throws IOException {
    assertThat(folder.allowing(other).readText("../other/b.txt")).isEqualTo("B text.\n");
  }

  @Test
  void readText_outsideEveryRoot_namesTheRootsToo() {
    CaseFolderException e = refusal(folder.allowing(other), "../c.txt");

    assertThat(e).hasMessageStartingWith(
        "\"../c.txt\" leads out of the case's folder, " + dir + ", and the allowed roots (" + other + "), to "
            + root.resolve("c.txt"));
  }

  @Test
  void readText_fileLinkLeadingOut_isRefused() throws IOException {
    Files.createSymbolicLink(dir.resolve("texts/b.txt"), other.resolve("b.txt"));

    CaseFolderException e = refusal(folder, "texts/b.txt");

    assertThat(e.reason()).isEqualTo(Reason.LINK_OUTSIDE);
    assertThat(e).hasMessage(
        "\"texts/b.txt\" is a symbolic link to " + other.resolve("b.txt") + " outside the case's folder, "
            + dir + ": copy the file into the folder, or allow the folder it leads to with --allow-root DIR");
  }

  @Test
  void readText_folderLinkOnTheWayLeadingOut_isRefused_namingTheLink() throws IOException {
    Files.createSymbolicLink(dir.resolve("elsewhere"), other);

    CaseFolderException e = refusal(folder, "elsewhere/b.txt");

    assertThat(e.reason()).isEqualTo(Reason.LINK_OUTSIDE);
    assertThat(e).hasMessage(
        "\"elsewhere/b.txt\" passes through \"elsewhere\", a symbolic link to " + other
            + ", outside the case's folder, " + dir
            + ": copy the file into the folder, or allow the folder it leads to with --allow-root DIR");
  }

  @Test
  void readText_linkThenDotDot_followsTheLinkFirst_andIsRefused() throws IOException {
    // elsewhere/.. is other's parent, not the case's folder: the system follows the link first.
    Files.createSymbolicLink(dir.resolve("elsewhere"), other);
    Files.writeString(root.resolve("a.txt"), "outside", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.txt"), "inside", StandardCharsets.UTF_8);

    assertThat(refusal(folder, "elsewhere/../a.txt").reason()).isEqualTo(Reason.LINK_OUTSIDE);
  }

  @Test
  void readText_linkInsideTheFolder_orIntoAnAllowedRoot_isRead() throws IOException {
    Files.createSymbolicLink(dir.resolve("same.txt"), dir.resolve("texts/a.txt"));
    Files.createSymbolicLink(dir.resolve("b.txt"), other.resolve("b.txt"));

    assertThat(folder.readText("same.txt")).isEqualTo("A text.\n");
    assertThat(folder.allowing(other).readText("b.txt")).isEqualTo("B text.\n");
  }

  @Test
  void readText_absolutePath_isRefused() {
    CaseFolderException e = refusal(folder, other.resolve("b.txt").toString());

    assertThat(e.reason()).isEqualTo(Reason.ABSOLUTE);
    assertThat(e).hasMessage(
        "\"" + other.resolve("b.txt") + "\" is an absolute path: name the file relative to the case"
            + " file's folder, such as texts/report.md");
    assertThat(refusal(folder, "C:/x.txt").reason()).isEqualTo(Reason.ABSOLUTE);
    assertThat(refusal(folder, "~/x.txt").reason()).isEqualTo(Reason.ABSOLUTE);
  }

  @Test
  void readText_backslashesOrControlCharacters_areRefused() {
    assertThat(refusal(folder, "texts\\a.txt"))
        .hasMessage("\"texts\\a.txt\" is written with backslashes: use forward slashes, such as texts/report.md");
    assertThat(refusal(folder, "texts/a\u0000.txt"))
        .hasMessage("\"texts/a?.txt\" holds a control character (at index 7): name the file without it");
    assertThat(refusal(folder, " ").reason()).isEqualTo(Reason.INVALID_PATH);
  }

  @Test
  void readText_missingFile_isToldApart() {
    CaseFolderException e = refusal(folder, "texts/none.txt");

    assertThat(e.reason()).isEqualTo(Reason.MISSING);
    assertThat(e.isMissing()).isTrue();
    assertThat(e).hasMessage("there is no file \"texts/none.txt\" in the case's folder, " + dir);
    assertThat(refusal(folder, "texts/a.txt/b.txt").isMissing()).isTrue();
  }

  @Test
  void readText_folder_isRefused() {
    CaseFolderException e = refusal(folder, "texts");

    assertThat(e.reason()).isEqualTo(Reason.NOT_A_FILE);
    assertThat(e).hasMessage("\"texts\" is a folder, not a file: name a file in it, such as texts/report.md");
  }

  @Test
  void readText_hugeFile_isRefusedWithoutReadingIt_givingItsSizeAndTheLimit() throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(dir.resolve("texts/huge.txt").toFile(), "rw")) {
      f.setLength(3L * 1024 * 1024 * 1024); // sparse: takes no disk space
    }

    CaseFolderException e = refusal(folder, "texts/huge.txt");

    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e).hasMessage(
        "\"texts/huge.txt\" is 3221225472 bytes (3.0 GiB), over the limit of 8 MiB (8388608 bytes):"
            + " cut it to the parts the case cites, or raise the limit with --max-text-size");
  }

  @Test
  void readText_fileOverASetLimit_isRefused_andOneAtTheLimitRead() throws IOException {
    Files.writeString(dir.resolve("ten.txt"), "0123456789", StandardCharsets.UTF_8);

    assertThat(folder.withMaxFileSize(10).readText("ten.txt")).isEqualTo("0123456789");
    assertThat(refusal(folder.withMaxFileSize(9), "ten.txt"))
        .hasMessageStartingWith("\"ten.txt\" is 10 bytes, over the limit of 9 bytes:");
    assertThatThrownBy(() -> folder.withMaxFileSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxFileSize (0) must be at least 1 byte");
  }

  @Test
  void readText_binaryFile_isRefusedAtItsNulByte() throws IOException {
    Files.write(dir.resolve("texts/report.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', 0, 1, 2});

    CaseFolderException e = refusal(folder, "texts/report.pdf");

    assertThat(e.reason()).isEqualTo(Reason.BINARY);
    assertThat(e).hasMessage(
        "\"texts/report.pdf\" is binary, not text (a NUL byte at byte offset 6): give a plain-text,"
            + " Markdown or HTML copy (pdftotext makes one of a PDF)");
  }

  @Test
  void readText_latin1Text_isRefusedAtTheByteThatIsNotUtf8() throws IOException {
    Files.write(dir.resolve("texts/latin1.txt"), "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));

    CaseFolderException e = refusal(folder, "texts/latin1.txt");

    assertThat(e.reason()).isEqualTo(Reason.NOT_UTF8);
    assertThat(e).hasMessage(
        "\"texts/latin1.txt\" is not valid UTF-8: byte 0xE9 at byte offset 3 cannot be decoded; save it as UTF-8");
  }

  @Test
  void readText_utf16_isRefused() throws IOException {
    Files.write(dir.resolve("u16.txt"), "Text".getBytes(StandardCharsets.UTF_16));

    assertThat(refusal(folder, "u16.txt")).hasMessage("\"u16.txt\" is UTF-16 text: save it as UTF-8");
  }

  @Test
  void readText_dropsTheByteOrderMark_andKeepsLineEnds() throws IOException {
    Files.write(dir.resolve("bom.txt"), "\uFEFFOne\r\n\r\nTwo\r\n".getBytes(StandardCharsets.UTF_8));

    assertThat(folder.readText("bom.txt")).isEqualTo("One\r\n\r\nTwo\r\n");
  }
}
