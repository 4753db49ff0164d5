package com.recoup.collections.adapter.out.parser.camt;

import com.recoup.collections.adapter.out.parser.BankReferences;
import com.recoup.collections.application.port.in.ReceivePaymentCommand;
import com.recoup.collections.application.port.out.ParsedRecord;
import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns one camt entry into records. A booked credit is money a customer paid us: one payment per
 * transaction when a batch booking itemises them with amounts that add up to the entry, else one
 * payment of the entry's amount. Debits, reversals and entries not yet booked are not customer
 * payments and are reported as rejected with that reason. The payments name no customer: cash
 * application finds it from the invoices the remittance names.
 */
final class CamtRecords {

  static final String NOT_PROVIDED = "NOTPROVIDED";

  private CamtRecords() {}

  static List<ParsedRecord> of(CamtEntry e) {
    String position = "Stmt %s Ntry %d".formatted(e.statementId(), e.index());
    if (!e.credit()) {
      return List.of(new ParsedRecord.Rejected(position, "debit entry, not a customer payment"));
    }
    if (e.reversal()) {
      return List.of(new ParsedRecord.Rejected(position, "reversal entry, not a customer payment"));
    }
    if (!e.isBooked()) {
      return List.of(
          new ParsedRecord.Rejected(
              position, "entry with status %s is not booked yet".formatted(e.status())));
    }
    if (itemised(e)) {
      List<ParsedRecord> records = new ArrayList<>();
      for (int i = 0; i < e.transactions().size(); i++) {
        CamtEntry.Transaction t = e.transactions().get(i);
        String at = position + " TxDtls " + (i + 1);
        records.add(payment(at, e, t.amount(), t.currency(), List.of(t), reference(e, t, i)));
      }
      return records;
    }
    return List.of(
        payment(position, e, e.amount(), e.currency(), e.transactions(), reference(e, null, -1)));
  }

  /** A batch whose transactions all state amounts in the entry's currency adding up to it. */
  private static boolean itemised(CamtEntry e) {
    List<CamtEntry.Transaction> txs = e.transactions();
    if (txs.size() < 2 || e.amount() == null) {
      return false;
    }
    boolean allStated =
        txs.stream()
            .allMatch(t -> t.amount() != null && Objects.equals(t.currency(), e.currency()));
    return allStated
        && txs.stream()
                .map(CamtEntry.Transaction::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(e.amount())
            == 0;
  }

  private static ParsedRecord payment(
      String position,
      CamtEntry e,
      BigDecimal amount,
      String currency,
      List<CamtEntry.Transaction> txs,
      String reference) {
    if (amount == null || currency == null) {
      return new ParsedRecord.Rejected(position, "the entry states no readable amount");
    }
    if (e.valueDate() == null && e.bookingDate() == null) {
      return new ParsedRecord.Rejected(position, "the entry states no value or booking date");
    }
    Money money;
    try {
      money = Money.of(amount, currency);
    } catch (IllegalArgumentException invalid) {
      return new ParsedRecord.Rejected(position, invalid.getMessage());
    }
    CamtEntry.Transaction only = txs.size() == 1 ? txs.get(0) : null;
    return new ParsedRecord.PaymentRecord(
        position,
        new ReceivePaymentCommand(
            reference,
            null,
            e.valueDate() != null ? e.valueDate() : e.bookingDate(),
            money,
            null,
            remittanceOf(e, txs),
            List.of(),
            only == null ? null : endToEndIdOf(only),
            only == null ? null : only.debtorName(),
            only == null ? null : only.debtorAccount()));
  }

  /**
   * The unstructured lines and the structured creditor references, else the bank's additional
   * information when the payer gave neither.
   */
  static String remittanceOf(CamtEntry e, List<CamtEntry.Transaction> txs) {
    String given =
        txs.stream()
            .flatMap(t -> Stream.concat(t.unstructured().stream(), t.creditorReferences().stream()))
            .filter(s -> !s.isBlank())
            .collect(Collectors.joining(" "));
    if (!given.isEmpty()) {
      return given;
    }
    String additional =
        Stream.concat(
                txs.stream().map(CamtEntry.Transaction::additionalInformation),
                Stream.of(e.additionalInformation()))
            .filter(Objects::nonNull)
            .filter(s -> !s.isBlank())
            .collect(Collectors.joining(" "));
    return additional.isEmpty() ? null : additional;
  }

  private static String endToEndIdOf(CamtEntry.Transaction t) {
    String id = t.endToEndId();
    return id == null || id.isBlank() || id.equals(NOT_PROVIDED) ? null : id;
  }

  /**
   * The bank's own reference for the booking: the transaction's for an itemised batch, else the
   * entry's (AcctSvcrRef, then NtryRef); failing those, one derived from the entry's place.
   */
  private static String reference(CamtEntry e, CamtEntry.Transaction t, int txIndex) {
    String stated =
        t != null
            ? t.accountServicerReference()
            : Stream.of(e.accountServicerReference(), e.entryReference())
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    return BankReferences.usable(stated)
        .orElseGet(
            () ->
                BankReferences.derived(
                    "CAMT",
                    e.account(),
                    e.statementId(),
                    String.valueOf(e.index()),
                    String.valueOf(txIndex),
                    String.valueOf(e.amount())));
  }
}
