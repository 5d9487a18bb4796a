package org.briefkit.model.io;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import org.briefkit.model.io.Tree.Node;
import org.briefkit.model.io.Tree.Open;
import org.briefkit.model.io.Tree.Pos;
import org.briefkit.model.io.Tree.Scalar;
import org.briefkit.model.io.Tree.Type;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Builds a {@link Tree} from SnakeYAML Engine's parser events. Composing the tree here rather
 * than with the engine's composer keeps it iterative (deep nesting cannot overflow the stack),
 * refuses anchors and aliases where they appear (so an alias bomb is never expanded), and
 * reports duplicate keys at the duplicate.
 */
final class TreeParser {
  private static final ScalarResolver RESOLVER = new CoreSchema().getScalarResolver();
  private static final String STR = Tag.STR.getValue();

  private final int maxDepth;
  private final int maxNodes;
  private final Problems problems;
  /** The keys read so far, so that a key written a million times is kept once. */
  private final java.util.Map<String, String> keys = new java.util.HashMap<>();
  private int nodes;
  /** Where the value limit was passed; from there on values are only counted. */
  private Pos overAt;

  private TreeParser(int maxDepth, int maxNodes, Problems problems) {
    this.maxDepth = maxDepth;
    this.maxNodes = maxNodes;
    this.problems = problems;
  }

  /**
   * Parses {@code text}, a whole file, as a stream. Returns the root node, or empty after reporting why
   * there is none.
   */
  static Optional<Node> parse(FileText text, int maxDepth, int maxNodes, Problems problems) {
    return new TreeParser(maxDepth, maxNodes, problems).parse(text);
  }

  private Optional<Node> run(FileText text) {
    LoadSettings settings =
        LoadSettings.builder()
            .setCodePointLimit(Integer.MAX_VALUE)
            .setAllowDuplicateKeys(true)
            .setParseComments(false)
            .setBufferSize(bufferSize(text.size()))
            .build();
    try {
      return build(new ParserImpl(settings, new StreamReader(settings, text.reader())));
    } catch (YamlEngineException e) {
      if (overAt != null) {
        // Counting stopped at a syntax error after the limit: the count is a lower bound.
        return over(false);
      }
      throw e;
    }
  }

  private Optional<Node> parse(FileText text) {
    try {
      return run(text);
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
      problems.add(mark.map(TreeParser::pos).orElse(Pos.START), syntax(e));
      return Optional.empty();
    } catch (YamlEngineException e) {
      problems.add(Pos.START, "YAML syntax error: " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * The parser's buffer for a file of {@code bytes}. The scanner grows its window by one buffer at
   * a time, copying it whole, while it reads a token: a token of n characters costs n² / buffer,
   * so that a 4 MB scalar took 13 s with the default 1,024. A buffer of an eighth of the file
   * (8 K to 4 M characters) keeps any token to a few copies.
   */
  static int bufferSize(long bytes) {
    return (int) Math.max(8 * 1024, Math.min(4 * 1024 * 1024, bytes / 8));
  }

  private static String syntax(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem().trim();
    String context = e.getContext() == null ? "" : e.getContext().trim();
    String message = problem.isEmpty() ? context : problem;
    if (!problem.isEmpty() && !context.isEmpty()) {
      Optional<Mark> start = e.getContextMark();
      boolean elsewhere =
          start.isPresent()
              && e.getProblemMark().isPresent()
              && start.get().getIndex() != e.getProblemMark().get().getIndex();
      message =
          problem
              + " ("
              + context
              + (elsewhere
                  ? " that starts at line " + (start.get().getLine() + 1) + ", column " + (start.get().getColumn() + 1)
                  : "")
              + ")";
    }
    message =
        message
            .replace("found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)",
                "found a tab, which YAML does not allow for indentation (use spaces)")
            .replace('\n', ' ');
    return "YAML syntax error: " + message;
  }

  private Optional<Node> build(Iterator<Event> events) {
    Deque<Open> stack = new ArrayDeque<>();
    Node root = null;
    boolean documentSeen = false;
    while (events.hasNext()) {
      Event event = events.next();
      if (overAt != null) {
        nodes += event instanceof NodeEvent ? 1 : 0;
        continue;
      }
      Pos pos = event.getStartMark().map(TreeParser::pos).orElse(Pos.START);
      if (event instanceof NodeEvent && ++nodes > maxNodes) {
        // Count the rest without building anything, so that the message can say how many.
        overAt = pos;
        stack.clear();
        root = null;
        continue;
      }
      switch (event.getEventId()) {
        case DocumentStart:
          if (documentSeen) {
            problems.add(pos, "a case file holds one YAML document, but a second one starts here");
            return Optional.empty();
          }
          documentSeen = true;
          break;
        case Alias:
          problems.add(
              pos,
              "anchors and aliases are not allowed in case files (found alias *"
                  + ((AliasEvent) event).getAlias().getValue()
                  + ")");
          return Optional.empty();
        case Scalar:
          {
            ScalarEvent s = (ScalarEvent) event;
            if (!plainNode(s, pos, s.getTag(), STR)) {
              return Optional.empty();
            }
            boolean key = !stack.isEmpty() && stack.peek().mapping && stack.peek().pendingKey == null;
            Scalar scalar =
                new Scalar(
                    key ? keys.computeIfAbsent(s.getValue(), k -> k) : s.getValue(), type(s), pos.line(), pos.column(),
                    style(s), s.getStartMark().map(Mark::getIndex).orElse(-1),
                    s.getEndMark().map(Mark::getIndex).orElse(-1));
            if (stack.isEmpty()) {
              root = scalar;
            } else if (!add(stack.peek(), scalar)) {
              return Optional.empty();
            }
            break;
          }
        case SequenceStart:
        case MappingStart:
          {
            CollectionStartEvent c = (CollectionStartEvent) event;
            boolean mapping = event.getEventId() == Event.ID.MappingStart;
            String plainTag = mapping ? Tag.MAP.getValue() : Tag.SEQ.getValue();
            if (!plainNode(c, pos, c.getTag(), plainTag)) {
              return Optional.empty();
            }
            if (!stack.isEmpty() && stack.peek().mapping && stack.peek().pendingKey == null) {
              problems.add(pos, "keys must be plain text, not " + (mapping ? "a mapping" : "a list"));
              return Optional.empty();
            }
            if (stack.size() >= maxDepth) {
              problems.add(pos, "nesting is deeper than the limit of " + maxDepth + " levels");
              return Optional.empty();
            }
            stack.push(new Open(mapping, pos));
            break;
          }
        case SequenceEnd:
        case MappingEnd:
          {
            Node closed = stack.pop().close();
            if (stack.isEmpty()) {
              root = closed;
            } else if (!add(stack.peek(), closed)) {
              return Optional.empty();
            }
            break;
          }
        default:
          break;
      }
    }
    if (overAt != null) {
      return over(true);
    }
    if (!documentSeen) {
      problems.add(Pos.START, "the file is empty: a case file is a YAML mapping with at least id and title");
      return Optional.empty();
    }
    return Optional.ofNullable(root);
  }

  /** Reports the values limit passed at {@link #overAt}, with the values counted. */
  private Optional<Node> over(boolean exact) {
    problems.exceeded(
        overAt,
        "the file holds " + (exact ? "" : "at least ") + nodes + " values (scalars, lists and mappings, keys"
            + " included), over the limit of " + maxNodes,
        new LimitExceeded(LimitExceeded.Limit.VALUES, nodes, exact, maxNodes));
    return Optional.empty();
  }

  /** Refuses anchors and explicit tags other than the node's own default. */
  private boolean plainNode(NodeEvent event, Pos pos, Optional<String> tag, String allowed) {
    if (event.getAnchor().isPresent()) {
      problems.add(
          pos,
          "anchors and aliases are not allowed in case files (found anchor &"
              + event.getAnchor().get().getValue()
              + ")");
      return false;
    }
    if (tag.isPresent() && !tag.get().equals(allowed) && !tag.get().equals("!")) {
      problems.add(pos, "YAML tags are not allowed in case files (found " + shortTag(tag.get()) + ")");
      return false;
    }
    return true;
  }

  private static String shortTag(String tag) {
    return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
  }

  private static Type type(ScalarEvent s) {
    if (s.getTag().isPresent() || !s.isPlain() || surelyText(s.getValue())) {
      return Type.TEXT;
    }
    Tag tag = RESOLVER.resolve(s.getValue(), true);
    if (tag.equals(Tag.INT)) {
      return Type.INT;
    }
    if (tag.equals(Tag.FLOAT)) {
      return Type.FLOAT;
    }
    if (tag.equals(Tag.BOOL)) {
      return Type.BOOL;
    }
    if (tag.equals(Tag.NULL)) {
      return Type.NULL;
    }
    return Type.TEXT;
  }

  /**
   * Whether a plain scalar is text under the core schema without asking the resolver's regular
   * expressions, which most scalars (ids, words, sentences) would only fail: numbers start with a
   * digit, a sign or a point, null may be "~", and the rest are a few words.
   */
  static boolean surelyText(String v) {
    if (v.isEmpty()) {
      return false;
    }
    char c = v.charAt(0);
    if (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.' || c == '~') {
      return false;
    }
    return switch (v) {
      case "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE" -> false;
      default -> true;
    };
  }

  private static Tree.Style style(ScalarEvent s) {
    return switch (s.getScalarStyle()) {
      case SINGLE_QUOTED -> Tree.Style.SINGLE_QUOTED;
      case DOUBLE_QUOTED, JSON_SCALAR_STYLE -> Tree.Style.DOUBLE_QUOTED;
      case LITERAL -> Tree.Style.LITERAL;
      case FOLDED -> Tree.Style.FOLDED;
      default -> Tree.Style.PLAIN;
    };
  }

  /** Adds a finished node to its parent; false after reporting a problem that ends parsing. */
  private boolean add(Open parent, Node node) {
    if (!parent.mapping) {
      parent.items.add(node);
      return true;
    }
    if (parent.pendingKey == null) {
      // Only scalars get here: collection keys are refused when they start.
      Scalar key = (Scalar) node;
      if (key.isNull()) {
        problems.add(key.pos(), "keys must not be empty");
        return false;
      }
      parent.pendingKey = key;
      return true;
    }
    Scalar key = parent.pendingKey;
    parent.pendingKey = null;
    Optional<Scalar> first = parent.key(key.value());
    if (first.isPresent()) {
      problems.add(
          key.pos(),
          "duplicate key " + NodeValues.quote(key.value()) + " (first given at line " + first.get().line() + ")");
      return true;
    }
    parent.put(key, node);
    return true;
  }

  private static Pos pos(Mark mark) {
    return new Pos(mark.getLine() + 1, mark.getColumn() + 1);
  }
}
