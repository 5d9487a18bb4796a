package org.briefkit.analysis.provenance;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown into blocks, parsed as CommonMark (by commonmark-java, the reference parser's Java
 * port, rather than by rules of our own that would differ from it at the edges): ATX and setext
 * headings with their levels; paragraphs; each list item one paragraph (a nested list's items
 * their own); each paragraph of a block quote; a code block one paragraph; an HTML block as HTML
 * ({@link HtmlParser}). YAML front matter ({@code ---} lines at the very start) is skipped.
 * Inline markup is left out so that quotes compare on the words: emphasis, the text of links,
 * code spans as their code; images and inline HTML tags are dropped.
 */
final class MarkdownParser {
  private static final Parser PARSER = Parser.builder().build();

  private MarkdownParser() {}

  /** The blocks of {@code text}, whose line ends are {@code \n}. */
  static List<Block> parse(String text) {
    List<Block> blocks = new ArrayList<>();
    blocks(PARSER.parse(withoutFrontMatter(text)), blocks);
    return blocks;
  }

  /** {@code text} without a YAML front matter: from a first line {@code ---} to the next {@code ---} or {@code ...}. */
  static String withoutFrontMatter(String text) {
    if (!text.startsWith("---\n")) {
      return text;
    }
    int at = 4;
    while (at <= text.length()) {
      int end = text.indexOf('\n', at);
      String line = (end < 0 ? text.substring(at) : text.substring(at, end)).stripTrailing();
      if (line.equals("---") || line.equals("...")) {
        return end < 0 ? "" : text.substring(end + 1);
      }
      if (end < 0) {
        break;
      }
      at = end + 1;
    }
    return text;
  }

  private static void blocks(Node parent, List<Block> out) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      block(n, out);
    }
  }

  private static void block(Node n, List<Block> out) {
    if (n instanceof Heading h) {
      add(out, Block.heading(h.getLevel(), inline(h), 1));
    } else if (n instanceof Paragraph) {
      add(out, Block.paragraph(inline(n), 1));
    } else if (n instanceof ListItem) {
      item(n, out);
    } else if (n instanceof FencedCodeBlock c) {
      add(out, Block.paragraph(c.getLiteral().stripTrailing(), 1));
    } else if (n instanceof IndentedCodeBlock c) {
      add(out, Block.paragraph(c.getLiteral().stripTrailing(), 1));
    } else if (n instanceof HtmlBlock html) {
      out.addAll(HtmlParser.parseFragment(html.getLiteral()));
    } else if (!(n instanceof ThematicBreak) && !(n instanceof LinkReferenceDefinition)) {
      blocks(n, out); // the document, block quotes, lists
    }
  }

  /** A list item: its own paragraphs are one block; what else it holds (a nested list) follows. */
  private static void item(Node item, List<Block> out) {
    StringBuilder text = new StringBuilder();
    List<Block> rest = new ArrayList<>();
    for (Node n = item.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Paragraph) {
        text.append(text.length() == 0 ? "" : "\n").append(inline(n));
      } else {
        block(n, rest);
      }
    }
    add(out, Block.paragraph(text.toString(), 1));
    out.addAll(rest);
  }

  private static void add(List<Block> out, Block b) {
    String text = Blocks.tidy(b.text());
    if (Blocks.hasWords(text)) {
      out.add(new Block(b.heading(), b.level(), text, b.page()));
    }
  }

  /** The text of an inline container, markup left out, line breaks kept. */
  private static String inline(Node parent) {
    StringBuilder b = new StringBuilder();
    inline(parent, b);
    return b.toString();
  }

  private static void inline(Node parent, StringBuilder b) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text t) {
        b.append(t.getLiteral());
      } else if (n instanceof Code c) {
        b.append(c.getLiteral());
      } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        b.append('\n');
      } else if (n instanceof Image || n instanceof HtmlInline) {
        continue;
      } else {
        inline(n, b);
      }
    }
  }
}
