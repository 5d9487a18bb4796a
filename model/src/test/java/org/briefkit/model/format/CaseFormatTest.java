package org.briefkit.model.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Case;
import org.briefkit.model.io.CaseFiles;
import org.junit.jupiter.api.Test;

/** The declaration matches the records: every field reads and sets what it names. */
class CaseFormatTest {
  private static Case complete() throws IOException {
    try (InputStream in = CaseFormatTest.class.getResourceAsStream("/org/briefkit/model/io/valid/complete.yaml")) {
      return CaseFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "complete.yaml");
    }
  }

  /** Every element of the case with the entity that declares it, the case first. */
  private static List<Object[]> elements(Case c) {
    List<Object[]> out = new ArrayList<>();
    collect(CaseFormat.CASE, c, out);
    return out;
  }

  private static <T, B> void collect(Entity<T, B> entity, T item, List<Object[]> out) {
    out.add(new Object[] {entity, item});
    for (Field<T, B, ?> f : entity.fields()) {
      if (f.type() instanceof RecordListType<?> r) {
        for (Object child : (List<?>) f.get(item).orElseThrow()) {
          collectUnchecked(r.entity(), child, out);
        }
      }
    }
  }

  @SuppressWarnings("unchecked") // the child comes from the list the entity declares
  private static <R> void collectUnchecked(Entity<R, ?> entity, Object child, List<Object[]> out) {
    collect(entity, (R) child, out);
  }

  @SuppressWarnings("unchecked")
  private static <T, B> T rebuilt(Entity<T, B> entity, Object item, boolean requiredOnly) {
    B b = entity.newBuilder();
    for (Field<T, B, ?> f : entity.fields()) {
      if (!f.derived() && (!requiredOnly || f.required())) {
        copy(f, (T) item, b);
      }
    }
    return entity.build(b);
  }

  private static <T, B, V> void copy(Field<T, B, V> f, T from, B to) {
    f.get(from).ifPresent(v -> f.set(to, v));
  }

  @Test
  void everyElement_setFromItsFieldsAlone_equalsTheOriginal() throws IOException {
    List<Object[]> elements = elements(complete());

    assertThat(elements).hasSizeGreaterThan(10);
    for (Object[] e : elements) {
      Entity<?, ?> entity = (Entity<?, ?>) e[0];
      assertThat(rebuilt(entity, e[1], false)).as(entity.name()).isEqualTo(e[1]);
    }
  }

  @Test
  void everyDefaultedField_declaresTheDefaultTheBuilderGives() throws IOException {
    for (Object[] e : elements(complete())) {
      check((Entity<?, ?>) e[0], e[1]);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T, B> void check(Entity<T, B> entity, Object item) {
    T minimal = rebuilt(entity, item, true);
    for (Field<T, B, ?> f : entity.fields()) {
      if (f.presence() == Field.Presence.DEFAULTED) {
        assertThat(f.get(minimal)).as(entity.name() + "." + f.name()).isEqualTo(f.defaultValue(minimal));
        assertThat(f.written(minimal)).as(entity.name() + "." + f.name()).isEmpty();
      }
    }
  }

  @Test
  void everyRecord_toBuilder_buildsAnEqualCopy() throws IOException {
    Case c = complete();

    assertThat(c.toBuilder().build()).isEqualTo(c);
    c.sources().forEach(s -> assertThat(s.toBuilder().build()).isEqualTo(s));
    c.stakeholders().forEach(s -> assertThat(s.toBuilder().build()).isEqualTo(s));
    c.domains().forEach(d -> assertThat(d.toBuilder().build()).isEqualTo(d));
    c.actors().forEach(a -> assertThat(a.toBuilder().build()).isEqualTo(a));
    c.motivations().forEach(m -> {
      assertThat(m.toBuilder().build()).isEqualTo(m);
      m.evidence().forEach(ev -> assertThat(ev.toBuilder().build()).isEqualTo(ev));
    });
    c.events().forEach(e -> assertThat(e.toBuilder().build()).isEqualTo(e));
    c.transfers().forEach(t -> assertThat(t.toBuilder().build()).isEqualTo(t));
    c.judgments().forEach(j -> assertThat(j.toBuilder().build()).isEqualTo(j));
  }

  @Test
  void declare_sameNameTwice_isRefused() {
    Entity.Declaration<String, StringBuilder> d =
        Entity.declare("thing", StringBuilder::new, StringBuilder::toString)
            .field(Field.required("a", "A", Types.TEXT, s -> s, StringBuilder::append, "a"));

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> d.field(Field.required("a", "B", Types.TEXT, s -> s, StringBuilder::append, "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("thing declares a twice");
  }
}
