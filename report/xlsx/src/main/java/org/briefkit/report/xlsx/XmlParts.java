package org.briefkit.report.xlsx;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses the XML parts of a workbook's package as a stream of elements (SAX), securely: no
 * document type declaration, so no entities of the file's own and nothing fetched from outside.
 * The JDK's own parser is used, whatever else is on the class path; nothing is set process-wide.
 */
final class XmlParts {
  /** Thrown by a handler that has read what it needs: the rest of the part is not parsed. */
  static final class Enough extends SAXException {
    private static final long serialVersionUID = 1L;

    Enough() {
      super("read enough");
    }
  }

  private final SAXParser parser;

  XmlParts() {
    try {
      SAXParserFactory f = SAXParserFactory.newDefaultInstance();
      f.setNamespaceAware(true);
      f.setValidating(false);
      f.setXIncludeAware(false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      parser = f.newSAXParser();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's XML parser refuses a secure configuration", e);
    }
  }

  /**
   * Parses {@code in}, the part described as {@code what} (e.g. "xl/worksheets/sheet2.xml, the
   * sheet Motivations"), with {@code handler}, which may stop early by throwing {@link Enough}.
   *
   * @throws DamagedPartException if the part is not well-formed XML or cannot be unpacked
   */
  void parse(InputStream in, String what, DefaultHandler handler) {
    try {
      parser.reset();
      parser.parse(in, handler);
    } catch (Enough e) {
      // The handler has what it needs.
    } catch (SAXParseException e) {
      throw new DamagedPartException("its part " + what + " is not well-formed XML"
          + (e.getLineNumber() > 0 ? " (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ")" : ""));
    } catch (SAXException e) {
      throw new DamagedPartException("its part " + what + " cannot be read as XML");
    } catch (IOException e) {
      throw new DamagedPartException("its part " + what + " cannot be unpacked");
    } catch (DamagedPartException e) {
      throw e;
    } catch (RuntimeException e) {
      // What a hostile part provokes in the parser is still the part's problem, told in our words.
      throw new DamagedPartException("its part " + what + " cannot be read as XML");
    }
  }
}
