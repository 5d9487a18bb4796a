package org.briefkit.samples;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.briefkit.model.AchMatrix;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Case;
import org.briefkit.model.DateSpan;
import org.briefkit.model.Domain;
import org.briefkit.model.Event;
import org.briefkit.model.Evidence;
import org.briefkit.model.Id;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Locator;
import org.briefkit.model.Motivation;
import org.briefkit.model.Source;
import org.briefkit.model.Stakeholder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the Madrid 2022 sample must contain, enumerated from a reading of the source article
 * (body paragraphs numbered 1 to 7, as the sample's header explains). Each list is the whole
 * of what the article gives: a missing, extra or altered entry fails.
 */
class FlagshipSampleTest {
  private static Case flagship;

  @BeforeAll
  static void load() throws IOException {
    flagship = Samples.MADRID_2022.load();
  }

  @Test
  void stakeholders_areNatoAndSeoul_eachWithItsQuestionAndActor() {
    assertThat(render(flagship.stakeholders(), FlagshipSampleTest::stakeholder))
        .containsExactly(
            "nato: NATO alliance actor=nato | Why was President Yoon invited to the NATO summit?",
            "rok: Seoul state actor=rok | Why does Seoul want closer ties with NATO?");
  }

  @Test
  void motivations_areEveryReasonTheArticleGives_withDomainSalienceDriversAndParagraphs() {
    assertThat(render(flagship.motivations(), FlagshipSampleTest::motivation))
        .containsExactlyInAnyOrder(
            // para 3: "primarily" cybersecurity and non-proliferation, NK focus, China/Russia angle
            "nato-cyber: nato/cyber/primary drivers=dprk,china,russia paras=3",
            "nato-non-proliferation: nato/non-proliferation/primary drivers=dprk,china,russia paras=3",
            // para 4: "in addition", the two-way arms trade, weightier since Russia's invasion
            "nato-arms-trade: nato/arms-trade/secondary drivers=russia paras=4",
            // para 2: "furthermore", NATO's turn to China and North Korea; members' military ties
            "nato-asia-threats: nato/regional-security/secondary drivers=china,dprk paras=2",
            "nato-members-military-ties: nato/military-cooperation/secondary drivers= paras=2",
            // paras 1-2: the partnership and the first invitation of the four partners
            "nato-asia-pacific-partners: nato/alliance-politics/secondary drivers= paras=1,2",
            // para 5: political and diplomatic reasons; hedging is the "subsidiary benefit"
            "rok-strengthen-us-alliance: rok/alliance-politics/secondary drivers= paras=5",
            "rok-european-members: rok/alliance-politics/secondary drivers= paras=1,5",
            "rok-security-layer-europe: rok/alliance-politics/secondary drivers= paras=5",
            "rok-hedge: rok/alliance-politics/subsidiary drivers=usa paras=5",
            "rok-global-pivotal-state: rok/alliance-politics/secondary drivers= paras=5",
            // para 6: "another reason", backing for North Korea and China policies
            "rok-north-korea-policy: rok/regional-security/secondary drivers=dprk paras=1,6",
            "rok-china-policy: rok/regional-security/secondary drivers=china paras=6",
            // para 7: areas that "also benefit", with the arms trade of para 4
            "rok-arms-trade: rok/arms-trade/secondary drivers= paras=4,7",
            "rok-joint-research: rok/technical-expertise/secondary drivers= paras=7",
            "rok-cyber-exercises: rok/cyber/secondary drivers= paras=7",
            "rok-non-proliferation-cbrn: rok/non-proliferation/secondary drivers=dprk paras=7",
            "rok-aerospace: rok/military-cooperation/secondary drivers= paras=7",
            "rok-naval-exercises: rok/military-cooperation/secondary drivers= paras=7",
            "rok-expertise-exchange: rok/technical-expertise/secondary drivers= paras=7");
  }

  @Test
  void evidence_citesTheArticleByParagraph_andCoversAllSevenParagraphs() {
    List<Evidence> all =
        Stream.of(
                flagship.motivations().stream().flatMap(m -> m.evidence().stream()),
                flagship.events().stream().flatMap(e -> e.evidence().stream()),
                flagship.transfers().stream().flatMap(t -> t.evidence().stream()))
            .flatMap(Function.identity())
            .toList();
    assertThat(all).allSatisfy(e -> {
      assertThat(e.source().value()).isEqualTo("article");
      assertThat(e.locator()).map(Locator::kind).contains(Locator.Kind.PARAGRAPH);
    });
    Set<String> cited = new TreeSet<>();
    all.forEach(e -> cited.add(e.locator().orElseThrow().value()));
    assertThat(cited).containsExactly("1", "2", "3", "4", "5", "6", "7");
    assertThat(flagship.motivations()).allSatisfy(m -> assertThat(m.evidence()).isNotEmpty());
    assertThat(flagship.events()).allSatisfy(e -> assertThat(e.evidence()).isNotEmpty());
    assertThat(flagship.transfers()).allSatisfy(t -> assertThat(t.evidence()).isNotEmpty());
  }

  @Test
  void events_areEveryEventTheArticleMentions_withTheDateItGives() {
    assertThat(render(flagship.events(), FlagshipSampleTest::event))
        .containsExactlyInAnyOrder(
            "dialogue-launch: 2005 dialogue tags=partnership",
            "pcp-signed: 2012 agreement tags=partnership",
            "pcp-renewed: 2019 agreement tags=partnership",
            // background: the article gives no date; the sample says so in a comment
            "trump-presidency: 2017-01-20 office-change tags=background",
            "trilateral-2017: 2017-09 meeting tags=trilateral",
            "russia-invades-ukraine: 2022-02-24 conflict tags=background",
            // "only last May": the year is sure, the month is not (see the sample's comment)
            "foreign-ministers-meeting: 2022 meeting tags=partnership",
            "ccdcoe-accession: 2022-05 accession tags=partnership,cyber",
            "yoon-takes-office: 2022-05 office-change tags=",
            "yoon-upgrade-pledge: 2022 statement tags=partnership",
            "madrid-summit: 2022-06-29/2022-06-30 summit tags=partnership,madrid-summit",
            "strategic-concept: 2022-06-29/2022-06-30 statement tags=madrid-summit",
            "yoon-speech: 2022-06-29/2022-06-30 statement tags=madrid-summit",
            "yoon-bilaterals: 2022-06-29/2022-06-30 meeting tags=madrid-summit",
            "trilateral-madrid: 2022-06-29/2022-06-30 meeting tags=madrid-summit,trilateral",
            "gala-dinner: 2022-06 other tags=madrid-summit",
            "yoon-kishida-meeting: 2022-06 meeting tags=madrid-summit");
  }

  @Test
  void summitEvents_takePlaceInMadrid_withTheirParticipants() {
    assertThat(flagship.events())
        .filteredOn(e -> e.tags().contains("madrid-summit"))
        .allSatisfy(e -> assertThat(e.location()).contains("Madrid, Spain"));
    assertThat(eventNamed("trilateral-madrid").participants())
        .extracting(ActorId::value)
        .contains("yoon", "biden", "kishida");
    assertThat(eventNamed("gala-dinner").participants())
        .extracting(ActorId::value)
        .contains("felipe-vi", "yoon", "kishida");
    assertThat(eventNamed("foreign-ministers-meeting").participants())
        .extracting(ActorId::value)
        .containsExactly("chung", "rok", "nato", "australia", "japan", "new-zealand");
  }

  @Test
  void actors_areEveryPersonStateAndOrganisationNamed_withLocalNamesCodesAndAffiliations() {
    assertThat(render(flagship.actors(), FlagshipSampleTest::actor))
        .containsExactlyInAnyOrder(
            "rok: state Republic of Korea (South Korea) | 대한민국 | KR | -",
            "nato: alliance North Atlantic Treaty Organization (NATO) | - | - | -",
            "usa: state United States | - | US | nato",
            "japan: state Japan | 日本 | JP | -",
            "australia: state Australia | - | AU | -",
            "new-zealand: state New Zealand | - | NZ | -",
            "spain: state Spain | España | ES | nato",
            "france: state France | - | FR | nato",
            "germany: state Germany | Deutschland | DE | nato",
            "uk: state United Kingdom | - | GB | nato",
            "netherlands: state Netherlands | Nederland | NL | nato",
            "poland: state Poland | Polska | PL | nato",
            "turkey: state Turkey | Türkiye | TR | nato",
            "canada: state Canada | - | CA | nato",
            "ukraine: state Ukraine | Україна | UA | -",
            "dprk: state Democratic People's Republic of Korea (North Korea) | 조선민주주의인민공화국 | KP | -",
            "china: state People's Republic of China | - | CN | -",
            "russia: state Russian Federation | Российская Федерация | RU | -",
            "rok-us-alliance: alliance ROK–US alliance | 한미동맹 | - | -",
            "ccdcoe: organisation NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE) | - | - | nato",
            "rok-mnd: institution Ministry of National Defense | 국방부 | KR | rok",
            "rok-mofa: institution Ministry of Foreign Affairs | 외교부 | KR | rok",
            "rok-armed-forces: institution Republic of Korea Armed Forces | 대한민국 국군 | KR | rok",
            "yoon: person Yoon Suk-yeol | 윤석열 | KR | rok",
            "chung: person Chung Eui-yong | 정의용 | KR | rok-mofa",
            "biden: person Joe Biden | - | US | usa",
            "trump: person Donald Trump | - | US | usa",
            "kishida: person Kishida Fumio | 岸田文雄 | JP | japan",
            "felipe-vi: person Felipe VI | - | ES | spain");
    assertThat(flagship.actors()).allSatisfy(a -> assertThat(a.role()).isPresent());
  }

  @Test
  void actors_everyOneTakesPartInTheCase() {
    Set<String> used = new LinkedHashSet<>();
    flagship.focus().ifPresent(f -> used.add(f.value()));
    flagship.stakeholders().forEach(s -> s.actor().ifPresent(a -> used.add(a.value())));
    flagship.actors().forEach(a -> a.affiliation().ifPresent(f -> used.add(f.value())));
    flagship.motivations().forEach(m -> {
      m.drivers().forEach(a -> used.add(a.value()));
      m.actors().forEach(a -> used.add(a.value()));
    });
    flagship.events().forEach(e -> e.participants().forEach(a -> used.add(a.value())));
    flagship.transfers().forEach(t -> {
      used.add(t.supplier().value());
      used.add(t.recipient().value());
      t.intermediaries().forEach(a -> used.add(a.value()));
    });
    assertThat(flagship.actors()).extracting(a -> a.id().value()).allMatch(used::contains);
  }

  @Test
  void transfers_areTheArmsTradeInBothDirections_includingWhatIsOnlyPossible() {
    assertThat(flagship.focus()).map(ActorId::value).contains("rok");
    assertThat(render(flagship.transfers(), FlagshipSampleTest::transfer))
        .containsExactlyInAnyOrder(
            "usa -> rok: delivered via=",
            "france -> rok: delivered via=",
            "germany -> rok: delivered via=",
            "uk -> rok: delivered via=",
            "rok -> poland: planned via=",
            "rok -> turkey: planned via=",
            "rok -> uk: planned via=",
            "rok -> ukraine: possible via=canada,poland");
  }

  @Test
  void judgments_carryConfidence_likelihoodForForecasts_andSupportingMotivations() {
    assertThat(render(flagship.judgments(), FlagshipSampleTest::judgment))
        .containsExactly(
            "kj-nato-functional: moderate - nato-cyber,nato-non-proliferation,nato-asia-threats",
            "kj-shared-threats: moderate - nato-asia-threats,rok-north-korea-policy,rok-china-policy",
            "kj-seoul-layers: moderate - rok-strengthen-us-alliance,rok-european-members,"
                + "rok-security-layer-europe,rok-hedge,rok-global-pivotal-state",
            "kj-us-arms-primacy: moderate very-likely nato-arms-trade,rok-arms-trade",
            "kj-ukraine-arms: low roughly-even-chance nato-arms-trade,rok-arms-trade",
            "kj-practical-cooperation: moderate likely rok-joint-research,rok-cyber-exercises,"
                + "rok-non-proliferation-cbrn,rok-aerospace,rok-naval-exercises,"
                + "rok-expertise-exchange,nato-members-military-ties",
            "kj-programme-upgrade: low roughly-even-chance nato-asia-pacific-partners,rok-global-pivotal-state");
  }

  @Test
  void domains_areTheArticlesTaxonomy_eachWithAnInstrument() {
    assertThat(render(flagship.domains(), d -> d.id().value() + " " + d.instrument().key()))
        .containsExactly(
            "cyber information",
            "non-proliferation military",
            "arms-trade economic",
            "alliance-politics diplomatic",
            "regional-security diplomatic",
            "military-cooperation military",
            "technical-expertise information");
    assertThat(flagship.domains()).extracting(Domain::description).allMatch(d -> !d.isBlank());
  }

  @Test
  void source_isTheArticle_withNoInventedAuthorPublisherOrDate() {
    assertThat(flagship.sources()).hasSize(1);
    Source article = flagship.sources().get(0);
    assertThat(article.id().value()).isEqualTo("article");
    assertThat(article.title())
        .isEqualTo("President Yoon Suk-yeol’s participation in the Madrid NATO Summit");
    assertThat(article.authors()).isEmpty();
    assertThat(article.publisher()).isEmpty();
    assertThat(article.date()).isEmpty();
    assertThat(article.url()).isEmpty();
  }

  @Test
  void caseHeader_namesBothQuestions_asOfTheSummitsClose_withAContextSummary() {
    assertThat(flagship.id().value()).isEqualTo("korea-nato-madrid-2022");
    assertThat(flagship.questions()).hasSize(2);
    assertThat(flagship.asOf()).map(Object::toString).contains("2022-06-30");
    assertThat(flagship.authors()).isEmpty();
    assertThat(flagship.summary().split("\n\n")).hasSize(4);
  }

  @Test
  void ach_aMatrixPerQuestion_theArticlesAccountFirst_itemsFromItsParagraphs() {
    assertThat(render(flagship.ach(), FlagshipSampleTest::ach))
        .containsExactly(
            // question 1: NATO's reasons; the article's account (para 3) first
            "why-invited q1 h-functional,h-china,h-arms,h-us-signal | "
                + "e-primary-fields=article ¶3 e-ccdcoe=article ¶3 e-china-first=article ¶6 "
                + "e-four-partners=article ¶1 e-speech=article ¶1 e-arms-weight=article ¶4 "
                + "e-members-ties=article ¶2 e-us-champion=article ¶5 "
                + "a-nato-ranking=as-nato-ranking x-no-arms-deal=absence of evidence",
            // question 2: Seoul's reasons; the article's first reason (para 5) first
            "why-seoul q2 h-us-alliance,h-backing,h-material,h-hedge | "
                + "e-us-alliance=article ¶5 e-hedge-subsidiary=article ¶5 "
                + "e-europe-layer=article ¶5 e-speech=article ¶1 e-before-yoon=article ¶2 "
                + "e-concept=article ¶6 e-ministries=article ¶7 e-areas=article ¶7 "
                + "x-no-china-ask=absence of evidence x-gains-unmeasured=absence of evidence");
  }

  private static Event eventNamed(String id) {
    return flagship.events().stream()
        .filter(e -> e.id().value().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static <T> List<String> render(List<T> items, Function<T, String> line) {
    return items.stream().map(line).toList();
  }

  private static String ids(List<? extends Id> ids) {
    return ids.stream().map(Id::value).collect(joining(","));
  }

  private static String stakeholder(Stakeholder s) {
    return s.id().value() + ": " + s.shortName() + " " + s.kind().key() + " actor="
        + s.actor().map(ActorId::value).orElse("-") + " | " + s.question();
  }

  private static String motivation(Motivation m) {
    Set<Integer> paras = new TreeSet<>();
    m.evidence().forEach(e -> paras.add(Integer.valueOf(e.locator().orElseThrow().value())));
    return m.id().value() + ": " + m.stakeholder().value() + "/" + m.domain().value() + "/"
        + m.salience().key() + " drivers=" + ids(m.drivers()) + " paras="
        + paras.stream().map(String::valueOf).collect(joining(","));
  }

  private static String event(Event e) {
    return e.id().value() + ": " + e.when().map(DateSpan::toString).orElse("-") + " "
        + e.kind().key() + " tags=" + String.join(",", e.tags());
  }

  private static String actor(Actor a) {
    return a.id().value() + ": " + a.kind().key() + " " + a.name() + " | "
        + a.localName().orElse("-") + " | " + a.country().orElse("-") + " | "
        + a.affiliation().map(ActorId::value).orElse("-");
  }

  private static String transfer(ArmsTransfer t) {
    return t.supplier().value() + " -> " + t.recipient().value() + ": " + t.status().key()
        + " via=" + ids(t.intermediaries());
  }

  private static String judgment(KeyJudgment j) {
    return j.id().value() + ": " + j.confidence().key() + " "
        + j.likelihood().map(l -> l.key()).orElse("-") + " " + ids(j.supportedBy());
  }

  private static String ach(AchMatrix m) {
    return m.id().value() + " q" + m.question() + " "
        + m.hypotheses().stream().map(h -> h.id().value()).collect(joining(",")) + " | "
        + m.items().stream().map(i -> i.id().value() + "=" + i.cite()).collect(joining(" "));
  }
}
