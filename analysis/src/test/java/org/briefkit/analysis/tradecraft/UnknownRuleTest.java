package org.briefkit.analysis.tradecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefkit.analysis.tradecraft.TradecraftCases.BASE;
import static org.briefkit.analysis.tradecraft.TradecraftCases.parse;

import org.briefkit.model.Case;
import org.junit.jupiter.api.Test;

class UnknownRuleTest {
  private final UnknownRule rule = new UnknownRule();

  private static Case waiving(String... rules) {
    StringBuilder yaml = new StringBuilder(BASE).append("waivers:\n");
    for (String r : rules) {
      yaml.append("  - rule: ").append(r).append("\n    reason: Because.\n");
    }
    return parse(yaml.toString());
  }

  @Test
  void check_misspeltRule_firesAtItWithTheRuleMeant() {
    assertThat(rule.check(waiving("single-source", "single-sorce")))
        .containsExactly(
            TradecraftWarning.at(
                "unknown-rule", "/waivers/1/rule",
                "no tradecraft rule is called \"single-sorce\" (did you mean \"single-source\"?),"
                    + " so the waiver switches nothing off"));
  }

  @Test
  void check_ruleFarFromAny_firesWithoutSuggestion() {
    assertThat(rule.check(waiving("spelling")))
        .extracting(TradecraftWarning::message)
        .containsExactly("no tradecraft rule is called \"spelling\", so the waiver switches nothing off");
  }

  @Test
  void check_everyKnownRule_staysSilent() {
    assertThat(rule.check(waiving(Tradecraft.ids().toArray(String[]::new)))).isEmpty();
  }
}
