package org.briefkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** The shortcut that types most plain scalars as text agrees with the core schema's resolver. */
class TreeParserTypeTest {
  private static final List<String> SCALARS = List.of(
      "", "~", "null", "Null", "NULL", "nULL", "true", "True", "TRUE", "tRUE", "false", "False", "FALSE", "yes", "no",
      "on", "off", "0", "12", "-3", "+4", "0x1F", "0o17", "1.5", "-1.5e3", ".5", ".inf", "-.Inf", ".NaN", ".nan", "1e3",
      "2022-06-30", "nato-cyber", "m1", "Seoul", "x.y", "-", "+", ".", "~x", "inf", "nan", "NaN", "infinity",
      "한국", "12 angry men", "0.1.2");

  @Test
  void surelyText_onlyWhereTheResolverSaysText() {
    var resolver = new CoreSchema().getScalarResolver();
    for (String v : SCALARS) {
      if (TreeParser.surelyText(v)) {
        assertThat(resolver.resolve(v, true)).as(v).isEqualTo(Tag.STR);
      }
    }
    assertThat(SCALARS.stream().filter(TreeParser::surelyText)).contains("nato-cyber", "yes", "nULL", "inf", "한국");
  }
}
