package org.briefkit.report.xlsx;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses the XML parts of a workbook's package as streams, securely: no document type
 * declaration, so no entities of the file's own and nothing fetched from outside. Small parts
 * are parsed with a handler (SAX), worksheets pulled row by row (StAX). The JDK's own parsers
 * are used, whatever else is on the class path, each configured for itself: nothing is set
 * process-wide.
 */
final class XmlParts {
  private XmlParts() {}

  private static SAXParserFactory sax() {
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
      return f;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's XML parser refuses a secure configuration", e);
    }
  }

  private static XMLInputFactory stax() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    return f;
  }

  /**
   * Parses {@code in}, the part described as {@code what} (e.g. "xl/styles.xml (the styles)"),
   * with {@code handler}.
   *
   * @throws DamagedPartException if the part is not well-formed XML or cannot be unpacked
   */
  static void parse(InputStream in, String what, DefaultHandler handler) {
    try {
      // A factory per part: factories are not thread-safe, and one shared would need a lock.
      SAXParser parser = sax().newSAXParser();
      parser.parse(in, handler);
    } catch (SAXParseException e) {
      throw DamagedPartException.in(what, "is not well-formed XML"
          + (e.getLineNumber() > 0 ? " (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ")" : ""));
    } catch (SAXException | ParserConfigurationException e) {
      throw DamagedPartException.in(what, "cannot be read as XML");
    } catch (IOException e) {
      throw DamagedPartException.in(what, "cannot be unpacked");
    } catch (DamagedPartException e) {
      throw e;
    } catch (RuntimeException e) {
      // What a hostile part provokes in the parser is still the part's problem, told in our words.
      throw DamagedPartException.in(what, "cannot be read as XML", e);
    }
  }

  /** A pull parser over {@code in}, the part described as {@code what}. */
  static XMLStreamReader stream(InputStream in, String what) {
    try {
      return stax().createXMLStreamReader(in); // a factory per part, as above
    } catch (XMLStreamException e) {
      throw damaged(what, e);
    }
  }

  /** The damage a pull parser found in the part {@code what}, in BriefKit's words. */
  static DamagedPartException damaged(String what, XMLStreamException e) {
    if (e.getNestedException() instanceof IOException || e.getCause() instanceof IOException) {
      return DamagedPartException.in(what, "cannot be unpacked");
    }
    Location at = e.getLocation();
    return DamagedPartException.in(what, "is not well-formed XML"
        + (at != null && at.getLineNumber() > 0 ? " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")" : ""));
  }
}
