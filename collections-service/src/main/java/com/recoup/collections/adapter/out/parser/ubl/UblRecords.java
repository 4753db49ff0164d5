package com.recoup.collections.adapter.out.parser.ubl;

import com.recoup.collections.application.port.in.IssueInvoiceCommand;
import com.recoup.collections.application.port.in.UpsertCustomerCommand;
import com.recoup.collections.application.port.out.ParsedRecord;
import com.recoup.collections.domain.ledger.CreditorReference;
import com.recoup.collections.domain.ledger.Customer;
import com.recoup.collections.domain.ledger.CustomerNumber;
import com.recoup.kernel.domain.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AddressType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;

/**
 * Turns one UBL document into ledger records: the buyer as a customer, then the invoice or credit
 * note. The customer number is, in this order, the buyer's SupplierAssignedAccountID (the number
 * the seller's ERP gave it), its PartyIdentification, its EndpointID, its legal-entity CompanyID. A
 * document that states no due date is taken as due on its issue date. A PaymentMeans PaymentID that
 * is a valid ISO 11649 reference becomes the invoice's creditor reference.
 */
final class UblRecords {

  private UblRecords() {}

  static List<ParsedRecord> of(UblDocument d) {
    String position =
        (d.kind() == UblDocument.Kind.INVOICE ? "Invoice " : "CreditNote ") + d.number();
    Optional<String> missing = missingField(d);
    if (missing.isPresent()) {
      return List.of(new ParsedRecord.Rejected(position, missing.get()));
    }
    Money amount;
    try {
      amount = Money.of(d.payableAmount(), d.currency());
    } catch (IllegalArgumentException invalid) {
      return List.of(
          new ParsedRecord.Rejected(position, "payable amount: " + invalid.getMessage()));
    }
    Optional<String> customerNumber = customerNumberOf(d.buyer());
    if (customerNumber.isEmpty()) {
      return List.of(
          new ParsedRecord.Rejected(
              position,
              "%s (payable %s) names no buyer identifier that can be a customer number"
                      .formatted(position, amount)
                  + " (SupplierAssignedAccountID, PartyIdentification, EndpointID or CompanyID)"));
    }

    List<ParsedRecord> records = new ArrayList<>();
    records.add(customerRecord(position + " buyer", d, customerNumber.get()));
    records.add(documentRecord(position, d, customerNumber.get(), amount));
    return records;
  }

  private static Optional<String> missingField(UblDocument d) {
    if (d.number() == null) {
      return Optional.of("the document has no cbc:ID");
    }
    if (d.issueDate() == null) {
      return Optional.of("the document has no cbc:IssueDate");
    }
    if (d.payableAmount() == null) {
      return Optional.of("the document has no LegalMonetaryTotal/PayableAmount");
    }
    if (d.currency() == null) {
      return Optional.of("the document states no currency");
    }
    return Optional.empty();
  }

  private static ParsedRecord documentRecord(
      String position, UblDocument d, String customerNumber, Money amount) {
    if (d.kind() == UblDocument.Kind.CREDIT_NOTE) {
      return new ParsedRecord.CreditNoteRecord(
          position,
          d.number(),
          customerNumber,
          d.invoiceReference(),
          d.issueDate(),
          amount,
          d.reason());
    }
    return new ParsedRecord.InvoiceRecord(
        position,
        new IssueInvoiceCommand(
            d.number(),
            customerNumber,
            d.issueDate(),
            dueDateOf(d),
            amount,
            null,
            d.purchaseOrder(),
            creditorReferenceOf(d.paymentIds())));
  }

  private static LocalDate dueDateOf(UblDocument d) {
    return d.dueDate() == null ? d.issueDate() : d.dueDate();
  }

  private static String creditorReferenceOf(List<String> paymentIds) {
    for (String id : paymentIds) {
      try {
        return CreditorReference.parse(id).value();
      } catch (IllegalArgumentException notAReference) {
        // A PaymentID is often a plain payment reference; only an ISO 11649 one is kept.
      }
    }
    return null;
  }

  private static ParsedRecord customerRecord(String position, UblDocument d, String number) {
    PartyType party = d.buyer().getParty();
    try {
      Customer customer =
          new Customer(
              new CustomerNumber(number),
              nameOf(party),
              countryOf(party),
              Money.currencyOf(d.currency()),
              termsDays(d),
              null,
              null,
              false);
      return new ParsedRecord.CustomerRecord(position, new UpsertCustomerCommand(customer), true);
    } catch (IllegalArgumentException incomplete) {
      return new ParsedRecord.Rejected(position, "buyer: " + incomplete.getMessage());
    }
  }

  /** The buyer's terms as the days from issue to due date, 0 when the document states none. */
  private static int termsDays(UblDocument d) {
    if (d.dueDate() == null) {
      return 0;
    }
    long days = ChronoUnit.DAYS.between(d.issueDate(), d.dueDate());
    return days < 0 || days > 365 ? 0 : (int) days;
  }

  static Optional<String> customerNumberOf(CustomerPartyType buyer) {
    if (buyer == null) {
      return Optional.empty();
    }
    PartyType party = buyer.getParty();
    Stream<String> fromParty =
        party == null
            ? Stream.empty()
            : Stream.of(
                    party.getPartyIdentification().stream().map(p -> UblDocument.value(p.getID())),
                    Stream.of(UblDocument.value(party.getEndpointID())),
                    party.getPartyLegalEntity().stream()
                        .map(l -> UblDocument.value(l.getCompanyID())))
                .flatMap(s -> s);
    return Stream.concat(
            Stream.of(UblDocument.value(buyer.getSupplierAssignedAccountID())), fromParty)
        .filter(Objects::nonNull)
        .filter(UblRecords::isCustomerNumber)
        .findFirst();
  }

  private static boolean isCustomerNumber(String candidate) {
    try {
      new CustomerNumber(candidate);
      return true;
    } catch (IllegalArgumentException notOne) {
      return false;
    }
  }

  private static String nameOf(PartyType party) {
    if (party == null) {
      return null;
    }
    return Stream.concat(
            party.getPartyName().stream().map(n -> n.getName() == null ? null : n.getNameValue()),
            party.getPartyLegalEntity().stream()
                .map(l -> l.getRegistrationName() == null ? null : l.getRegistrationNameValue()))
        .filter(Objects::nonNull)
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .findFirst()
        .orElse(null);
  }

  private static String countryOf(PartyType party) {
    AddressType address = party == null ? null : party.getPostalAddress();
    if (address == null || address.getCountry() == null) {
      return null;
    }
    String code = address.getCountry().getIdentificationCodeValue();
    return code == null ? null : code.strip();
  }
}
