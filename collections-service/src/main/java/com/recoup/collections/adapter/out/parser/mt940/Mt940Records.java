package com.recoup.collections.adapter.out.parser.mt940;

import com.prowidesoftware.swift.model.field.Field61;
import com.recoup.collections.adapter.out.parser.BankReferences;
import com.recoup.collections.application.port.in.ReceivePaymentCommand;
import com.recoup.collections.application.port.out.ParsedRecord;
import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the :61: lines of one MT940 statement into records. A credit (C) is money a customer paid
 * us; debits (D), reversals (RC, RD) are not customer payments and are reported as rejected with
 * that reason. The currency is the opening balance's. The payments name no customer: cash
 * application finds it from the invoices the :86: text names.
 */
final class Mt940Records {

  private Mt940Records() {}

  static List<ParsedRecord> of(Mt940Statement statement) {
    List<ParsedRecord> records = new ArrayList<>();
    for (Mt940Statement.Line line : statement.lines()) {
      records.add(of(statement, line));
    }
    return records;
  }

  private static ParsedRecord of(Mt940Statement s, Mt940Statement.Line line) {
    String position = "statement %s :61: %d".formatted(s.name(), line.index());
    Field61 field = line.field();
    String mark = field.getDebitCreditMark();
    if (mark == null || field.getAmountAsBigDecimal() == null) {
      return new ParsedRecord.Rejected(position, "unreadable :61: line: " + flat(line.raw()));
    }
    if (!mark.equals("C")) {
      return new ParsedRecord.Rejected(position, reasonFor(mark));
    }
    if (s.opening() == null) {
      return new ParsedRecord.Rejected(
          position, "the statement has no :60F: opening balance to take the currency from");
    }
    LocalDate valueDate;
    Money amount;
    try {
      valueDate = date(field.getValueDate());
      amount = Money.of(field.getAmountAsBigDecimal(), s.opening().currency());
    } catch (DateTimeException | IllegalArgumentException invalid) {
      return new ParsedRecord.Rejected(position, invalid.getMessage());
    }
    Information86 info = Information86.of(line.information());
    return new ParsedRecord.PaymentRecord(
        position,
        new ReceivePaymentCommand(
            reference(s, line),
            null,
            valueDate,
            amount,
            null,
            info.remittance(),
            List.of(),
            endToEndId(field, info),
            info.payerName(),
            info.payerAccount()));
  }

  private static String reasonFor(String mark) {
    return switch (mark) {
      case "D" -> "debit entry, not a customer payment";
      case "RC", "RD" -> "reversal entry (%s), not a customer payment".formatted(mark);
      default -> "unknown debit/credit mark " + mark;
    };
  }

  /** A signed amount for the balance check: C and RD add to the account, D and RC take away. */
  static BigDecimal signed(Field61 field) {
    BigDecimal amount = field.getAmountAsBigDecimal();
    String mark = field.getDebitCreditMark();
    if (amount == null || mark == null) {
      return null;
    }
    return mark.equals("C") || mark.equals("RD") ? amount : amount.negate();
  }

  /** YYMMDD; SWIFT years 80 to 99 are 19xx, the others 20xx. */
  static LocalDate date(String yymmdd) {
    if (yymmdd == null || !yymmdd.matches("\\d{6}")) {
      throw new DateTimeException("value date is not YYMMDD: " + yymmdd);
    }
    int yy = Integer.parseInt(yymmdd.substring(0, 2));
    int year = yy >= 80 ? 1900 + yy : 2000 + yy;
    int month = Integer.parseInt(yymmdd.substring(2, 4));
    int day = Integer.parseInt(yymmdd.substring(4, 6));
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new DateTimeException("value date %s is not a calendar date".formatted(yymmdd), e);
    }
  }

  private static String endToEndId(Field61 field, Information86 info) {
    if (info.endToEndId() != null) {
      return info.endToEndId();
    }
    return BankReferences.usable(field.getReferenceForTheAccountOwner()).orElse(null);
  }

  /** The bank's reference (after //) when usable, else one derived from the line's place. */
  private static String reference(Mt940Statement s, Mt940Statement.Line line) {
    return BankReferences.usable(line.field().getReferenceOfTheAccountServicingInstitution())
        .orElseGet(
            () ->
                BankReferences.derived(
                    "MT940",
                    s.account(),
                    s.reference(),
                    s.number(),
                    String.valueOf(s.index()),
                    String.valueOf(line.index()),
                    line.raw()));
  }

  private static String flat(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }
}
