package org.briefkit.model.io;

/**
 * The JSON Schema (draft 2020-12) of the case-file format, for editors: point the YAML language
 * server at it with {@code # yaml-language-server: $schema=briefkit-case.schema.json} and it
 * validates and completes case files as they are typed. The schema checks each file's shape;
 * {@link CaseReader} checks the same and, beyond it, that references resolve and ids are unique.
 */
public final class CaseSchema {
  /** The file name the schema is usually saved under. */
  public static final String FILE_NAME = "briefkit-case.schema.json";

  private static final String TEXT = SchemaWriter.schema();

  private CaseSchema() {}

  /** The schema as JSON text, made from the format's declaration. */
  public static String text() {
    return TEXT;
  }
}
