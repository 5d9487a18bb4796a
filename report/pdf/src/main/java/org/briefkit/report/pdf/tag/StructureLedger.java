package org.briefkit.report.pdf.tag;

import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the structure tree out as it is finished, so that its memory does not grow with the
 * brief (an annex of 100,000 rows has half a million elements). OpenPDF writes the whole tree
 * when the document closes; here an element goes out once nothing more can be added to it: a
 * leaf once a page has passed since its content was last shown (content is shown in the order it
 * is declared, and a split table row runs onto one page more), a container once it is closed
 * and all its children are out. In its parent it leaves its reference behind.
 */
final class StructureLedger {
  private final PdfWriter writer;
  private final Map<PdfStructureElement, Node> nodes = new IdentityHashMap<>();
  private final ArrayDeque<Node> order = new ArrayDeque<>();

  /** What is known of an element not yet written. */
  static final class Node {
    final PdfStructureElement element;
    final Node parent;
    final int index;
    final List<PdfDictionary> objects = new ArrayList<>();
    final List<Runnable> onWrite = new ArrayList<>();
    int open;
    boolean container;
    boolean closed;
    int lastPage;

    Node(PdfStructureElement element, Node parent, int index, int page) {
      this.element = element;
      this.parent = parent;
      this.index = index;
      this.lastPage = page;
    }
  }

  StructureLedger(PdfWriter writer) {
    this.writer = writer;
  }

  /**
   * Records {@code element}, just made under {@code parent} on {@code page}. The Document element,
   * the parent of the rest, is not recorded: OpenPDF writes it.
   */
  Node declared(PdfStructureElement element, PdfStructureElement parent, int page) {
    Node up = nodes.get(parent);
    int index = ((PdfArray) parent.get(PdfName.K)).size() - 1;
    if (up != null) {
      up.open++;
      up.container = true;
    }
    Node n = new Node(element, up, index, page);
    nodes.put(element, n);
    order.addLast(n);
    return n;
  }

  /** The node of {@code element}, made by {@link #declared}. */
  Node node(PdfStructureElement element) {
    Node n = nodes.get(element);
    if (n == null) {
      throw new IllegalStateException("no element " + element.get(PdfName.S) + " is being built");
    }
    return n;
  }

  /** Notes that content of {@code n}'s element was shown on {@code page}. */
  static void shown(Node n, int page) {
    n.lastPage = Math.max(n.lastPage, page);
  }

  /** Says that {@code container} gets no more children; it is written once they are. */
  void close(PdfStructureElement container) {
    Node n = nodes.get(container);
    if (n == null) {
      return;
    }
    n.closed = true;
    n.container = true;
    if (n.open == 0) {
      write(n);
    }
  }

  /** Keeps {@code objectReference} (an annotation's OBJR) for {@code n}'s element, added when it is written. */
  static void object(Node n, PdfDictionary objectReference) {
    n.objects.add(objectReference);
  }

  /** Page {@code ended} is finished: writes the leaves whose content ended at least a page before it. */
  void pageEnded(int ended) {
    while (!order.isEmpty()) {
      Node n = order.peekFirst();
      if (n.container) {
        order.pollFirst();
        continue;
      }
      if (n.lastPage >= ended - 1) {
        return;
      }
      order.pollFirst();
      write(n);
    }
  }

  /** Adds the annotations of the elements not yet written; OpenPDF writes those itself, at the end. */
  void finish() {
    for (Node n : nodes.values()) {
      attachObjects(n);
    }
  }

  private void write(Node n) {
    attachObjects(n);
    try {
      writer.addToBody(n.element, n.element.getReference());
    } catch (IOException e) {
      throw new ExceptionConverter(e);
    }
    nodes.remove(n.element);
    n.onWrite.forEach(Runnable::run);
    ((PdfArray) n.element.getParent().get(PdfName.K)).set(n.index, n.element.getReference());
    Node up = n.parent;
    if (up != null && --up.open == 0 && up.closed) {
      write(up);
    }
  }

  /** Adds {@code n}'s annotations after its marked content, as OpenPDF wants its references first. */
  private static void attachObjects(Node n) {
    if (n.objects.isEmpty()) {
      return;
    }
    PdfObject k = n.element.get(PdfName.K);
    PdfArray kids;
    if (k == null) {
      kids = new PdfArray();
    } else if (k.isArray()) {
      kids = (PdfArray) k;
    } else {
      kids = new PdfArray();
      kids.add(k);
    }
    n.objects.forEach(kids::add);
    n.element.put(PdfName.K, kids);
    n.objects.clear();
  }
}
