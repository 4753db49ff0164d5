package com.recoup.collections.adapter.out.parser.ubl;

import com.helger.diagnostics.error.list.ErrorList;
import com.helger.jaxb.GenericJAXBMarshaller;
import com.helger.ubl21.UBL21Marshaller;
import com.recoup.collections.adapter.out.parser.SafeXml;
import com.recoup.collections.application.port.out.DocumentParser;
import com.recoup.collections.application.port.out.ParsedRecord;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads UBL 2.1 invoices and credit notes, PEPPOL BIS Billing 3.0 included (it is UBL 2.1), with
 * ph-ubl: each document gives its buyer as a customer record and itself as an invoice or credit
 * note record. The XML is parsed by {@link SafeXml} first, so that no DOCTYPE ever reaches JAXB,
 * and its root must be a UBL Invoice, CreditNote or FreightInvoice.
 */
@ApplicationScoped
public class UblDocumentParser implements DocumentParser {

  static final String UBL_NAMESPACE_PREFIX = "urn:oasis:names:specification:ubl:schema:xsd:";

  @Override
  public String format() {
    return "ubl";
  }

  @Override
  public void parse(InputStream content, ParseOptions options, Consumer<ParsedRecord> sink) {
    Document xml = SafeXml.parseDocument(content);
    UblDocument document = bind(xml);
    Log.debugf("ubl document read kind=%s number=%s", document.kind(), document.number());
    UblRecords.of(document).forEach(sink);
  }

  private static UblDocument bind(Document xml) {
    Element root = xml.getDocumentElement();
    String namespace = root.getNamespaceURI() == null ? "" : root.getNamespaceURI();
    String name = root.getLocalName();
    if (!namespace.startsWith(UBL_NAMESPACE_PREFIX)) {
      throw new UnreadableFileException(
          "not a UBL document: the root element is {%s}%s".formatted(namespace, name));
    }
    return switch (namespace.substring(UBL_NAMESPACE_PREFIX.length())) {
      case "Invoice-2" ->
          read(xml, "Invoice", d -> UblDocument.ofInvoice(UBL21Marshaller.invoice(), d), namespace);
      case "CreditNote-2" ->
          read(
              xml,
              "CreditNote",
              d -> UblDocument.ofCreditNote(UBL21Marshaller.creditNote(), d),
              namespace);
      case "FreightInvoice-2" ->
          read(
              xml,
              "FreightInvoice",
              d -> UblDocument.ofFreightInvoice(UBL21Marshaller.freightInvoice(), d),
              namespace);
      default -> throw notAnInvoice(name);
    };
  }

  private static UnreadableFileException notAnInvoice(String name) {
    return new UnreadableFileException(
        ("a UBL %s is not an invoice or a credit note; only Invoice, CreditNote and FreightInvoice"
                + " can be imported")
            .formatted(name));
  }

  private static UblDocument read(
      Document xml, String kind, Function<Binding, UblDocument> reader, String namespace) {
    ErrorList errors = new ErrorList();
    UblDocument document = reader.apply(new Binding(xml, errors));
    if (document == null) {
      String reasons =
          errors.stream()
              .limit(3)
              .map(e -> e.getAsString(java.util.Locale.ROOT))
              .collect(Collectors.joining("; "));
      throw new UnreadableFileException(
          "not a valid UBL 2.1 %s (%s): %s".formatted(kind, namespace, reasons));
    }
    return document;
  }

  /**
   * The DOM to bind and the list that collects the errors of binding it. Binding does not validate
   * against the UBL schema: real documents (the PEPPOL Greek national example among them) put
   * elements out of schema order, and the ledger needs only a few fields, each checked by {@link
   * UblRecords} with a reason when missing.
   */
  record Binding(Document xml, ErrorList errors) {

    <T> GenericJAXBMarshaller<T> lenient(GenericJAXBMarshaller<T> marshaller) {
      return marshaller.setUseSchema(false).setCollectErrors(errors);
    }
  }
}
