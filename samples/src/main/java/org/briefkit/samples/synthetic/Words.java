package org.briefkit.samples.synthetic;

import org.briefkit.model.EventKind;
import org.briefkit.model.Instrument;

/**
 * The word tables a generated case is made of: name parts, roles, domains, sentence patterns
 * with {@code %s} for names, titles and items. Generators draw an index into a table, so a table
 * changed or reordered gives other cases for the same seed.
 */
final class Words {
  static final String[] NAME_HEADS = {
    "Al", "Bel", "Cor", "Dun", "Est", "Fal", "Gal", "Hes", "Ist", "Jor", "Kal", "Lor", "Mar",
    "Nor", "Ost", "Pel", "Quar", "Ros", "Sel", "Tor", "Ulm", "Val", "Wes", "Zan"
  };
  static final String[] NAME_MIDS = {"", "a", "e", "i", "o", "ar", "en", "or"};
  static final String[] NAME_TAILS = {"dia", "mark", "land", "via", "ria", "stan", "mor", "eth"};
  static final String[] STATE_FORMS = {
    "Republic of ", "Kingdom of ", "Federation of ", "", "", "Commonwealth of "
  };
  static final String[][] KOREAN_SURNAMES = {
    {"김", "Kim"}, {"이", "Lee"}, {"박", "Park"}, {"최", "Choi"}, {"정", "Jung"},
    {"강", "Kang"}, {"조", "Cho"}, {"윤", "Yoon"}, {"장", "Jang"}, {"임", "Lim"}
  };
  static final String[][] KOREAN_SYLLABLES = {
    {"민", "min"}, {"서", "seo"}, {"지", "ji"}, {"현", "hyun"}, {"수", "su"}, {"영", "young"},
    {"준", "jun"}, {"호", "ho"}, {"우", "woo"}, {"진", "jin"}, {"성", "sung"}, {"훈", "hoon"}
  };
  static final String[] FIRST_NAMES = {
    "Anna", "Bruno", "Clara", "Dario", "Elena", "Felix", "Greta", "Hugo", "Irene", "Jonas",
    "Katya", "Lukas", "Marta", "Nils", "Olga", "Pavel", "Rosa", "Stefan", "Tereza", "Viktor"
  };
  static final String[] SURNAMES = {
    "Albescu", "Brandt", "Castell", "Dvorak", "Eriksen", "Ferreira", "Galan", "Halvorsen",
    "Ivanic", "Jansen", "Kowal", "Lindqvist", "Moreau", "Novak", "Oliveira", "Petrov"
  };
  static final String[] ROLES = {
    "Minister of Foreign Affairs", "Minister of Defence", "President", "Prime Minister",
    "National Security Adviser", "Chief of Defence Staff"
  };
  static final String[] INSTITUTIONS = {
    "Ministry of Defence", "Ministry of Foreign Affairs", "Defence Procurement Agency",
    "Cyber Command", "National Intelligence Service"
  };
  static final Object[][] DOMAINS = {
    {"Alliance politics", "Alliance management, partnerships and diplomatic standing.", Instrument.DIPLOMATIC},
    {"Regional security", "Policies towards neighbours and regional threats.", Instrument.DIPLOMATIC},
    {"Cybersecurity", "Cyber defence, information sharing, cyber exercises.", Instrument.INFORMATION},
    {"Non-proliferation", "Nuclear, chemical, biological and missile proliferation.", Instrument.MILITARY},
    {"Military cooperation", "Exercises, research, interoperability and expertise.", Instrument.MILITARY},
    {"Arms trade", "Imports and exports of arms and military technology.", Instrument.ECONOMIC},
    {"Energy security", "Supply of oil, gas and nuclear fuel; grid resilience.", Instrument.ECONOMIC},
    {"Maritime security", "Freedom of navigation, sea lanes, naval presence.", Instrument.MILITARY},
    {"Space and missiles", "Satellites, launchers and missile defence.", Instrument.MILITARY},
    {"Critical minerals", "Access to rare earths and battery materials.", Instrument.ECONOMIC},
    {"Intelligence sharing", "Exchange of assessments and early warning.", Instrument.INFORMATION},
    {"Disinformation", "Countering hostile information operations.", Instrument.INFORMATION},
    {"Sanctions", "Designing and enforcing sanctions regimes.", Instrument.ECONOMIC},
    {"Humanitarian assistance", "Disaster relief and refugee support.", Instrument.DIPLOMATIC},
    {"Defence industry", "Joint production, supply chains, offsets.", Instrument.ECONOMIC},
    {"Counter-terrorism", "Prevention, financing and cooperation against terrorism.", Instrument.INFORMATION}
  };
  static final String[] VERBS = {
    "Deter", "Counter", "Secure", "Deepen cooperation on", "Gain a voice in", "Hedge against",
    "Share the burden of", "Win support for", "Build capacity in", "Diversify partners in"
  };
  static final String[] OBJECTS = {
    "the threat from %s", "pressure from %s", "%s's growing influence", "the policies of %s",
    "a crisis involving %s", "%s's military build-up"
  };
  static final String[] RATIONALES = {
    "%s sees %s as a test of its credibility, and its partners expect it to act.",
    "Officials in %s argue that closer ties reduce the risk posed by %s.",
    "Domestic pressure in %s has grown since %s changed course.",
    "%s wants to show partners that it can contribute, not only receive, in dealing with %s."
  };
  static final String[] EVIDENCE = {
    "Officials of %s described %s as a priority in public remarks.",
    "A strategy paper of %s names %s among its main concerns.",
    "The author judges that %s is driven mainly by developments in %s.",
    "Reporting shows that %s increased spending in response to %s."
  };
  static final String[] PUBLISHERS = {
    "Institute for Strategic Studies", "Centre for Security Policy", "Defence Review",
    "Foreign Affairs Monitor", "Northern Policy Forum"
  };
  static final String[] REPORT_TITLES = {
    "Annual assessment of %s's defence posture", "%s and its partners: a survey",
    "Arms and influence: the case of %s", "Strategic outlook for %s"
  };
  static final String[] CITIES = {
    "Alderport", "Belhaven", "Corvin", "Dunmere", "Eastwick", "Fairholm", "Glenrock", "Harwick"
  };
  static final String[] EVENT_TITLES = {
    "%s and %s hold a summit", "Foreign ministers of %s and %s meet",
    "%s and %s sign a defence cooperation agreement", "%s joins a forum led by %s",
    "%s issues a statement on %s", "Joint exercise of %s and %s"
  };
  static final EventKind[] EVENT_KINDS = {
    EventKind.SUMMIT, EventKind.MEETING, EventKind.AGREEMENT, EventKind.ACCESSION,
    EventKind.STATEMENT, EventKind.EXERCISE
  };
  static final String[] THREADS = {"partnership", "crisis", "arms-deals", "dialogue", "exercises"};
  static final String[] ITEMS = {
    "Self-propelled howitzers", "Main battle tanks", "Air-defence radars", "Light combat aircraft",
    "Ammunition", "Patrol vessels", "Armoured vehicles", "Missile components"
  };
  static final String[] JUDGMENTS = {
    "%s will keep deepening its ties with its partners over the next two years.",
    "Concern about %s is the main reason behind the policies in this case.",
    "Arms sales involving %s are likely to grow while the crisis lasts."
  };

  private Words() {}

  /** The Roman numeral for {@code n} (at least 1), to tell apart names that repeat. */
  static String romanNumeral(int n) {
    String[] units = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    String[] tens = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    String[] hundreds = {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"};
    return "M".repeat(n / 1000) + hundreds[n / 100 % 10] + tens[n / 10 % 10] + units[n % 10];
  }
}
