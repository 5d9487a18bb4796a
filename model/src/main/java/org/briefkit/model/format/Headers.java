package org.briefkit.model.format;

import com.google.common.collect.ImmutableMap;
import org.briefkit.model.Messages;

/**
 * The headers of the format's fields in a language: in English each field's own {@link
 * Field#header()}, in Korean BriefKit's own rendering, from the bundles {@code headers_en} and
 * {@code headers_ko} beside this class, keyed {@code <entity>.<field>}. Within one entity no two
 * headers are the same in either language, so that a workbook's columns are found by header.
 */
public final class Headers {
  private static final ImmutableMap<String, Messages> ALL = Messages.all(Headers.class::getResourceAsStream, "headers");

  private final Messages text;

  private Headers(Messages text) {
    this.text = text;
  }

  /** The headers in the language BriefKit generates for BCP 47 tag {@code language}. */
  public static Headers of(String language) {
    return new Headers(Messages.of(ALL, language));
  }

  /** The bundle, for checks. */
  public Messages messages() {
    return text;
  }

  /** The language of these headers: {@code en} or {@code ko}. */
  public String language() {
    return text.language();
  }

  /**
   * The header of {@code field} of {@code entity} (as {@link Entity#name()} names it); the
   * field's own header when the bundle lacks it, the field's name when the format has no such
   * field.
   */
  public String of(String entity, String field) {
    String key = entity + "." + field;
    if (text.texts().containsKey(key)) {
      return text.get(key);
    }
    return CaseFormat.ALL.stream()
        .filter(en -> en.name().equals(entity))
        .findFirst()
        .flatMap(en -> en.field(field).map(Field::header))
        .orElse(field);
  }

  /** The header of {@code f}, a field of {@code entity}. */
  public String of(Entity<?, ?> entity, Field<?, ?, ?> f) {
    return of(entity.name(), f.name());
  }
}
