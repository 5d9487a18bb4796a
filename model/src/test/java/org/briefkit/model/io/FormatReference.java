package org.briefkit.model.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefkit.model.format.CaseFormat;
import org.briefkit.model.format.Entity;
import org.briefkit.model.format.Field;
import org.briefkit.model.format.ScalarType;

/**
 * The tables of docs/case-file.md, made from the {@link CaseFormat}: each sits between a
 * {@code <!-- fields: NAME -->} line and a {@code <!-- /fields -->} line.
 */
final class FormatReference {
  private static final Pattern BLOCK =
      Pattern.compile("(<!-- fields: ([a-z]+) -->\n)(.*?)(<!-- /fields -->)", Pattern.DOTALL);

  private FormatReference() {}

  /** The marker line that opens the table of {@code entity}. */
  static String begin(Entity<?, ?> entity) {
    return "<!-- fields: " + entity.name() + " -->";
  }

  /** {@code doc} with every table replaced by the one the declaration gives. */
  static String withTables(String doc) {
    Matcher m = BLOCK.matcher(doc);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Entity<?, ?> entity =
          CaseFormat.ALL.stream()
              .filter(e -> e.name().equals(m.group(2)))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no entity named " + m.group(2)));
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + table(entity) + m.group(4)));
    }
    m.appendTail(out);
    return out.toString();
  }

  static <T, B> String table(Entity<T, B> entity) {
    StringBuilder b = new StringBuilder("| key | required | type | meaning |\n|---|---|---|---|\n");
    if (entity == CaseFormat.CASE) {
      b.append("| `").append(CaseFormat.VERSION_KEY).append("` | no | ")
          .append(CaseFormat.VERSION_TYPE.description()).append(" | the format version |\n");
    }
    for (Field<T, B, ?> f : entity.fields()) {
      b.append("| `").append(f.name()).append("` | ")
          .append(switch (f.presence()) {
            case REQUIRED -> "yes";
            case DERIVED -> "derived, not read";
            default -> "no";
          })
          .append(" | ").append(type(f)).append(" | ").append(f.about()).append(" |\n");
    }
    return b.toString();
  }

  private static <T, B, V> String type(Field<T, B, V> f) {
    String type = f.type().description();
    if (f.type() instanceof ScalarType<V> s && !s.choices().isEmpty() && f.defaultText().isEmpty()) {
      // A choice marks its default key: `alliance`, `state` (default), `organisation`.
      for (V v : f.fixedDefault().stream().toList()) {
        String key = "`" + s.format(v) + "`";
        type = type.replace(key, key + " (default)");
      }
      return type;
    }
    if (f.defaultText().isPresent()) {
      type += ", default: " + f.defaultText().get();
    }
    if (f.required() && !(f.type() instanceof ScalarType<?>)) {
      type += ", at least one";
    }
    return type;
  }
}
