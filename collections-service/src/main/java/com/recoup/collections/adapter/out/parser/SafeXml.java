package com.recoup.collections.adapter.out.parser;

import com.recoup.collections.application.port.out.DocumentParser.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The only way import files are read as XML: no DOCTYPE at all (so no external entity, no entity
 * expansion bomb, no network or file access), secure processing limits on, and every failure turned
 * into an {@link UnreadableFileException} with a reason a person can act on.
 */
public final class SafeXml {

  private static final String DISALLOW_DOCTYPE =
      "http://apache.org/xml/features/disallow-doctype-decl";

  private SafeXml() {}

  /** Reads a whole (small) document into a DOM, refusing any DOCTYPE declaration. */
  public static Document parseDocument(InputStream content) {
    try {
      return documentBuilder().parse(content);
    } catch (SAXException e) {
      throw new UnreadableFileException(reasonOf(e.getMessage()), e);
    } catch (IOException e) {
      throw new UnreadableFileException("the file could not be read: " + e.getMessage(), e);
    }
  }

  /** A streaming reader for large files; {@link #refuseDoctype} must see each DTD event. */
  public static XMLStreamReader streamReader(InputStream content) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    try {
      return factory.createXMLStreamReader(content);
    } catch (XMLStreamException e) {
      throw unreadable(e);
    }
  }

  /** Refuses the file when the stream reader meets a DOCTYPE or an entity reference. */
  public static void refuseDoctype(int event) {
    if (event == XMLStreamReader.DTD || event == XMLStreamReader.ENTITY_REFERENCE) {
      throw new UnreadableFileException(
          "the XML declares a DOCTYPE or uses entities, which import files may not");
    }
  }

  public static UnreadableFileException unreadable(XMLStreamException e) {
    return new UnreadableFileException(reasonOf(e.getMessage()), e);
  }

  private static String reasonOf(String parserMessage) {
    String message = parserMessage == null ? "" : parserMessage;
    if (message.contains("DOCTYPE") || message.contains("disallow-doctype-decl")) {
      return "the XML declares a DOCTYPE, which import files may not (no external entities,"
          + " no entity expansion)";
    }
    return "the file is not well-formed XML: " + message;
  }

  private static DocumentBuilder documentBuilder() {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    try {
      factory.setFeature(DISALLOW_DOCTYPE, true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setNamespaceAware(true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler());
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be hardened", e);
    }
  }
}
