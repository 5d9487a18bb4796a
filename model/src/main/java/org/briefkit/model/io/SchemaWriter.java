package org.briefkit.model.io;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.format.CaseFormat;
import org.briefkit.model.format.Entity;
import org.briefkit.model.format.Field;
import org.briefkit.model.format.ScalarType;

/** Writes the JSON Schema of the case-file format from the {@link CaseFormat}. */
final class SchemaWriter {
  private static final String DATE =
      "[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?";

  private SchemaWriter() {}

  /** The schema, as pretty-printed JSON. */
  static String schema() {
    StringBuilder b = new StringBuilder("{\n");
    b.append("  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n");
    b.append("  \"$id\": \"https://briefkit.org/schema/briefkit-case-").append(CaseFormat.VERSION)
        .append(".schema.json\",\n");
    b.append("  \"title\": \"BriefKit case file\",\n");
    b.append("  \"description\": ").append(string(
        "A policy analysis as data: the stakeholders whose motivations it explains, the domains"
            + " it classifies them in, and the actors, events, arms transfers, sources and key"
            + " judgments the analysis rests on. Lists keep the order given; every report follows"
            + " it.")).append(",\n");
    List<String> root = new ArrayList<>();
    root.add(property(CaseFormat.VERSION_KEY,
        "the format version of this file; this version of BriefKit reads and writes "
            + CaseFormat.VERSION,
        CaseFormat.VERSION_TYPE.schema(), "  "));
    b.append(object(CaseFormat.CASE, root, "  "));
    b.append(",\n  \"$defs\": {\n");
    List<String> defs = new ArrayList<>();
    defs.add(def("id", "{\"type\": \"string\", \"pattern\": \"^[A-Za-z0-9][A-Za-z0-9._-]*$\", \"maxLength\": 64}"));
    defs.add(def("text", "{\"type\": \"string\", \"pattern\": \"\\\\S\"}"));
    defs.add(def("date", "{\"oneOf\": [{\"type\": \"string\", \"pattern\": \"^" + DATE + "$\"},"
        + " {\"type\": \"integer\", \"minimum\": 1, \"maximum\": 9999}]}"));
    defs.add(def("span", "{\"oneOf\": [{\"type\": \"string\", \"pattern\": \"^" + DATE + "(/" + DATE + ")?$\"},"
        + " {\"type\": \"integer\", \"minimum\": 1, \"maximum\": 9999}]}"));
    for (Entity<?, ?> e : CaseFormat.ALL) {
      if (e != CaseFormat.CASE) {
        defs.add("    \"" + e.name() + "\": {\n" + object(e, List.of(), "      ") + "\n    }");
      }
    }
    b.append(String.join(",\n", defs)).append("\n  }\n}\n");
    return b.toString();
  }

  /** The members of an object schema for {@code entity}: type, required keys and properties. */
  private static <T, B> String object(Entity<T, B> entity, List<String> first, String indent) {
    List<String> required = new ArrayList<>();
    List<String> properties = new ArrayList<>(first);
    for (Field<T, B, ?> f : entity.fields()) {
      if (f.derived()) {
        continue;
      }
      if (f.required()) {
        required.add(string(f.name()));
      }
      String schema = f.type().schema();
      if (f.required() && !(f.type() instanceof ScalarType<?>)) {
        schema = schema.substring(0, schema.length() - 1) + ", \"minItems\": 1}";
      }
      properties.add(property(f.name(), description(f), schema, indent));
    }
    return indent + "\"type\": \"object\",\n"
        + indent + "\"additionalProperties\": false,\n"
        + indent + "\"required\": [" + String.join(", ", required) + "],\n"
        + indent + "\"properties\": {\n" + String.join(",\n", properties) + "\n" + indent + "}";
  }

  private static String description(Field<?, ?, ?> f) {
    String about = f.about();
    String d = Character.toUpperCase(about.charAt(0)) + about.substring(1);
    if (f.defaultText().isPresent()) {
      d += " (default: " + f.defaultText().get().replace("`", "") + ")";
    }
    return d + ".";
  }

  private static String property(String name, String description, String schema, String indent) {
    String members = schema.substring(1, schema.length() - 1).strip();
    return indent + "  " + string(name) + ": {\"description\": " + string(description)
        + (members.isEmpty() ? "" : ", " + members) + "}";
  }

  private static String def(String name, String schema) {
    return "    " + string(name) + ": " + schema;
  }

  private static String string(String text) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
