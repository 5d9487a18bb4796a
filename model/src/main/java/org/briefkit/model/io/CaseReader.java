package org.briefkit.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.briefkit.model.Case;
import org.briefkit.model.LocatedCase;
import org.briefkit.model.io.Tree.Node;
import org.briefkit.model.io.Tree.Pos;

/**
 * Reads case files, YAML or JSON, into a {@link Case}. Every problem in a file is reported at
 * once, each located at a line and column, in a {@link CaseFileException}; user mistakes never
 * surface as other exceptions.
 *
 * <p>Hostile input is refused with one clear problem: files over the size limit, nesting
 * deeper than the depth limit, more values than the value limit, anchors and aliases (so alias bombs cannot expand), text that
 * is not UTF-8, binary files and empty files.
 *
 * <p>A reader is immutable and thread-safe; reading keeps no state between calls.
 */
public final class CaseReader {
  /**
   * The default size limit: 32 MiB, which takes the case files BriefKit writes up to 10,000
   * motivations (about 7 MB) with room for longer texts.
   */
  public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

  /** The largest size limit: a file is read into one array (about 2 GiB). */
  public static final long LARGEST_MAX_BYTES = Integer.MAX_VALUE - 17;

  /** The default nesting limit: 64 levels of lists and mappings. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  /**
   * The default limit on values (scalars, lists and mappings, keys included): 2,000,000, one for
   * every 16.8 bytes of the default size limit. The case files BriefKit writes hold one value
   * for every 18 bytes or so (375,000 values at 10,000 motivations); each value read costs
   * about 100 bytes of memory, so this limit, not the size, bounds the memory a dense file
   * takes.
   */
  public static final int DEFAULT_MAX_NODES = 2_000_000;

  private static final CaseReader STANDARD = new CaseReader(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_NODES);

  private final long maxBytes;
  private final int maxDepth;
  private final int maxNodes;

  private CaseReader(long maxBytes, int maxDepth, int maxNodes) {
    this.maxBytes = maxBytes;
    this.maxDepth = maxDepth;
    this.maxNodes = maxNodes;
  }

  /** A reader with the default limits. */
  public static CaseReader standard() {
    return STANDARD;
  }

  /** A builder to set the limits. */
  public static Builder builder() {
    return new Builder();
  }

  /** The size limit in bytes (in characters when reading from a {@link Reader}). */
  public long maxBytes() {
    return maxBytes;
  }

  /** The nesting limit. */
  public int maxDepth() {
    return maxDepth;
  }

  /** The limit on the number of values. */
  public int maxNodes() {
    return maxNodes;
  }

  /**
   * Reads the case file at {@code file}; messages name the file as given.
   *
   * @throws CaseFileException listing every problem in the file
   * @throws IOException if the file cannot be read
   */
  public Case read(Path file) throws IOException {
    return readLocated(file).value();
  }

  /**
   * Reads the case file at {@code file}, with where its values were written: the {@link
   * LocatedCase#locator() locator} gives {@code file:line:column} of a value or of a character in
   * a text value.
   *
   * @throws CaseFileException listing every problem in the file
   * @throws IOException if the file cannot be read
   */
  public LocatedCase readLocated(Path file) throws IOException {
    String name = file.toString();
    long size = Files.isRegularFile(file) ? Files.size(file) : 0;
    if (size > maxBytes) {
      throw tooLarge(name, Text.tooLarge(size, maxBytes), size, true);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readLocated(in, name);
    }
  }

  /**
   * Reads a case file from {@code in}, UTF-8 bytes, without closing it.
   *
   * @param name the file name used in messages
   * @throws CaseFileException listing every problem in the file
   * @throws IOException if the stream cannot be read
   */
  public Case read(InputStream in, String name) throws IOException {
    return readLocated(in, name).value();
  }

  /**
   * Reads a case file from {@code in}, UTF-8 bytes, without closing it, with where its values
   * were written.
   *
   * @param name the file name used in messages and places
   * @throws CaseFileException listing every problem in the file
   * @throws IOException if the stream cannot be read
   */
  public LocatedCase readLocated(InputStream in, String name) throws IOException {
    Objects.requireNonNull(name, "name must not be null");
    byte[] bytes = in.readNBytes((int) maxBytes + 1); // the builder keeps the limit within an array
    if (bytes.length > maxBytes) {
      throw tooLarge(name, Text.tooLarge(maxBytes), bytes.length, false);
    }
    Problems problems = new Problems();
    Optional<FileText> text = Text.decode(bytes, problems);
    if (text.isEmpty()) {
      throw problems.failure(name);
    }
    return parse(text.get(), name);
  }

  /**
   * Reads a case file from {@code in}, already decoded text, without closing it.
   *
   * @param name the file name used in messages
   * @throws CaseFileException listing every problem in the file
   * @throws IOException if the reader fails
   */
  public Case read(Reader in, String name) throws IOException {
    return readLocated(in, name).value();
  }

  /**
   * Reads a case file from {@code in}, already decoded text, without closing it, with where its
   * values were written.
   *
   * @param name the file name used in messages and places
   * @throws CaseFileException listing every problem in the file
   * @throws IOException if the reader fails
   */
  public LocatedCase readLocated(Reader in, String name) throws IOException {
    Objects.requireNonNull(name, "name must not be null");
    StringBuilder b = new StringBuilder();
    char[] buffer = new char[8192];
    int n;
    while ((n = in.read(buffer)) >= 0) {
      b.append(buffer, 0, n);
      if (b.length() > maxBytes) {
        throw tooLarge(name, Text.tooLarge(maxBytes), b.length(), false);
      }
    }
    for (int i = 0; i < b.length(); i++) {
      if (b.charAt(i) == 0) {
        Problems problems = new Problems();
        problems.add(position(b, i), "the file is binary, not text (it contains a NUL character)");
        throw problems.failure(name);
      }
    }
    return parseLocated(b.toString(), name);
  }

  /**
   * Reads a case from {@code text}, the whole content of a file.
   *
   * @param name the file name used in messages
   * @throws CaseFileException listing every problem in the text
   */
  public Case parse(String text, String name) throws CaseFileException {
    return parseLocated(text, name).value();
  }

  /**
   * Reads a case from {@code text}, the whole content of a file, with where its values were
   * written: the {@link LocatedCase#locator() locator} gives {@code name:line:column}.
   *
   * @param name the file name used in messages and places
   * @throws CaseFileException listing every problem in the text
   */
  public LocatedCase parseLocated(String text, String name) throws CaseFileException {
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(name, "name must not be null");
    if (text.length() > maxBytes) {
      throw tooLarge(name, Text.tooLarge(maxBytes), text.length(), false);
    }
    return parse(FileText.of(text), name);
  }

  private LocatedCase parse(FileText text, String name) throws CaseFileException {
    Problems problems = new Problems();
    if (text.isBlank()) {
      problems.add(Pos.START, "the file is empty: a case file is a YAML mapping with at least id and title");
      throw problems.failure(name);
    }
    Optional<Node> root = TreeParser.parse(text, maxDepth, maxNodes, problems);
    Optional<CaseDecoder.Decoded> c = root.flatMap(r -> CaseDecoder.decode(r, problems));
    if (c.isEmpty() || !problems.isEmpty()) {
      if (problems.isEmpty()) {
        problems.add(Pos.START, "the file holds no case: a case file is a YAML mapping with at least id and title");
      }
      throw problems.failure(name);
    }
    CaseDecoder.Decoded d = c.get();
    return new LocatedCase(d.value(), new FileLocator(name, text, d.root(), d.kept()));
  }

  private static Pos position(CharSequence text, int at) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < at; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(c)) {
        column++;
      }
    }
    return new Pos(line, column);
  }

  private CaseFileException tooLarge(String name, String message, long size, boolean exact) {
    Problems problems = new Problems();
    problems.exceeded(Pos.START, message, new LimitExceeded(LimitExceeded.Limit.SIZE, size, exact, maxBytes));
    return problems.failure(name);
  }

  /** Sets a reader's limits. */
  public static final class Builder {
    private long maxBytes = DEFAULT_MAX_BYTES;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private int maxNodes = DEFAULT_MAX_NODES;

    private Builder() {}

    /** Sets the size limit in bytes, at least 1 and at most {@value #LARGEST_MAX_BYTES} (default 32 MiB). */
    public Builder maxBytes(long maxBytes) {
      if (maxBytes < 1 || maxBytes > LARGEST_MAX_BYTES) {
        throw new IllegalArgumentException(
            "maxBytes (" + maxBytes + ") must be at least 1 and at most " + LARGEST_MAX_BYTES + " (what an array holds)");
      }
      this.maxBytes = maxBytes;
      return this;
    }

    /** Sets the nesting limit, at least 2 (default 64). */
    public Builder maxDepth(int maxDepth) {
      if (maxDepth < 2) {
        throw new IllegalArgumentException("maxDepth (" + maxDepth + ") must be at least 2");
      }
      this.maxDepth = maxDepth;
      return this;
    }

    /** Sets the limit on values (scalars, lists and mappings, keys included), at least 1 (default 2,000,000). */
    public Builder maxNodes(int maxNodes) {
      if (maxNodes < 1) {
        throw new IllegalArgumentException("maxNodes (" + maxNodes + ") must be at least 1");
      }
      this.maxNodes = maxNodes;
      return this;
    }

    /** The reader. */
    public CaseReader build() {
      return new CaseReader(maxBytes, maxDepth, maxNodes);
    }
  }
}
