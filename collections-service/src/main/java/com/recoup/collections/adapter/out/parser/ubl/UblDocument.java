package com.recoup.collections.adapter.out.parser.ubl;

import com.helger.ubl21.UBL21Marshaller.UBL21JAXBMarshaller;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BillingReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.OrderReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentMeansType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentTermsType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ResponseType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NoteType;
import oasis.names.specification.ubl.schema.xsd.creditnote_21.CreditNoteType;
import oasis.names.specification.ubl.schema.xsd.freightinvoice_21.FreightInvoiceType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;
import oasis.names.specification.ubl.schema.xsd.unqualifieddatatypes_21.DateType;
import oasis.names.specification.ubl.schema.xsd.unqualifieddatatypes_21.IdentifierType;

/**
 * What the ledger needs from one UBL invoice or credit note, whichever of the UBL document types it
 * came from. The due date is the document's DueDate, else the first PaymentMeans or PaymentTerms
 * PaymentDueDate; it is null when the document states none.
 */
record UblDocument(
    Kind kind,
    String number,
    LocalDate issueDate,
    LocalDate dueDate,
    String documentCurrency,
    BigDecimal payableAmount,
    String payableCurrency,
    CustomerPartyType buyer,
    String purchaseOrder,
    String invoiceReference,
    String reason,
    List<String> paymentIds) {

  enum Kind {
    INVOICE,
    CREDIT_NOTE
  }

  static UblDocument ofInvoice(
      UBL21JAXBMarshaller<InvoiceType> marshaller, UblDocumentParser.Binding binding) {
    InvoiceType t = binding.lenient(marshaller).read(binding.xml());
    if (t == null) {
      return null;
    }
    LocalDate stated = date(t.getDueDate());
    return new UblDocument(
        Kind.INVOICE,
        value(t.getID()),
        date(t.getIssueDate()),
        stated != null ? stated : dueDateOf(t.getPaymentMeans(), t.getPaymentTerms()),
        t.getDocumentCurrencyCodeValue(),
        payable(t.getLegalMonetaryTotal()),
        payableCurrency(t.getLegalMonetaryTotal()),
        t.getAccountingCustomerParty(),
        order(t.getOrderReference()),
        null,
        null,
        paymentIds(t.getPaymentMeans()));
  }

  static UblDocument ofCreditNote(
      UBL21JAXBMarshaller<CreditNoteType> marshaller, UblDocumentParser.Binding binding) {
    CreditNoteType t = binding.lenient(marshaller).read(binding.xml());
    if (t == null) {
      return null;
    }
    return new UblDocument(
        Kind.CREDIT_NOTE,
        value(t.getID()),
        date(t.getIssueDate()),
        dueDateOf(t.getPaymentMeans(), t.getPaymentTerms()),
        t.getDocumentCurrencyCodeValue(),
        payable(t.getLegalMonetaryTotal()),
        payableCurrency(t.getLegalMonetaryTotal()),
        t.getAccountingCustomerParty(),
        order(t.getOrderReference()),
        invoiceReferenceOf(t.getBillingReference()),
        reasonOf(t.getDiscrepancyResponse(), t.getNote()),
        paymentIds(t.getPaymentMeans()));
  }

  static UblDocument ofFreightInvoice(
      UBL21JAXBMarshaller<FreightInvoiceType> marshaller, UblDocumentParser.Binding binding) {
    FreightInvoiceType t = binding.lenient(marshaller).read(binding.xml());
    if (t == null) {
      return null;
    }
    return new UblDocument(
        Kind.INVOICE,
        value(t.getID()),
        date(t.getIssueDate()),
        dueDateOf(t.getPaymentMeans(), t.getPaymentTerms()),
        t.getDocumentCurrencyCodeValue(),
        payable(t.getLegalMonetaryTotal()),
        payableCurrency(t.getLegalMonetaryTotal()),
        t.getAccountingCustomerParty(),
        order(t.getOrderReference()),
        null,
        null,
        paymentIds(t.getPaymentMeans()));
  }

  /** The document currency, else the currency the payable amount is stated in. */
  String currency() {
    return documentCurrency != null && !documentCurrency.isBlank()
        ? documentCurrency.strip()
        : payableCurrency;
  }

  private static LocalDate dueDateOf(List<PaymentMeansType> means, List<PaymentTermsType> terms) {
    return Stream.concat(
            means.stream().map(m -> date(m.getPaymentDueDate())),
            terms.stream().map(t -> date(t.getPaymentDueDate())))
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  private static List<String> paymentIds(List<PaymentMeansType> means) {
    return means.stream()
        .flatMap(m -> m.getPaymentID().stream())
        .map(UblDocument::value)
        .filter(Objects::nonNull)
        .toList();
  }

  private static BigDecimal payable(MonetaryTotalType total) {
    return total == null || total.getPayableAmount() == null
        ? null
        : total.getPayableAmount().getValue();
  }

  private static String payableCurrency(MonetaryTotalType total) {
    return total == null || total.getPayableAmount() == null
        ? null
        : total.getPayableAmount().getCurrencyID();
  }

  private static String order(OrderReferenceType order) {
    return order == null ? null : value(order.getID());
  }

  private static String invoiceReferenceOf(List<BillingReferenceType> references) {
    return references.stream()
        .filter(r -> r.getInvoiceDocumentReference() != null)
        .map(r -> value(r.getInvoiceDocumentReference().getID()))
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  private static String reasonOf(List<ResponseType> responses, List<NoteType> notes) {
    return Stream.concat(
            responses.stream().flatMap(r -> r.getDescription().stream()).map(d -> d.getValue()),
            notes.stream().map(NoteType::getValue))
        .filter(Objects::nonNull)
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .findFirst()
        .orElse(null);
  }

  static String value(IdentifierType id) {
    if (id == null || id.getValue() == null) {
      return null;
    }
    String value = id.getValue().strip();
    return value.isEmpty() ? null : value;
  }

  private static LocalDate date(DateType date) {
    return date == null ? null : date.getValueLocal();
  }
}
