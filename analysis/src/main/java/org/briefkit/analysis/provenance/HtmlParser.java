package org.briefkit.analysis.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML into blocks, parsed as browsers do (by jsoup, an HTML5 parser: real pages are seldom
 * well-formed, and their entities are many): {@code h1}–{@code h6} are headings with their
 * levels; every run of text between block boundaries is a paragraph, so {@code p}, {@code li},
 * {@code blockquote}, {@code pre}, {@code dt}, {@code dd}, {@code figcaption}, table cells and
 * text loose in a {@code div} each make one. The head, scripts, styles, navigation and other
 * content that is not read ({@code noscript}, {@code template}, {@code svg}, {@code iframe}) are
 * left out. Entities are decoded; whitespace is collapsed as a browser shows it, except in
 * {@code pre}; {@code br} is a line break.
 */
final class HtmlParser {
  private static final Set<String> DROPPED =
      Set.of("head", "script", "style", "nav", "noscript", "template", "svg", "iframe", "object");
  private static final Set<String> BLOCKS =
      Set.of(
          "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
          "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header",
          "hgroup", "hr", "html", "legend", "li", "main", "menu", "ol", "p", "pre", "section",
          "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

  private HtmlParser() {}

  /** The blocks of a whole HTML document. */
  static List<Block> parse(String html) {
    return blocks(Jsoup.parse(html));
  }

  /** The blocks of a fragment of HTML (an HTML block in Markdown). */
  static List<Block> parseFragment(String html) {
    return blocks(Jsoup.parseBodyFragment(html));
  }

  private static List<Block> blocks(Document d) {
    for (String name : DROPPED) {
      d.getElementsByTag(name).remove();
    }
    Walk w = new Walk();
    w.children(d.body() != null ? d.body() : d, false);
    w.flush();
    return w.blocks;
  }

  /** One walk over a document, gathering the text run since the last block boundary. */
  private static final class Walk {
    final List<Block> blocks = new ArrayList<>();
    final StringBuilder run = new StringBuilder();

    void children(Element e, boolean pre) {
      for (Node n : e.childNodes()) {
        if (n instanceof TextNode t) {
          text(t.getWholeText(), pre);
        } else if (n instanceof Element c) {
          element(c, pre);
        }
      }
    }

    void element(Element c, boolean pre) {
      String name = c.normalName();
      if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
        flush();
        children(c, pre);
        String text = take();
        if (Blocks.hasWords(text)) {
          blocks.add(Block.heading(name.charAt(1) - '0', text, 1));
        }
      } else if (name.equals("br")) {
        run.append('\n');
      } else if (name.equals("img")) {
        return;
      } else if (BLOCKS.contains(name)) {
        flush();
        children(c, pre || name.equals("pre"));
        flush();
      } else {
        children(c, pre);
      }
    }

    void text(String s, boolean pre) {
      if (pre) {
        run.append(s);
        return;
      }
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        boolean space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f';
        if (!space) {
          run.append(ch);
        } else if (run.length() > 0 && run.charAt(run.length() - 1) != ' ' && run.charAt(run.length() - 1) != '\n') {
          run.append(' ');
        }
      }
    }

    String take() {
      String text = Blocks.tidy(run.toString());
      run.setLength(0);
      return text;
    }

    void flush() {
      String text = take();
      if (Blocks.hasWords(text)) {
        blocks.add(Block.paragraph(text, 1));
      }
    }
  }
}
