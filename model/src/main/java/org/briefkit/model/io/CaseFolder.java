package org.briefkit.model.io;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.briefkit.model.io.CaseFolderException.Reason;

/**
 * The folder rule for every file a case names (a source's text, later a previous version or a
 * dataset): a path is written relative to the case file's folder and must stay inside it, or
 * inside another root the user allows. Refused, each with a message that says what to do:
 * absolute paths, paths that lead out by {@code ..}, symbolic links (the file's own or a
 * folder's on the way) whose target lies outside the allowed roots, folders, files over the size
 * limit and, when read as text, binary files and text that is not UTF-8. A missing file is told
 * apart ({@link CaseFolderException#isMissing()}).
 *
 * <p>The size limit defaults to {@value #DEFAULT_MAX_FILE_SIZE} bytes (8 MiB): a 300-page report
 * is about 1 MiB as plain text and a saved web page a few MiB with its markup, while 8 MiB
 * bounds what one file costs (about 16 MB as a Java string, and its parsing) whatever a case
 * names. Files are read with a bounded read, so a file that grows past the limit while it is
 * read is refused too, without reading it whole.
 *
 * <p>Messages name the path as written and, where the user has a choice, the command-line
 * options that widen the rule ({@code --allow-root DIR}, {@code --max-text-size}), which map to
 * {@link #allowing(Path)} and {@link #withMaxFileSize(long)}. A folder is immutable and
 * thread-safe; the file system is looked at afresh on every call.
 */
public final class CaseFolder {
  /** The default size limit: 8 MiB. */
  public static final long DEFAULT_MAX_FILE_SIZE = 8L * 1024 * 1024;

  private final Path folder;
  private final ImmutableList<Path> roots;
  private final long maxFileSize;

  private CaseFolder(Path folder, ImmutableList<Path> roots, long maxFileSize) {
    this.folder = folder;
    this.roots = roots;
    this.maxFileSize = maxFileSize;
  }

  /**
   * The folder rule for a case file in {@code folder}: paths stay inside it, files are at most
   * {@link #DEFAULT_MAX_FILE_SIZE} bytes.
   */
  public static CaseFolder of(Path folder) {
    Objects.requireNonNull(folder, "folder must not be null");
    return new CaseFolder(folder, ImmutableList.of(), DEFAULT_MAX_FILE_SIZE);
  }

  /** The folder rule for the case file {@code caseFile}: its folder, the current one if it names none. */
  public static CaseFolder ofCaseFile(Path caseFile) {
    Objects.requireNonNull(caseFile, "caseFile must not be null");
    Path parent = caseFile.getParent();
    return of(parent != null ? parent : Path.of(""));
  }

  /** This rule with {@code root} allowed too: paths may lead into it, by {@code ..} or a link. */
  public CaseFolder allowing(Path root) {
    Objects.requireNonNull(root, "root must not be null");
    return new CaseFolder(
        folder, ImmutableList.<Path>builder().addAll(roots).add(root).build(), maxFileSize);
  }

  /** This rule with a size limit of {@code bytes}, at least 1. */
  public CaseFolder withMaxFileSize(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("maxFileSize (" + bytes + ") must be at least 1 byte");
    }
    return new CaseFolder(folder, roots, bytes);
  }

  /** The case file's folder, as given. */
  public Path folder() {
    return folder;
  }

  /** The other folders paths may lead into, as given, in the order allowed. */
  public ImmutableList<Path> allowedRoots() {
    return roots;
  }

  /** The size limit in bytes. */
  public long maxFileSize() {
    return maxFileSize;
  }

  /**
   * The real path (links followed) of the file written as {@code written}, a path relative to
   * the case's folder with forward slashes, if the folder rule lets it be used: inside the
   * allowed roots, a regular file, not over the size limit.
   *
   * @throws CaseFolderException if it is missing or refused; the message says why and what to do
   */
  public Path resolve(String written) throws CaseFolderException {
    Objects.requireNonNull(written, "path must not be null");
    checkWritten(written);
    Path base = folder.toAbsolutePath().normalize();
    Path asWritten = base.resolve(written);
    Path lexical = asWritten.normalize();
    if (!lexical.startsWith(base) && roots().stream().noneMatch(lexical::startsWith)) {
      throw new CaseFolderException(
          Reason.OUTSIDE, written,
          quote(written) + " leads out of " + where() + ", to " + lexical
              + ": keep the file inside, or allow the folder it is in with --allow-root DIR");
    }
    if (!Files.exists(asWritten)) {
      throw missing(written);
    }
    Path real;
    List<Path> allowed;
    try {
      real = asWritten.toRealPath();
      allowed = realRoots();
    } catch (NoSuchFileException | NotDirectoryException e) {
      throw missing(written);
    } catch (IOException e) {
      throw unreadable(written, e);
    }
    if (allowed.stream().noneMatch(real::startsWith)) {
      throw linkOutside(written, base, real, allowed);
    }
    if (!Files.isRegularFile(real)) {
      throw new CaseFolderException(
          Reason.NOT_A_FILE, written,
          Files.isDirectory(real)
              ? quote(written) + " is a folder, not a file: name a file in it, such as "
                  + (written.endsWith("/") ? written : written + "/") + "report.md"
              : quote(written) + " is not a regular file: name a text file");
    }
    long size;
    try {
      size = Files.size(real);
    } catch (IOException e) {
      throw unreadable(written, e);
    }
    if (size > maxFileSize) {
      throw tooLarge(written, Text.describeSize(size));
    }
    return real;
  }

  /**
   * The text of the file written as {@code written} ({@link #resolve(String)}), decoded as
   * strict UTF-8. A byte-order mark is dropped; line ends are kept as they are (CR LF stays CR
   * LF), so that the text is the file's, character for character.
   *
   * @throws CaseFolderException if it is missing or refused, binary (a NUL byte) or not valid
   *     UTF-8; the message says why (with the byte offset) and what to do
   */
  public String readText(String written) throws CaseFolderException {
    Path real = resolve(written);
    byte[] bytes;
    try (InputStream in = Files.newInputStream(real)) {
      bytes = in.readNBytes((int) Math.min(maxFileSize, Integer.MAX_VALUE - 17) + 1);
    } catch (IOException e) {
      throw unreadable(written, e);
    }
    if (bytes.length > maxFileSize) {
      throw tooLarge(written, "more than " + maxFileSize + " bytes");
    }
    return decode(written, bytes);
  }

  private static void checkWritten(String written) throws CaseFolderException {
    if (written.isBlank()) {
      throw new CaseFolderException(Reason.INVALID_PATH, written, "the path is blank: name a file, such as texts/report.md");
    }
    if (written.startsWith("/") || written.startsWith("~") || written.matches("^[A-Za-z]:.*")) {
      throw new CaseFolderException(
          Reason.ABSOLUTE, written,
          quote(written) + " is an absolute path: name the file relative to the case file's folder,"
              + " such as texts/report.md");
    }
    if (written.indexOf('\\') >= 0) {
      throw new CaseFolderException(
          Reason.INVALID_PATH, written,
          quote(written) + " is written with backslashes: use forward slashes, such as texts/report.md");
    }
    for (int i = 0; i < written.length(); i++) {
      if (Character.isISOControl(written.charAt(i))) {
        throw new CaseFolderException(
            Reason.INVALID_PATH, written,
            quote(written.replaceAll("\\p{Cntrl}", "?")) + " holds a control character (at index " + i
                + "): name the file without it");
      }
    }
  }

  private List<Path> roots() {
    return roots.stream().map(r -> r.toAbsolutePath().normalize()).toList();
  }

  /** The real paths of the folder and the roots; a root that does not exist allows nothing. */
  private List<Path> realRoots() throws IOException {
    List<Path> real = new ArrayList<>();
    real.add(folder.toAbsolutePath().toRealPath());
    for (Path r : roots) {
      try {
        real.add(r.toAbsolutePath().toRealPath());
      } catch (NoSuchFileException e) {
        // An allowed root that is not there holds nothing to allow.
      }
    }
    return real;
  }

  /** "the case's folder, samples/madrid-2022", with the other roots allowed if any. */
  private String where() {
    String f = "the case's folder, " + display(folder);
    if (roots.isEmpty()) {
      return f;
    }
    return f + ", and the allowed roots ("
        + roots.stream().map(CaseFolder::display).collect(Collectors.joining(", ")) + ")";
  }

  private static String display(Path p) {
    String s = p.toString();
    return s.isEmpty() ? "." : s;
  }

  private CaseFolderException missing(String written) {
    return new CaseFolderException(
        Reason.MISSING, written,
        "there is no file " + quote(written) + " in the case's folder, " + display(folder));
  }

  /**
   * A path that stays inside lexically but not once its links are followed: names the first link
   * on the way whose target is outside.
   */
  private CaseFolderException linkOutside(String written, Path base, Path real, List<Path> allowed) {
    List<String> parts = new ArrayList<>();
    for (String part : written.split("/")) {
      if (!part.isEmpty() && !part.equals(".")) {
        parts.add(part);
      }
    }
    Path at = base;
    for (int i = 0; i < parts.size(); i++) {
      at = at.resolve(parts.get(i));
      if (Files.isSymbolicLink(at)) {
        Optional<Path> target = realPath(at);
        if (target.isPresent() && allowed.stream().noneMatch(target.get()::startsWith)) {
          String through = String.join("/", parts.subList(0, i + 1));
          return new CaseFolderException(
              Reason.LINK_OUTSIDE, written,
              (i == parts.size() - 1
                      ? quote(written) + " is a symbolic link to " + target.get()
                      : quote(written) + " passes through " + quote(through) + ", a symbolic link to "
                          + target.get() + ",")
                  + " outside " + where()
                  + ": copy the file into the folder, or allow the folder it leads to with --allow-root DIR");
        }
      }
    }
    return new CaseFolderException(
        Reason.LINK_OUTSIDE, written,
        quote(written) + " leads, through symbolic links, to " + real + ", outside "
            + where()
            + ": copy the file into the folder, or allow the folder it leads to with --allow-root DIR");
  }

  private static Optional<Path> realPath(Path p) {
    try {
      return Optional.of(p.toRealPath());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private CaseFolderException tooLarge(String written, String size) {
    return new CaseFolderException(
        Reason.TOO_LARGE, written,
        quote(written) + " is " + size + ", over the limit of " + Text.describeLimit(maxFileSize)
            + ": cut it to the parts the case cites, or raise the limit with --max-text-size");
  }

  private static CaseFolderException unreadable(String written, IOException e) {
    String why =
        e instanceof AccessDeniedException
            ? "permission denied"
            : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return new CaseFolderException(Reason.UNREADABLE, written, quote(written) + " cannot be read (" + why + ")");
  }

  /** Strict UTF-8 ({@link Text#strict}), a byte-order mark dropped; a NUL byte or a malformed sequence refused. */
  private static String decode(String written, byte[] bytes) throws CaseFolderException {
    Text.Decoded d = Text.strict(bytes);
    switch (d.flaw()) {
      case UTF16:
        throw new CaseFolderException(
            Reason.NOT_UTF8, written, quote(written) + " is UTF-16 text: save it as UTF-8");
      case NUL:
        throw new CaseFolderException(
            Reason.BINARY, written,
            quote(written) + " is binary, not text (a NUL byte at byte offset " + d.at()
                + "): give a plain-text, Markdown or HTML copy (pdftotext makes one of a PDF)");
      case MALFORMED:
        throw new CaseFolderException(
            Reason.NOT_UTF8, written,
            String.format(
                Locale.ROOT,
                "%s is not valid UTF-8: byte 0x%02X at byte offset %d cannot be decoded; save it as UTF-8",
                quote(written), bytes[d.at()] & 0xFF, d.at()));
      default:
        return d.text();
    }
  }

  private static String quote(String written) {
    return '"' + written + '"';
  }
}
