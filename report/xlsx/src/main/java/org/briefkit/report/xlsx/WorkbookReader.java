package org.briefkit.report.xlsx;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.ActorKind;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Case;
import org.briefkit.model.CaseId;
import org.briefkit.model.Colour;
import org.briefkit.model.Confidence;
import org.briefkit.model.DateSpan;
import org.briefkit.model.Domain;
import org.briefkit.model.DomainId;
import org.briefkit.model.Event;
import org.briefkit.model.EventId;
import org.briefkit.model.EventKind;
import org.briefkit.model.Evidence;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.Instrument;
import org.briefkit.model.InvalidCaseException;
import org.briefkit.model.JudgmentId;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Likelihood;
import org.briefkit.model.Locator;
import org.briefkit.model.Motivation;
import org.briefkit.model.MotivationId;
import org.briefkit.model.PartialDate;
import org.briefkit.model.Problem;
import org.briefkit.model.Salience;
import org.briefkit.model.Source;
import org.briefkit.model.SourceId;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderId;
import org.briefkit.model.StakeholderKind;
import org.briefkit.model.TransferId;
import org.briefkit.model.TransferStatus;

/** Reads one workbook into a case, collecting every problem with its location. */
final class WorkbookReader {
  private static final Splitter ID_LIST =
      Splitter.on(CharMatcher.anyOf(",;").or(CharMatcher.whitespace())).omitEmptyStrings();
  private static final Splitter LINES = Splitter.on('\n').trimResults().omitEmptyStrings();

  private final String file;
  private final ZipGuard guard;
  private final List<WorkbookProblem> problems = new ArrayList<>();
  /** JSON Pointer of a case element or field → its sheet and cell, for integrity problems. */
  private final Map<String, String[]> locations = new HashMap<>();
  /** The ids of every row of each table, including rows with problems. */
  private final Map<String, java.util.Set<String>> rowIds = new HashMap<>();

  WorkbookReader(String file, ZipGuard guard) {
    this.file = file;
    this.guard = guard;
  }

  Case read(byte[] bytes) throws InvalidWorkbookException {
    Optional<String> unsafe = guard.check(bytes);
    if (unsafe.isPresent()) {
      throw fail(unsafe.get());
    }
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
        XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
      return read(wb);
    } catch (OLE2NotOfficeXmlFileException e) {
      throw fail("not an .xlsx workbook: it is an encrypted workbook or an old .xls file");
    } catch (EmptyFileException e) {
      throw fail("not an Excel workbook (.xlsx): the file is empty");
    } catch (InvalidFormatException | POIXMLException | OpenXML4JRuntimeException
        | org.apache.poi.UnsupportedFileFormatException e) {
      throw fail("not an Excel workbook (.xlsx): " + rootMessage(e));
    } catch (InvalidWorkbookException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // Whatever else a damaged or hostile file provokes in POI is still the file's problem.
      throw fail("the workbook cannot be read: " + rootMessage(e));
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }

  private InvalidWorkbookException fail(String message) {
    return new InvalidWorkbookException(List.of(WorkbookProblem.ofFile(file, message)));
  }

  private Case read(XSSFWorkbook wb) throws InvalidWorkbookException {
    checkBriefKit(wb);
    Map<String, String> meta = new LinkedHashMap<>();
    List<String> questions = new ArrayList<>();
    List<String> authors = new ArrayList<>();
    Map<String, String> metaCells = new HashMap<>();
    overview(wb, meta, questions, authors, metaCells);

    List<Source> sources = rows(wb, Layout.SOURCE_TABLE, "/sources", this::source);
    List<Stakeholder> stakeholders = rows(wb, Layout.STAKEHOLDER_TABLE, "/stakeholders", this::stakeholder);
    List<Domain> domains = rows(wb, Layout.DOMAIN_TABLE, "/domains", this::domain);
    List<Actor> actors = rows(wb, Layout.ACTOR_TABLE, "/actors", this::actor);
    List<Motivation> motivations = rows(wb, Layout.MOTIVATION_TABLE, "/motivations", this::motivation);
    List<Event> events = rows(wb, Layout.EVENT_TABLE, "/events", this::event);
    List<ArmsTransfer> transfers = rows(wb, Layout.TRANSFER_TABLE, "/transfers", this::transfer);
    List<KeyJudgment> judgments = rows(wb, Layout.JUDGMENT_TABLE, "/judgments", this::judgment);
    Map<String, List<Evidence>> evidence = evidence(wb, motivations, events, transfers);

    motivations = withEvidence(motivations, evidence, Layout.Owner.MOTIVATION,
        m -> m.id().value(), (m, ev) -> new Motivation(m.id(), m.stakeholder(), m.domain(), m.claim(),
            m.rationale(), m.salience(), m.drivers(), m.actors(), ev));
    events = withEvidence(events, evidence, Layout.Owner.EVENT, e -> e.id().value(),
        (e, ev) -> new Event(e.id(), e.when(), e.title(), e.kind(), e.participants(), e.location(),
            e.significance(), e.tags(), ev));
    transfers = withEvidence(transfers, evidence, Layout.Owner.TRANSFER, t -> t.id().value(),
        (t, ev) -> new ArmsTransfer(t.id(), t.supplier(), t.recipient(), t.items(), t.status(),
            t.intermediaries(), t.when(), ev));

    String at = Layout.OVERVIEW;
    CaseId id = metaValue(meta, metaCells, Layout.F_ID, true, CaseId::of);
    String title = metaValue(meta, metaCells, Layout.F_TITLE, true, Function.identity());
    Optional<PartialDate> asOf = Optional.ofNullable(metaValue(meta, metaCells, Layout.F_AS_OF, false, PartialDate::parse));
    Optional<ActorId> focus = Optional.ofNullable(metaValue(meta, metaCells, Layout.F_FOCUS, false, ActorId::of));
    String language = metaValue(meta, metaCells, Layout.F_LANGUAGE, true, Function.identity());
    if (!problems.isEmpty()) {
      throw new InvalidWorkbookException(problems);
    }
    locations.put("/focus", new String[] {at, metaCells.getOrDefault(Layout.F_FOCUS, "A1")});
    try {
      return new Case(
          id, title, optional(meta.get(Layout.F_SUBTITLE)), ImmutableList.copyOf(questions),
          ImmutableList.copyOf(authors), optional(meta.get(Layout.F_ORGANISATION)), asOf,
          optional(meta.get(Layout.F_MARKING)), language, meta.getOrDefault(Layout.F_SUMMARY, ""),
          focus, ImmutableList.copyOf(sources), ImmutableList.copyOf(stakeholders),
          ImmutableList.copyOf(domains), ImmutableList.copyOf(actors),
          ImmutableList.copyOf(motivations), ImmutableList.copyOf(events),
          ImmutableList.copyOf(transfers), ImmutableList.copyOf(judgments));
    } catch (InvalidCaseException e) {
      for (Problem p : e.problems()) {
        String[] where = locate(p.path());
        problems.add(where == null
            ? WorkbookProblem.ofFile(file, p.message())
            : WorkbookProblem.at(file, where[0], where[1], p.message()));
      }
      throw new InvalidWorkbookException(problems);
    } catch (IllegalArgumentException | NullPointerException e) {
      problems.add(new WorkbookProblem(file, Optional.of(at), Optional.empty(), String.valueOf(e.getMessage())));
      throw new InvalidWorkbookException(problems);
    }
  }

  private String[] locate(String pointer) {
    String p = pointer;
    while (!p.isEmpty()) {
      String[] where = locations.get(p);
      if (where != null) {
        return where;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
    return null;
  }

  private static Optional<String> optional(String value) {
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  // ---------------------------------------------------------------- marker

  private void checkBriefKit(XSSFWorkbook wb) throws InvalidWorkbookException {
    POIXMLProperties.CustomProperties custom = wb.getProperties().getCustomProperties();
    Integer version = null;
    if (custom.contains(Layout.FORMAT_PROPERTY)) {
      var p = custom.getProperty(Layout.FORMAT_PROPERTY);
      if (p.isSetI4()) {
        version = p.getI4();
      } else if (p.isSetLpwstr()) {
        try {
          version = Integer.parseInt(p.getLpwstr().trim());
        } catch (NumberFormatException e) {
          version = null;
        }
      }
    }
    if (version != null && version > Layout.FORMAT_VERSION) {
      throw fail("written by a newer BriefKit (workbook format " + version + "); this version reads format "
          + Layout.FORMAT_VERSION);
    }
    if (version == null) {
      List<String> missing = new ArrayList<>();
      for (Layout.TableSpec t : Layout.TABLES) {
        if (wb.getSheet(t.sheet()) == null) {
          missing.add(t.sheet());
        }
      }
      if (wb.getSheet(Layout.OVERVIEW) == null) {
        missing.add(0, Layout.OVERVIEW);
      }
      if (!missing.isEmpty()) {
        List<String> found = new ArrayList<>();
        wb.forEach(s -> found.add(s.getSheetName()));
        throw fail("not a BriefKit workbook: it lacks the sheets " + String.join(", ", missing)
            + " (its sheets: " + String.join(", ", found) + ")");
      }
    }
  }

  // ---------------------------------------------------------------- overview

  private void overview(XSSFWorkbook wb, Map<String, String> meta, List<String> questions,
      List<String> authors, Map<String, String> cells) {
    Sheet s = wb.getSheet(Layout.OVERVIEW);
    if (s == null) {
      problems.add(new WorkbookProblem(file, Optional.of(Layout.OVERVIEW), Optional.empty(), "sheet is missing"));
      return;
    }
    boolean inCase = false;
    for (Row row : s) {
      String label = text(row.getCell(0)).trim();
      if (label.equals(Layout.CASE_HEADING)) {
        inCase = true;
        continue;
      }
      if (label.equals(Layout.KEY_FIGURES_HEADING)) {
        break;
      }
      if (!inCase || label.isEmpty()) {
        continue;
      }
      String cell = new CellReference(row.getRowNum(), 1).formatAsString(false);
      String value = text(row.getCell(1));
      if (label.equals(Layout.F_QUESTION)) {
        if (!value.isBlank()) {
          questions.add(value);
        }
      } else if (label.equals(Layout.F_AUTHOR)) {
        if (!value.isBlank()) {
          authors.add(value);
        }
      } else if (Layout.CASE_FIELDS.contains(label)) {
        if (meta.containsKey(label)) {
          problems.add(WorkbookProblem.at(file, Layout.OVERVIEW, cell, "\"" + label + "\" is given twice"));
        }
        meta.put(label, value);
        cells.put(label, cell);
      } else {
        problems.add(WorkbookProblem.at(file, Layout.OVERVIEW,
            new CellReference(row.getRowNum(), 0).formatAsString(false),
            "unknown case field \"" + label + "\"" + org.briefkit.model.Suggestions.didYouMean(label, Layout.CASE_FIELDS)));
      }
    }
  }

  private <T> T metaValue(Map<String, String> meta, Map<String, String> cells, String field, boolean required, Function<String, T> parse) {
    String value = meta.get(field);
    String at = cells.get(field);
    if (value == null) {
      if (required) {
        problems.add(new WorkbookProblem(file, Optional.of(Layout.OVERVIEW), Optional.empty(),
            "the case block has no \"" + field + "\" row"));
      }
      return null;
    }
    value = value.trim();
    if (value.isEmpty()) {
      if (required) {
        problems.add(WorkbookProblem.at(file, Layout.OVERVIEW, at, field + " must not be empty"));
      }
      return null;
    }
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      problems.add(WorkbookProblem.at(file, Layout.OVERVIEW, at, e.getMessage()));
      return null;
    }
  }

  // ---------------------------------------------------------------- tables

  /** One row of a table being read: its cells by header, and where they are. */
  final class RowView {
    final Layout.TableSpec spec;
    final Row row;
    final Map<String, Integer> columns;
    final String pointer;
    boolean bad;

    RowView(Layout.TableSpec spec, Row row, Map<String, Integer> columns, String pointer) {
      this.spec = spec;
      this.row = row;
      this.columns = columns;
      this.pointer = pointer;
    }

    String cell(String column) {
      return new CellReference(row.getRowNum(), columns.get(column)).formatAsString(false);
    }

    /** The raw text of a column. */
    String raw(String column) {
      return text(row.getCell(columns.get(column)));
    }

    /** The trimmed text of a column. */
    String get(String column) {
      return raw(column).trim();
    }

    void problem(String column, String message) {
      problems.add(WorkbookProblem.at(file, spec.sheet(), cell(column), message));
      bad = true;
    }

    /** Parses a required column; records a problem and returns null when it fails. */
    <T> T required(String column, Function<String, T> parse) {
      String v = get(column);
      if (v.isEmpty()) {
        problem(column, column + " must not be empty");
        return null;
      }
      return parse(column, v, parse);
    }

    /** Text that must not be blank, kept exactly as written. */
    String requiredText(String column) {
      String v = raw(column);
      if (v.isBlank()) {
        problem(column, column + " must not be empty");
        return null;
      }
      return v;
    }

    <T> Optional<T> optional(String column, Function<String, T> parse) {
      String v = get(column);
      return v.isEmpty() ? Optional.empty() : Optional.ofNullable(parse(column, v, parse));
    }

    Optional<String> optionalText(String column) {
      String v = raw(column);
      return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    <T> ImmutableList<T> list(String column, Function<String, T> parse) {
      ImmutableList.Builder<T> b = ImmutableList.builder();
      for (String part : ID_LIST.split(get(column))) {
        T t = parse(column, part, parse);
        if (t != null) {
          b.add(t);
        }
      }
      return b.build();
    }

    private <T> T parse(String column, String value, Function<String, T> parse) {
      try {
        return parse.apply(value);
      } catch (IllegalArgumentException e) {
        problem(column, e.getMessage());
        return null;
      }
    }

    /** Maps the element's pointer and its fields to their cells. */
    void locate(String... fieldsAndColumns) {
      locations.put(pointer, new String[] {spec.sheet(), new CellReference(row.getRowNum(), 0).formatAsString(false)});
      for (int i = 0; i < fieldsAndColumns.length; i += 2) {
        locations.put(pointer + "/" + fieldsAndColumns[i], new String[] {spec.sheet(), cell(fieldsAndColumns[i + 1])});
      }
    }
  }

  private <T> List<T> rows(XSSFWorkbook wb, Layout.TableSpec spec, String pointer, Function<RowView, T> parse) {
    List<T> items = new ArrayList<>();
    for (RowView v : views(wb, spec, pointer)) {
      if (spec.columns().contains(Layout.ID)) {
        rowIds.computeIfAbsent(spec.sheet(), k -> new java.util.HashSet<>()).add(v.get(Layout.ID));
      }
      try {
        T item = parse.apply(v);
        if (item != null && !v.bad) {
          items.add(item);
        }
      } catch (IllegalArgumentException | NullPointerException e) {
        if (!v.bad) {
          problems.add(WorkbookProblem.at(file, spec.sheet(),
              new CellReference(v.row.getRowNum(), 0).formatAsString(false), e.getMessage()));
        }
      }
    }
    return items;
  }

  private List<RowView> views(XSSFWorkbook wb, Layout.TableSpec spec, String pointer) {
    List<RowView> views = new ArrayList<>();
    Sheet s = wb.getSheet(spec.sheet());
    if (s == null) {
      problems.add(new WorkbookProblem(file, Optional.of(spec.sheet()), Optional.empty(), "sheet is missing"));
      return views;
    }
    Row header = s.getRow(0);
    Map<String, Integer> columns = new HashMap<>();
    List<String> found = new ArrayList<>();
    if (header != null) {
      for (Cell c : header) {
        String h = text(c).trim();
        if (!h.isEmpty()) {
          columns.putIfAbsent(h, c.getColumnIndex());
          found.add(h);
        }
      }
    }
    boolean complete = true;
    for (String col : spec.columns()) {
      if (!spec.derived().contains(col) && !columns.containsKey(col)) {
        problems.add(WorkbookProblem.at(file, spec.sheet(), "A1",
            "column \"" + col + "\" is missing" + org.briefkit.model.Suggestions.didYouMean(col, found)));
        complete = false;
      }
    }
    if (!complete) {
      return views;
    }
    int index = 0;
    for (int r = 1; r <= s.getLastRowNum(); r++) {
      Row row = s.getRow(r);
      if (row == null || blank(row, columns, spec)) {
        continue;
      }
      views.add(new RowView(spec, row, columns, pointer + "/" + index++));
    }
    return views;
  }

  private boolean blank(Row row, Map<String, Integer> columns, Layout.TableSpec spec) {
    for (String col : spec.columns()) {
      if (!spec.derived().contains(col) && !text(row.getCell(columns.get(col))).isBlank()) {
        return false;
      }
    }
    return true;
  }

  private Source source(RowView v) {
    SourceId id = v.required(Layout.ID, SourceId::of);
    String title = v.requiredText(Layout.R_TITLE);
    List<String> authors = LINES.splitToList(v.raw(Layout.R_AUTHORS));
    Optional<String> publisher = v.optionalText(Layout.R_PUBLISHER);
    Optional<PartialDate> date = v.optional(Layout.R_DATE, PartialDate::parse);
    Optional<String> url = v.optional(Layout.R_URL, Function.identity());
    Optional<LocalDate> accessed = v.optional(Layout.R_ACCESSED, LocalDate::parse);
    v.locate("id", Layout.ID);
    if (v.bad) {
      return null;
    }
    try {
      return new Source(id, title, ImmutableList.copyOf(authors), publisher, date, url, accessed);
    } catch (IllegalArgumentException e) {
      v.problem(Layout.R_URL, e.getMessage());
      return null;
    }
  }

  private Stakeholder stakeholder(RowView v) {
    StakeholderId id = v.required(Layout.ID, StakeholderId::of);
    String name = v.requiredText(Layout.S_NAME);
    String shortName = v.requiredText(Layout.S_SHORT_NAME);
    StakeholderKind kind = v.required(Layout.KIND, StakeholderKind::parse);
    Optional<Colour> colour = v.optional(Layout.S_COLOUR, Colour::parse);
    Optional<ActorId> actor = v.optional(Layout.S_ACTOR, ActorId::of);
    String question = v.requiredText(Layout.S_QUESTION);
    v.locate("id", Layout.ID, "actor", Layout.S_ACTOR);
    return v.bad ? null : new Stakeholder(id, name, shortName, question, kind, colour, actor);
  }

  private Domain domain(RowView v) {
    DomainId id = v.required(Layout.ID, DomainId::of);
    String label = v.requiredText(Layout.D_LABEL);
    Instrument instrument = v.required(Layout.D_INSTRUMENT, Instrument::parse);
    String description = v.raw(Layout.D_DESCRIPTION);
    v.locate("id", Layout.ID);
    return v.bad ? null : new Domain(id, label, description, instrument);
  }

  private Actor actor(RowView v) {
    ActorId id = v.required(Layout.ID, ActorId::of);
    String name = v.requiredText(Layout.A_NAME);
    Optional<String> local = v.optionalText(Layout.A_LOCAL_NAME);
    ActorKind kind = v.required(Layout.KIND, ActorKind::parse);
    Optional<String> role = v.optionalText(Layout.A_ROLE);
    Optional<ActorId> affiliation = v.optional(Layout.A_AFFILIATION, ActorId::of);
    Optional<String> country = v.optional(Layout.A_COUNTRY, Function.identity());
    v.locate("id", Layout.ID, "affiliation", Layout.A_AFFILIATION);
    if (v.bad) {
      return null;
    }
    try {
      return new Actor(id, name, local, kind, role, affiliation, country);
    } catch (IllegalArgumentException e) {
      v.problem(Layout.A_COUNTRY, e.getMessage());
      return null;
    }
  }

  private Motivation motivation(RowView v) {
    MotivationId id = v.required(Layout.ID, MotivationId::of);
    StakeholderId stakeholder = v.required(Layout.M_STAKEHOLDER, StakeholderId::of);
    DomainId domain = v.required(Layout.M_DOMAIN, DomainId::of);
    Salience salience = v.required(Layout.M_SALIENCE, Salience::parse);
    String claim = v.requiredText(Layout.M_CLAIM);
    String rationale = v.raw(Layout.M_RATIONALE);
    ImmutableList<ActorId> drivers = v.list(Layout.M_DRIVERS, ActorId::of);
    ImmutableList<ActorId> actors = v.list(Layout.M_ACTORS, ActorId::of);
    v.locate("id", Layout.ID, "stakeholder", Layout.M_STAKEHOLDER, "domain", Layout.M_DOMAIN,
        "drivers", Layout.M_DRIVERS, "actors", Layout.M_ACTORS);
    return v.bad ? null
        : new Motivation(id, stakeholder, domain, claim, rationale, salience, drivers, actors, ImmutableList.of());
  }

  private Event event(RowView v) {
    EventId id = v.required(Layout.ID, EventId::of);
    Optional<DateSpan> when = v.optional(Layout.WHEN, DateSpan::parse);
    String title = v.requiredText(Layout.E_TITLE);
    EventKind kind = v.required(Layout.KIND, EventKind::parse);
    ImmutableList<ActorId> participants = v.list(Layout.E_PARTICIPANTS, ActorId::of);
    Optional<String> location = v.optionalText(Layout.E_LOCATION);
    String significance = v.raw(Layout.E_SIGNIFICANCE);
    List<String> tags = v.list(Layout.E_TAGS, Function.identity());
    v.locate("id", Layout.ID, "participants", Layout.E_PARTICIPANTS, "tags", Layout.E_TAGS);
    if (v.bad) {
      return null;
    }
    try {
      return new Event(id, when, title, kind, participants, location, significance, ImmutableSet.copyOf(tags), ImmutableList.of());
    } catch (IllegalArgumentException e) {
      v.problem(Layout.E_TAGS, e.getMessage());
      return null;
    }
  }

  private ArmsTransfer transfer(RowView v) {
    TransferId id = v.required(Layout.ID, TransferId::of);
    ActorId supplier = v.required(Layout.T_SUPPLIER, ActorId::of);
    ActorId recipient = v.required(Layout.T_RECIPIENT, ActorId::of);
    String items = v.requiredText(Layout.T_ITEMS);
    TransferStatus status = v.required(Layout.T_STATUS, TransferStatus::parse);
    ImmutableList<ActorId> intermediaries = v.list(Layout.T_INTERMEDIARIES, ActorId::of);
    Optional<DateSpan> when = v.optional(Layout.WHEN, DateSpan::parse);
    v.locate("id", Layout.ID, "supplier", Layout.T_SUPPLIER, "recipient", Layout.T_RECIPIENT,
        "intermediaries", Layout.T_INTERMEDIARIES);
    return v.bad ? null
        : new ArmsTransfer(id, supplier, recipient, items, status, intermediaries, when, ImmutableList.of());
  }

  private KeyJudgment judgment(RowView v) {
    JudgmentId id = v.required(Layout.ID, JudgmentId::of);
    String statement = v.requiredText(Layout.J_STATEMENT);
    Confidence confidence = v.required(Layout.J_CONFIDENCE, Confidence::parse);
    Optional<Likelihood> likelihood = v.optional(Layout.J_LIKELIHOOD, Likelihood::parse);
    ImmutableList<MotivationId> supportedBy = v.list(Layout.J_SUPPORTED_BY, MotivationId::of);
    v.locate("id", Layout.ID, "supportedBy", Layout.J_SUPPORTED_BY);
    return v.bad ? null : new KeyJudgment(id, statement, confidence, likelihood, supportedBy);
  }

  // ---------------------------------------------------------------- evidence

  private Map<String, List<Evidence>> evidence(XSSFWorkbook wb, List<Motivation> ms, List<Event> es, List<ArmsTransfer> ts) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ms.size(); i++) {
      index.putIfAbsent(Layout.Owner.MOTIVATION.key + ":" + ms.get(i).id().value(), i);
    }
    for (int i = 0; i < es.size(); i++) {
      index.putIfAbsent(Layout.Owner.EVENT.key + ":" + es.get(i).id().value(), i);
    }
    for (int i = 0; i < ts.size(); i++) {
      index.putIfAbsent(Layout.Owner.TRANSFER.key + ":" + ts.get(i).id().value(), i);
    }
    Map<String, List<Evidence>> byOwner = new HashMap<>();
    for (RowView v : views(wb, Layout.EVIDENCE_TABLE, "/evidence")) {
      String forText = v.get(Layout.V_FOR).toLowerCase(Locale.ROOT);
      Layout.Owner owner = null;
      for (Layout.Owner o : Layout.Owner.values()) {
        if (o.key.equals(forText)) {
          owner = o;
        }
      }
      if (owner == null) {
        v.problem(Layout.V_FOR, "For (\"" + v.get(Layout.V_FOR) + "\") must be one of motivation, event, transfer");
      }
      String item = v.get(Layout.V_ITEM);
      if (item.isEmpty()) {
        v.problem(Layout.V_ITEM, Layout.V_ITEM + " must not be empty");
      }
      SourceId source = v.required(Layout.V_SOURCE, SourceId::of);
      Optional<Locator> locator = v.optional(Layout.V_LOCATOR, Locator::parse);
      EvidenceKind kind = v.required(Layout.KIND, EvidenceKind::parse);
      String text = v.requiredText(Layout.V_TEXT);
      if (owner == null || item.isEmpty()) {
        continue;
      }
      String key = owner.key + ":" + item;
      Integer ownerIndex = index.get(key);
      if (ownerIndex == null) {
        if (rowIds.getOrDefault(owner.sheet, java.util.Set.of()).contains(item)) {
          // The owner's row has problems of its own, already reported.
          continue;
        }
        v.problem(Layout.V_ITEM, owner.key + " \"" + item + "\" is not on the " + owner.sheet + " sheet");
        continue;
      }
      if (v.bad) {
        continue;
      }
      List<Evidence> list = byOwner.computeIfAbsent(key, k -> new ArrayList<>());
      String pointer = "/" + (owner == Layout.Owner.TRANSFER ? "transfers" : owner == Layout.Owner.EVENT ? "events" : "motivations")
          + "/" + ownerIndex + "/evidence/" + list.size();
      locations.put(pointer, new String[] {Layout.EVIDENCE, v.cell(Layout.V_ITEM)});
      locations.put(pointer + "/source", new String[] {Layout.EVIDENCE, v.cell(Layout.V_SOURCE)});
      try {
        list.add(new Evidence(source, locator, text, kind));
      } catch (IllegalArgumentException e) {
        v.problem(Layout.V_TEXT, e.getMessage());
      }
    }
    return byOwner;
  }

  private interface WithEvidence<T> {
    T apply(T item, ImmutableList<Evidence> evidence);
  }

  private static <T> List<T> withEvidence(List<T> items, Map<String, List<Evidence>> evidence,
      Layout.Owner owner, Function<T, String> id, WithEvidence<T> with) {
    List<T> out = new ArrayList<>(items.size());
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (T item : items) {
      List<Evidence> ev = seen.add(id.apply(item)) ? evidence.get(owner.key + ":" + id.apply(item)) : null;
      out.add(ev == null ? item : with.apply(item, ImmutableList.copyOf(ev)));
    }
    return out;
  }

  // ---------------------------------------------------------------- cells

  /** The text of a cell as the analyst sees it: strings as is, numbers without ".0", dates ISO. */
  static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    switch (type) {
      case STRING:
        return cell.getRichStringCellValue().getString();
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(cell)) {
          return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
      case BOOLEAN:
        return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR:
        return FormulaError.forInt(cell.getErrorCellValue()).getString();
      default:
        return "";
    }
  }
}
