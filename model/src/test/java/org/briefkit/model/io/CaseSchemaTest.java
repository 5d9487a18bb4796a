package org.briefkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.briefkit.model.EventKind;
import org.briefkit.model.format.CaseFormat;
import org.briefkit.model.format.Entity;
import org.briefkit.model.format.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The schema and the reader agree on what a case file may and must hold. */
class CaseSchemaTest {
  private static final JsonNode SCHEMA = parse(CaseSchema.text());
  private static final Schema VALIDATOR =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(CaseSchema.text(), InputFormat.JSON);

  private static JsonNode parse(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Problems the schema finds in a YAML document. */
  static List<String> schemaErrors(String yaml) {
    return schemaErrors(yaml, InputFormat.YAML);
  }

  static List<String> schemaErrors(String text, InputFormat format) {
    return VALIDATOR.validate(text, format).stream().map(Error::toString).toList();
  }

  private static JsonNode entityNode(Entity<?, ?> entity) {
    return entity == CaseFormat.CASE ? SCHEMA : SCHEMA.path("$defs").path(entity.name());
  }

  private static List<String> names(Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void schema_isDraft2020_12() {
    assertThat(SCHEMA.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void schema_everyEntity_hasTheReadableFieldsInOrderAndTheSameRequiredOnes() {
    for (Entity<?, ?> entity : CaseFormat.ALL) {
      JsonNode node = entityNode(entity);
      List<String> readable = new ArrayList<>();
      if (entity == CaseFormat.CASE) {
        readable.add(CaseFormat.VERSION_KEY);
      }
      entity.fields().stream().filter(f -> !f.derived()).forEach(f -> readable.add(f.name()));
      assertThat(node.path("type").asText()).as(entity.name()).isEqualTo("object");
      assertThat(node.path("additionalProperties").asBoolean(true)).as(entity.name()).isFalse();
      assertThat(names(node.path("properties").fieldNames())).as(entity.name()).isEqualTo(readable);
      List<String> required = new ArrayList<>();
      node.path("required").forEach(r -> required.add(r.asText()));
      assertThat(required)
          .as(entity.name())
          .containsExactlyElementsOf(
              entity.fields().stream().filter(Field::required).map(Field::name).toList());
    }
  }

  @Test
  void schema_choices_listTheKeysTheReaderAccepts() {
    JsonNode kind = SCHEMA.path("$defs").path("event").path("properties").path("kind");
    List<String> allowed = new ArrayList<>();
    kind.path("enum").forEach(e -> allowed.add(e.asText()));

    assertThat(allowed).contains("summit", "office-change").hasSize(EventKind.values().length);
  }

  @Test
  void schema_everyProperty_hasADescription() {
    List<String> missing = new ArrayList<>();
    checkDescriptions(SCHEMA, "", missing);

    assertThat(missing).isEmpty();
    assertThat(SCHEMA.path("$defs").size()).isGreaterThan(10);
  }

  private static void checkDescriptions(JsonNode node, String path, List<String> missing) {
    if (node.isObject()) {
      if (node.has("properties")) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("properties").properties().iterator(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (e.getValue().path("description").asText().isBlank()) {
            missing.add(path + "/properties/" + e.getKey());
          }
        }
      }
      node.properties().forEach(e -> checkDescriptions(e.getValue(), path + "/" + e.getKey(), missing));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkDescriptions(node.get(i), path + "/" + i, missing);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"valid/complete.yaml", "valid/minimal.yaml", "valid/minimal.json"})
  void validFile_passesSchemaAndReader(String name) throws IOException {
    String text = CaseReaderTest.resource(name);

    assertThat(schemaErrors(text, name.endsWith(".json") ? InputFormat.JSON : InputFormat.YAML)).isEmpty();
    assertThat(CaseFiles.parse(text, name)).isNotNull();
  }

  /** Shape mistakes that both the schema and the reader refuse. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "id: x\n",
        "id: x\ntitle: T\ntitel: T\n",
        "id: -x\ntitle: T\n",
        "id: x\ntitle: T\nbriefkit: 2\n",
        "id: x\ntitle: [T]\n",
        "id: x\ntitle: T\nasOf: 2022-13\n",
        "id: x\ntitle: T\nasOf: 22-06-29\n",
        "id: x\ntitle: T\nquestions: Why?\n",
        "id: x\ntitle: '  '\n",
        "id: x\ntitle: T\nstakeholders:\n  - id: s\n    name: S\n",
        "id: x\ntitle: T\nstakeholders:\n  - {id: s, name: S, question: Q, kind: empire}\n",
        "id: x\ntitle: T\nstakeholders:\n  - {id: s, name: S, question: Q, colour: '#12345'}\n",
        "id: x\ntitle: T\nactors:\n  - {id: a, name: A, kind: state, country: kr}\n",
        "id: x\ntitle: T\nsources:\n  - {id: s, title: S, accessed: 2022-06}\n",
        "id: x\ntitle: T\nsources:\n  - {id: s, title: S, url: 'www.example.org'}\n",
        "id: x\ntitle: T\nevents:\n  - {id: e, title: E, kind: summit, tags: [Partnership]}\n",
        "id: x\ntitle: T\nevents:\n  - {id: e, title: E, kind: summit, when: 2022-06-29/}\n",
        "id: x\ntitle: T\nevents:\n  - {id: e, title: E, kind: summit, evidence: [{source: s, text: T, locator: line 4}]}\n",
        "id: x\ntitle: T\nevents:\n  - {id: e, title: E, kind: summit, evidence: [{source: s, text: T, locator: page twelve}]}\n",
        "id: x\ntitle: T\njudgments:\n  - {id: j, statement: S, confidence: high}\n",
        "id: x\ntitle: T\njudgments:\n  - {id: j, statement: S, confidence: high, supportedBy: []}\n",
        "id: x\ntitle: T\ntransfers:\n  - {id: t, supplier: a, recipient: b, items: I, status: sold}\n",
        "- id: x\n",
      })
  void shapeMistake_isRefusedBySchemaAndReader(String yaml) {
    assertThat(schemaErrors(yaml)).as("schema errors").isNotEmpty();
    assertThatThrownBy(() -> CaseFiles.parse(yaml, "t.yaml")).isInstanceOf(CaseFileException.class);
  }
}
