package org.briefkit.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the case-file format, for editors: point the YAML language
 * server at it with {@code # yaml-language-server: $schema=briefkit-case.schema.json} and it
 * validates and completes case files as they are typed. The schema checks each file's shape;
 * {@link CaseReader} checks the same and, beyond it, that references resolve and ids are unique.
 */
public final class CaseSchema {
  /** The resource holding the schema. */
  public static final String RESOURCE = "/org/briefkit/model/io/briefkit-case.schema.json";

  /** The file name the schema is usually saved under. */
  public static final String FILE_NAME = "briefkit-case.schema.json";

  private CaseSchema() {}

  /** The schema as JSON text. */
  public static String text() {
    try (InputStream in = CaseSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the case-file schema " + RESOURCE + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the case-file schema " + RESOURCE, e);
    }
  }
}
