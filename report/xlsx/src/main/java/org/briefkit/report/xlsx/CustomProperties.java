package org.briefkit.report.xlsx;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's custom document properties ({@code docProps/custom.xml}), where BriefKit
 * records its workbook format and the columns of its tables: each property's value by name, with
 * the type it was written as ({@code i4}, {@code lpwstr}...). A name given twice counts where
 * first given.
 */
final class CustomProperties extends DefaultHandler {
  /** A property's value: its type (the value element's name, as {@code i4}) and its text. */
  record Value(String type, String text) {}

  private final Map<String, Value> values = new LinkedHashMap<>();
  private final StringBuilder text = new StringBuilder();
  private String property;
  private String type;

  /** The properties of a workbook that has none. */
  static CustomProperties none() {
    return new CustomProperties();
  }

  /** The value of the property {@code name}, if there is one. */
  Optional<Value> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    if (localName.equals("property")) {
      property = atts.getValue("name");
      type = null;
    } else if (property != null && type == null) {
      type = localName;
      text.setLength(0);
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    if (localName.equals("property")) {
      property = null;
    } else if (property != null && localName.equals(type)) {
      values.putIfAbsent(property, new Value(type, text.toString()));
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (type != null && property != null) {
      text.append(ch, start, length);
    }
  }
}
