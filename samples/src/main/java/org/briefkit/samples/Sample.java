package org.briefkit.samples;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;
import org.briefkit.model.Case;
import org.briefkit.model.io.CaseFileException;
import org.briefkit.model.io.CaseReader;

/**
 * One sample case file shipped with BriefKit.
 *
 * <p>The file is a classpath resource of this module (it is also kept, for people reading the
 * repository, under the module's own directory: {@code samples/<name>.yaml}). Read it with
 * {@link #open()} or {@link #text()}, or read it into a {@link Case} with {@link #load()}.
 *
 * @param name the sample's name, its path without the {@code .yaml} extension, e.g. {@code
 *     madrid-2022/korea-nato}
 * @param title a one-line description for people choosing a sample
 */
public record Sample(String name, String title) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9-]+(?:/[a-z0-9-]+)*");
  private static final String ROOT = "org/briefkit/samples/";

  /** Checks that {@code name} is lower-case path segments and that {@code title} is not blank. */
  public Sample {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(title, "title must not be null");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "sample name (\"" + name + "\") must be lower-case words, digits and hyphens joined by '/'");
    }
    if (title.isBlank()) {
      throw new IllegalArgumentException("sample title must not be blank");
    }
  }

  /** The file name, e.g. {@code korea-nato.yaml}: what error messages and output names use. */
  public String fileName() {
    return name.substring(name.lastIndexOf('/') + 1) + ".yaml";
  }

  /**
   * The classpath resource name, e.g. {@code org/briefkit/samples/madrid-2022/korea-nato.yaml},
   * as {@link ClassLoader#getResource(String)} takes it.
   */
  public String resource() {
    return ROOT + name + ".yaml";
  }

  /**
   * The resource's URL.
   *
   * @throws IllegalStateException if the resource is missing from the classpath (a broken build)
   */
  public URL url() {
    URL url = Sample.class.getClassLoader().getResource(resource());
    if (url == null) {
      throw new IllegalStateException("sample " + name + " is missing from the classpath: " + resource());
    }
    return url;
  }

  /**
   * Opens the file as bytes; the caller closes the stream.
   *
   * @throws IOException if the resource is missing or cannot be read
   */
  public InputStream open() throws IOException {
    InputStream in = Sample.class.getClassLoader().getResourceAsStream(resource());
    if (in == null) {
      throw new FileNotFoundException("sample " + name + " is missing from the classpath: " + resource());
    }
    return in;
  }

  /**
   * The file's text, decoded as UTF-8.
   *
   * @throws UncheckedIOException if the resource is missing or cannot be read
   */
  public String text() {
    try (InputStream in = open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sample " + name, e);
    }
  }

  /**
   * Reads the sample into a {@link Case} with the standard case-file reader.
   *
   * @throws CaseFileException listing every problem, each as {@code file:line:column: message}
   *     (a shipped sample has none: the module's tests make sure of it)
   * @throws IOException if the resource is missing or cannot be read
   */
  public Case load() throws IOException {
    try (InputStream in = open()) {
      return CaseReader.standard().read(in, fileName());
    }
  }
}
