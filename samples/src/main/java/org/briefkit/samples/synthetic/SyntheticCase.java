package org.briefkit.samples.synthetic;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.ActorKind;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Case;
import org.briefkit.model.Confidence;
import org.briefkit.model.DateSpan;
import org.briefkit.model.Domain;
import org.briefkit.model.Event;
import org.briefkit.model.EventId;
import org.briefkit.model.EventKind;
import org.briefkit.model.Evidence;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.Instrument;
import org.briefkit.model.JudgmentId;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Likelihood;
import org.briefkit.model.Locator;
import org.briefkit.model.Motivation;
import org.briefkit.model.MotivationId;
import org.briefkit.model.PartialDate;
import org.briefkit.model.Salience;
import org.briefkit.model.Source;
import org.briefkit.model.SourceId;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderId;
import org.briefkit.model.StakeholderKind;
import org.briefkit.model.TransferId;
import org.briefkit.model.TransferStatus;

/**
 * Generates valid, realistic-looking cases of any size from a seed, for benchmarks and for
 * tests that need more data than the samples hold.
 *
 * <p>A generated case is set in a fictional world: invented states and alliances, their
 * ministers (some with Hangul names, as in the flagship sample), a domain taxonomy drawn from
 * security policy, motivations with rationale and evidence, dated events and arms transfers.
 * Every reference resolves, so the case passes the model's integrity check and the case-file
 * codec reads back what it writes.
 *
 * <pre>{@code
 * Case big = SyntheticCase.generate(42, SyntheticCase.Sizes.forMotivations(100_000));
 * }</pre>
 *
 * <p>Generation is deterministic: the same seed and sizes give an equal case, in any locale,
 * time zone or JVM. It takes time and memory linear in the sizes.
 */
public final class SyntheticCase {
  private static final String[] NAME_HEADS = {
    "Al", "Bel", "Cor", "Dun", "Est", "Fal", "Gal", "Hes", "Ist", "Jor", "Kal", "Lor", "Mar",
    "Nor", "Ost", "Pel", "Quar", "Ros", "Sel", "Tor", "Ulm", "Val", "Wes", "Zan"
  };
  private static final String[] NAME_MIDS = {"", "a", "e", "i", "o", "ar", "en", "or"};
  private static final String[] NAME_TAILS = {"dia", "mark", "land", "via", "ria", "stan", "mor", "eth"};
  private static final String[] STATE_FORMS = {
    "Republic of ", "Kingdom of ", "Federation of ", "", "", "Commonwealth of "
  };
  private static final String[][] KOREAN_SURNAMES = {
    {"김", "Kim"}, {"이", "Lee"}, {"박", "Park"}, {"최", "Choi"}, {"정", "Jung"},
    {"강", "Kang"}, {"조", "Cho"}, {"윤", "Yoon"}, {"장", "Jang"}, {"임", "Lim"}
  };
  private static final String[][] KOREAN_SYLLABLES = {
    {"민", "min"}, {"서", "seo"}, {"지", "ji"}, {"현", "hyun"}, {"수", "su"}, {"영", "young"},
    {"준", "jun"}, {"호", "ho"}, {"우", "woo"}, {"진", "jin"}, {"성", "sung"}, {"훈", "hoon"}
  };
  private static final String[] FIRST_NAMES = {
    "Anna", "Bruno", "Clara", "Dario", "Elena", "Felix", "Greta", "Hugo", "Irene", "Jonas",
    "Katya", "Lukas", "Marta", "Nils", "Olga", "Pavel", "Rosa", "Stefan", "Tereza", "Viktor"
  };
  private static final String[] SURNAMES = {
    "Albescu", "Brandt", "Castell", "Dvorak", "Eriksen", "Ferreira", "Galan", "Halvorsen",
    "Ivanic", "Jansen", "Kowal", "Lindqvist", "Moreau", "Novak", "Oliveira", "Petrov"
  };
  private static final String[] ROLES = {
    "Minister of Foreign Affairs", "Minister of Defence", "President", "Prime Minister",
    "National Security Adviser", "Chief of Defence Staff"
  };
  private static final String[] INSTITUTIONS = {
    "Ministry of Defence", "Ministry of Foreign Affairs", "Defence Procurement Agency",
    "Cyber Command", "National Intelligence Service"
  };
  private static final Object[][] DOMAINS = {
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
  private static final String[] VERBS = {
    "Deter", "Counter", "Secure", "Deepen cooperation on", "Gain a voice in", "Hedge against",
    "Share the burden of", "Win support for", "Build capacity in", "Diversify partners in"
  };
  private static final String[] OBJECTS = {
    "the threat from %s", "pressure from %s", "%s's growing influence", "the policies of %s",
    "a crisis involving %s", "%s's military build-up"
  };
  private static final String[] RATIONALES = {
    "%s sees %s as a test of its credibility, and its partners expect it to act.",
    "Officials in %s argue that closer ties reduce the risk posed by %s.",
    "Domestic pressure in %s has grown since %s changed course.",
    "%s wants to show partners that it can contribute, not only receive, in dealing with %s."
  };
  private static final String[] EVIDENCE = {
    "Officials of %s described %s as a priority in public remarks.",
    "A strategy paper of %s names %s among its main concerns.",
    "The author judges that %s is driven mainly by developments in %s.",
    "Reporting shows that %s increased spending in response to %s."
  };
  private static final String[] PUBLISHERS = {
    "Institute for Strategic Studies", "Centre for Security Policy", "Defence Review",
    "Foreign Affairs Monitor", "Northern Policy Forum"
  };
  private static final String[] REPORT_TITLES = {
    "Annual assessment of %s's defence posture", "%s and its partners: a survey",
    "Arms and influence: the case of %s", "Strategic outlook for %s"
  };
  private static final String[] CITIES = {
    "Alderport", "Belhaven", "Corvin", "Dunmere", "Eastwick", "Fairholm", "Glenrock", "Harwick"
  };
  private static final String[] EVENT_TITLES = {
    "%s and %s hold a summit", "Foreign ministers of %s and %s meet",
    "%s and %s sign a defence cooperation agreement", "%s joins a forum led by %s",
    "%s issues a statement on %s", "Joint exercise of %s and %s"
  };
  private static final EventKind[] EVENT_KINDS = {
    EventKind.SUMMIT, EventKind.MEETING, EventKind.AGREEMENT, EventKind.ACCESSION,
    EventKind.STATEMENT, EventKind.EXERCISE
  };
  private static final String[] THREADS = {"partnership", "crisis", "arms-deals", "dialogue", "exercises"};
  private static final String[] ITEMS = {
    "Self-propelled howitzers", "Main battle tanks", "Air-defence radars", "Light combat aircraft",
    "Ammunition", "Patrol vessels", "Armoured vehicles", "Missile components"
  };
  private static final String[] JUDGMENTS = {
    "%s will keep deepening its ties with its partners over the next two years.",
    "Concern about %s is the main reason behind the policies in this case.",
    "Arms sales involving %s are likely to grow while the crisis lasts."
  };

  private final SplittableRandom random;
  private final Sizes sizes;
  private final List<String> actorNames = new ArrayList<>();
  private final List<ActorId> states = new ArrayList<>();
  private final List<ActorId> all = new ArrayList<>();
  private final List<ActorId> drivers = new ArrayList<>();
  private final List<SourceId> sources = new ArrayList<>();
  private final List<Domain> domains = new ArrayList<>();

  private SyntheticCase(long seed, Sizes sizes) {
    this.random = new SplittableRandom(seed);
    this.sizes = sizes;
  }

  /**
   * How big a generated case is.
   *
   * @param stakeholders the number of stakeholders, at least 1
   * @param domains the number of domains, at least 1
   * @param motivations the number of motivations, at least 1 (key judgments cite them)
   * @param events the number of events, at least 0
   * @param actors the number of actors, at least one more than the stakeholders (each
   *     stakeholder is an actor, and the rest drive its motivations)
   * @param transfers the number of arms transfers, at least 0
   * @param evidencePerMotivation the evidence items each motivation cites, at least 0
   */
  public record Sizes(
      int stakeholders,
      int domains,
      int motivations,
      int events,
      int actors,
      int transfers,
      int evidencePerMotivation) {

    /** Checks the bounds. */
    public Sizes {
      atLeast("stakeholders", stakeholders, 1);
      atLeast("domains", domains, 1);
      atLeast("motivations", motivations, 1);
      atLeast("events", events, 0);
      atLeast("actors", actors, stakeholders + 1);
      atLeast("transfers", transfers, 0);
      atLeast("evidencePerMotivation", evidencePerMotivation, 0);
    }

    private static void atLeast(String name, int value, int min) {
      if (value < min) {
        throw new IllegalArgumentException(name + " (" + value + ") must be at least " + min);
      }
    }

    /**
     * Sizes in the proportions of an aggregated research case with {@code motivations}
     * motivations: 2 to 8 stakeholders, 6 to 16 domains, one event per 20 motivations, one
     * actor per 20 (10 to 400), one transfer per 100 and two evidence items per motivation.
     */
    public static Sizes forMotivations(int motivations) {
      atLeast("motivations", motivations, 1);
      return new Sizes(
          clamp(motivations / 100, 2, 8),
          clamp(motivations / 50, 6, DOMAINS.length),
          motivations,
          Math.max(8, motivations / 20),
          clamp(motivations / 20, 10, 400),
          Math.max(4, motivations / 100),
          2);
    }

    private static int clamp(int value, int min, int max) {
      return Math.max(min, Math.min(max, value));
    }
  }

  /**
   * Generates the case for {@code seed} and {@code sizes}. Its id is {@code
   * synthetic-SEED-MOTIVATIONS}.
   */
  public static Case generate(long seed, Sizes sizes) {
    Objects.requireNonNull(sizes, "sizes must not be null");
    return new SyntheticCase(seed, sizes).build(seed);
  }

  private Case build(long seed) {
    Case.Builder b =
        Case.builder(
            "synthetic-" + Long.toUnsignedString(seed) + "-" + sizes.motivations(),
            "Partners and pressures in a fictional region");
    b.subtitle("A synthetic case of " + sizes.motivations() + " motivations, generated from seed " + Long.toUnsignedString(seed))
        .authors("BriefKit case generator")
        .organisation("BriefKit")
        .asOf(PartialDate.ofDay(2024, 6, 30))
        .marking("SYNTHETIC — generated test data")
        .language("en");
    actors(b);
    sources(b);
    stakeholders(b);
    domains(b);
    List<MotivationId> motivationIds = motivations(b);
    events(b);
    transfers(b);
    judgments(b, motivationIds);
    b.summary(
        "This case is generated. It follows "
            + sizes.stakeholders()
            + " stakeholders of a fictional region through "
            + sizes.motivations()
            + " motivations in "
            + sizes.domains()
            + " domains, driven by the behaviour of "
            + drivers.size()
            + " third parties, with "
            + sizes.events()
            + " events and "
            + sizes.transfers()
            + " arms transfers. Names, events and sources are invented.");
    b.focus(states.get(0));
    return b.build();
  }

  private void actors(Case.Builder b) {
    Set<String> used = new LinkedHashSet<>();
    int n = sizes.actors();
    // The first actors are states (the stakeholders among them), then a mix of kinds.
    int stateCount = Math.max(sizes.stakeholders() + 1, n / 2);
    for (int i = 0; i < n; i++) {
      ActorId id = ActorId.of(String.format(Locale.ROOT, "a%04d", i));
      Actor actor;
      if (i < stateCount) {
        String base = uniqueStateName(used);
        // With several stakeholders, the second is an alliance, as NATO is in the flagship.
        actor =
            i == 1 && sizes.stakeholders() > 1
                ? Actor.builder(id, base + " Treaty Organization", ActorKind.ALLIANCE).build()
                : Actor.builder(id, STATE_FORMS[random.nextInt(STATE_FORMS.length)] + base, ActorKind.STATE).build();
        states.add(id);
        actorNames.add(actor.name());
      } else {
        ActorId state = states.get(random.nextInt(states.size()));
        String stateName = actorNames.get(Integer.parseInt(state.value().substring(1)));
        if (random.nextInt(3) == 0) {
          actor =
              Actor.builder(id, INSTITUTIONS[random.nextInt(INSTITUTIONS.length)] + " of " + stateName, ActorKind.INSTITUTION)
                  .affiliation(state)
                  .build();
        } else {
          Actor.Builder person;
          if (random.nextInt(4) == 0) {
            String[] surname = KOREAN_SURNAMES[random.nextInt(KOREAN_SURNAMES.length)];
            String[] first = KOREAN_SYLLABLES[random.nextInt(KOREAN_SYLLABLES.length)];
            String[] second = KOREAN_SYLLABLES[random.nextInt(KOREAN_SYLLABLES.length)];
            String roman =
                surname[1] + " " + capitalise(first[1]) + "-" + second[1];
            person = Actor.builder(id, roman, ActorKind.PERSON).localName(surname[0] + first[0] + second[0]);
          } else {
            person =
                Actor.builder(
                    id,
                    FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)],
                    ActorKind.PERSON);
          }
          actor =
              person.role(ROLES[random.nextInt(ROLES.length)] + " of " + stateName).affiliation(state).build();
        }
        actorNames.add(actor.name());
      }
      all.add(id);
      b.actors(actor);
    }
    // Third parties that drive motivations: the states that are not stakeholders.
    for (int i = sizes.stakeholders(); i < states.size() && drivers.size() < 8; i++) {
      drivers.add(states.get(i));
    }
  }

  private String uniqueStateName(Set<String> used) {
    for (int attempt = 0; ; attempt++) {
      String name =
          NAME_HEADS[random.nextInt(NAME_HEADS.length)]
              + NAME_MIDS[random.nextInt(NAME_MIDS.length)]
              + NAME_TAILS[random.nextInt(NAME_TAILS.length)];
      if (attempt > 20) {
        name = name + " " + toRoman(used.size() + 1);
      }
      if (used.add(name)) {
        return name;
      }
    }
  }

  private static String toRoman(int n) {
    String[] units = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    String[] tens = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    String[] hundreds = {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"};
    return "M".repeat(n / 1000) + hundreds[n / 100 % 10] + tens[n / 10 % 10] + units[n % 10];
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private String name(ActorId id) {
    return actorNames.get(Integer.parseInt(id.value().substring(1)));
  }

  private void sources(Case.Builder b) {
    int n = Math.max(3, Math.min(500, sizes.motivations() / 50));
    for (int i = 0; i < n; i++) {
      SourceId id = SourceId.of(String.format(Locale.ROOT, "s%03d", i));
      ActorId about = states.get(random.nextInt(states.size()));
      int year = 2015 + random.nextInt(10);
      b.sources(
          Source.builder(id, String.format(Locale.ROOT, REPORT_TITLES[random.nextInt(REPORT_TITLES.length)], name(about)))
              .authors(FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)])
              .publisher(PUBLISHERS[random.nextInt(PUBLISHERS.length)])
              .date(PartialDate.ofMonth(year, 1 + random.nextInt(12)))
              .url("https://example.org/reports/" + year + "/" + id.value())
              .accessed(LocalDate.of(2024, 6, 1 + random.nextInt(28)))
              .build());
      sources.add(id);
    }
  }

  private void stakeholders(Case.Builder b) {
    for (int i = 0; i < sizes.stakeholders(); i++) {
      ActorId actor = states.get(i);
      String name = name(actor);
      boolean alliance = name.endsWith("Treaty Organization");
      String shortName = alliance ? initials(name) : name.replaceFirst("^(Republic|Kingdom|Federation|Commonwealth) of ", "");
      b.stakeholders(
          Stakeholder.builder(StakeholderId.of(String.format(Locale.ROOT, "k%02d", i)), name)
              .shortName(shortName)
              .question("Why does " + shortName + " seek closer ties with its partners?")
              .kind(alliance ? StakeholderKind.ALLIANCE : StakeholderKind.STATE)
              .actor(actor)
              .build());
      if (i < 3) {
        b.questions("Why does " + shortName + " seek closer ties with its partners?");
      }
    }
  }

  private static String initials(String name) {
    StringBuilder s = new StringBuilder();
    for (String word : name.split(" ")) {
      s.append(word.charAt(0));
    }
    return s.toString();
  }

  private void domains(Case.Builder b) {
    for (int i = 0; i < sizes.domains(); i++) {
      Object[] d = DOMAINS[i % DOMAINS.length];
      String label = i < DOMAINS.length ? (String) d[0] : d[0] + " " + toRoman(i / DOMAINS.length + 1);
      String id = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
      Domain domain = Domain.of(id, label, (String) d[1], (Instrument) d[2]);
      domains.add(domain);
      b.domains(domain);
    }
  }

  private List<MotivationId> motivations(Case.Builder b) {
    Salience[] saliences = {Salience.PRIMARY, Salience.SECONDARY, Salience.SECONDARY, Salience.SUBSIDIARY};
    EvidenceKind[] kinds = EvidenceKind.values();
    List<Motivation> list = new ArrayList<>(sizes.motivations());
    List<MotivationId> ids = new ArrayList<>(sizes.motivations());
    for (int i = 0; i < sizes.motivations(); i++) {
      MotivationId id = MotivationId.of(String.format(Locale.ROOT, "m%06d", i));
      // Round robin first, so that every stakeholder and domain has motivations; then skewed,
      // as real cases dwell on a few domains.
      int s = i < sizes.stakeholders() ? i : random.nextInt(sizes.stakeholders());
      int d = i < sizes.domains() ? i : skewed(sizes.domains());
      ActorId self = states.get(s);
      Domain domain = domains.get(d);
      ActorId driver = drivers.isEmpty() ? states.get(states.size() - 1) : drivers.get(skewed(drivers.size()));
      String claim =
          VERBS[random.nextInt(VERBS.length)]
              + " "
              + String.format(Locale.ROOT, OBJECTS[random.nextInt(OBJECTS.length)], name(driver))
              + " ("
              + domain.label().toLowerCase(Locale.ROOT)
              + ")";
      Motivation.Builder m =
          Motivation.builder(id, StakeholderId.of(String.format(Locale.ROOT, "k%02d", s)), domain.id())
              .claim(claim)
              .rationale(String.format(Locale.ROOT, RATIONALES[random.nextInt(RATIONALES.length)], name(self), name(driver)))
              .salience(saliences[random.nextInt(saliences.length)]);
      if (!drivers.isEmpty() && random.nextInt(5) != 0) {
        m.drivers(driver);
      }
      int involved = random.nextInt(3);
      Set<ActorId> others = new LinkedHashSet<>();
      for (int k = 0; k < involved; k++) {
        ActorId other = all.get(random.nextInt(all.size()));
        if (!other.equals(self) && others.add(other)) {
          m.actors(other);
        }
      }
      for (int k = 0; k < sizes.evidencePerMotivation(); k++) {
        m.evidence(
            Evidence.of(
                sources.get(random.nextInt(sources.size())),
                Locator.paragraph(1 + random.nextInt(40)),
                String.format(Locale.ROOT, EVIDENCE[random.nextInt(EVIDENCE.length)], name(self), name(driver)),
                kinds[random.nextInt(kinds.length)]));
      }
      list.add(m.build());
      ids.add(id);
    }
    b.motivations(list);
    return ids;
  }

  /** An index below {@code n}, low indexes more likely (about a third of draws hit the first 15 %). */
  private int skewed(int n) {
    double u = random.nextDouble();
    return Math.min(n - 1, (int) (n * u * u));
  }

  private DateSpan date() {
    int year = 1995 + random.nextInt(30);
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(27); // a two-day span then ends by the 28th, in any month
    switch (random.nextInt(6)) {
      case 0:
        return DateSpan.of(PartialDate.ofYear(year));
      case 1:
      case 2:
        return DateSpan.of(PartialDate.ofMonth(year, month));
      case 3:
        return DateSpan.of(PartialDate.ofDay(year, month, day), PartialDate.ofDay(year, month, day + 1));
      default:
        return DateSpan.of(PartialDate.ofDay(year, month, day));
    }
  }

  private void events(Case.Builder b) {
    for (int i = 0; i < sizes.events(); i++) {
      int t = random.nextInt(EVENT_TITLES.length);
      ActorId first = states.get(random.nextInt(states.size()));
      ActorId second = states.get(random.nextInt(states.size()));
      if (second.equals(first)) {
        second = states.get((states.indexOf(first) + 1) % states.size());
      }
      Event.Builder e =
          Event.builder(
                  EventId.of(String.format(Locale.ROOT, "e%05d", i)),
                  String.format(Locale.ROOT, EVENT_TITLES[t], name(first), name(second)),
                  EVENT_KINDS[t])
              .participants(first, second)
              .location(CITIES[random.nextInt(CITIES.length)])
              .significance("It marks a step in relations between " + name(first) + " and " + name(second) + ".")
              .tags(THREADS[random.nextInt(THREADS.length)]);
      if (random.nextInt(10) != 0) {
        e.when(date());
      }
      e.evidence(
          Evidence.of(
              sources.get(random.nextInt(sources.size())),
              Locator.paragraph(1 + random.nextInt(40)),
              "The source reports the event and its outcome.",
              EvidenceKind.FACT));
      b.events(e.build());
    }
  }

  private void transfers(Case.Builder b) {
    TransferStatus[] statuses = TransferStatus.values();
    for (int i = 0; i < sizes.transfers(); i++) {
      // Suppliers lean towards the focus and the stakeholders, as in a case about their arms trade.
      int s = random.nextInt(2) == 0 ? random.nextInt(sizes.stakeholders()) : random.nextInt(states.size());
      int r = (s + 1 + random.nextInt(states.size() - 1)) % states.size();
      ArmsTransfer.Builder t =
          ArmsTransfer.builder(TransferId.of(String.format(Locale.ROOT, "t%05d", i)), states.get(s), states.get(r))
              .items(ITEMS[random.nextInt(ITEMS.length)])
              .status(statuses[random.nextInt(statuses.length)])
              .when(DateSpan.of(PartialDate.ofYear(2010 + random.nextInt(15))))
              .evidence(
                  Evidence.of(
                      sources.get(random.nextInt(sources.size())),
                      Locator.paragraph(1 + random.nextInt(40)),
                      "The source lists the transfer and its status.",
                      EvidenceKind.FACT));
      if (states.size() > 2 && random.nextInt(4) == 0) {
        ActorId via = states.get(random.nextInt(states.size()));
        if (!via.equals(states.get(s)) && !via.equals(states.get(r))) {
          t.intermediaries(via);
        }
      }
      b.transfers(t.build());
    }
  }

  private void judgments(Case.Builder b, List<MotivationId> motivationIds) {
    int n = Math.max(3, Math.min(12, sizes.motivations() / 1000));
    Confidence[] confidences = Confidence.values();
    Likelihood[] likelihoods = {Likelihood.LIKELY, Likelihood.VERY_LIKELY, Likelihood.ROUGHLY_EVEN_CHANCE};
    for (int i = 0; i < n; i++) {
      ActorId about = drivers.isEmpty() ? states.get(0) : drivers.get(i % drivers.size());
      List<MotivationId> support = new ArrayList<>();
      int count = 1 + random.nextInt(3);
      for (int k = 0; k < count; k++) {
        MotivationId m = motivationIds.get(random.nextInt(motivationIds.size()));
        if (!support.contains(m)) {
          support.add(m);
        }
      }
      KeyJudgment.Builder j =
          KeyJudgment.builder()
              .id(JudgmentId.of(String.format(Locale.ROOT, "j%02d", i)))
              .statement(String.format(Locale.ROOT, JUDGMENTS[i % JUDGMENTS.length], name(about)))
              .confidence(confidences[random.nextInt(confidences.length)]);
      if (random.nextInt(2) == 0) {
        j.likelihood(likelihoods[random.nextInt(likelihoods.length)]);
      }
      b.judgments(j.supportedBy(support).build());
    }
  }
}
