package com.recoup.collections.adapter.out.parser.csv;

import com.recoup.collections.domain.ledger.CustomerNumber;
import com.recoup.collections.domain.ledger.DocumentNumber;
import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one CSV row under a profile: every mapped cell is checked, and each problem is named by its
 * column, so that a rejected row says exactly what is wrong with it.
 */
final class CsvRowReader {

  private final CsvMapping mapping;
  private final Set<CsvField> required = EnumSet.noneOf(CsvField.class);

  CsvRowReader(CsvMapping mapping) {
    this.mapping = mapping;
    mapping.products().forEach(p -> required.addAll(p.required()));
    required.remove(CsvField.SETTLED_DATE);
  }

  /** A row that reads, or the problems that keep it from reading. */
  sealed interface Result {}

  record Read(CsvRow row) implements Result {}

  record Unreadable(String position, String reason) implements Result {}

  Result read(CSVRecord record, String position, int columnCount) {
    Cells cells = new Cells(record);
    if (record.size() != columnCount) {
      cells.problems.add(
          "the row has %d fields where the header has %d".formatted(record.size(), columnCount));
    }
    Currency currency =
        cells.value(CsvField.CURRENCY, Money::currencyOf).orElse(mapping.currency());
    CsvRow row =
        new CsvRow(
            position,
            cells.value(CsvField.CUSTOMER_NUMBER, v -> new CustomerNumber(v).value()).orElse(null),
            cells.value(CsvField.CUSTOMER_NAME, CsvRowReader::name).orElse(null),
            cells.value(CsvField.COUNTRY, CsvRowReader::country).orElse(null),
            cells.text(CsvField.SEGMENT),
            cells.text(CsvField.COLLECTOR),
            cells.flag(CsvField.PAPERLESS),
            cells.value(CsvField.INVOICE_NUMBER, v -> new DocumentNumber(v).value()).orElse(null),
            cells.value(CsvField.ISSUE_DATE, this::date).orElse(null),
            cells.value(CsvField.DUE_DATE, this::date).orElse(null),
            currency == null
                ? null
                : cells.value(CsvField.AMOUNT, v -> amount(v, currency)).orElse(null),
            cells.value(CsvField.EXCHANGE_RATE, this::rate).orElse(null),
            cells.text(CsvField.PURCHASE_ORDER),
            cells.flag(CsvField.DISPUTED),
            cells.value(CsvField.SETTLED_DATE, this::date).orElse(null));
    if (!cells.problems.isEmpty()) {
      return new Unreadable(position, String.join("; ", cells.problems));
    }
    return new Read(row);
  }

  private LocalDate date(String value) {
    try {
      return LocalDate.parse(value, mapping.dates());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'%s' is not a date of the form %s".formatted(value, mapping.datePattern()));
    }
  }

  private Money amount(String value, Currency currency) {
    BigDecimal amount = decimal(value);
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException("amount %s must be positive".formatted(value));
    }
    return new Money(amount, currency);
  }

  private BigDecimal rate(String value) {
    BigDecimal rate = decimal(value);
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException("exchange rate %s must be positive".formatted(value));
    }
    return rate;
  }

  private BigDecimal decimal(String value) {
    String separator = mapping.decimalSeparator() == '.' ? "\\." : ",";
    if (!value.matches("-?\\d{1,15}(" + separator + "\\d{1,12})?")) {
      throw new IllegalArgumentException(
          "'%s' is not a decimal number with '%s' as decimal separator"
              .formatted(value, mapping.decimalSeparator()));
    }
    return new BigDecimal(value.replace(mapping.decimalSeparator(), '.'));
  }

  private static String name(String value) {
    if (value.length() > 200) {
      throw new IllegalArgumentException("a customer name is at most 200 characters");
    }
    return value;
  }

  private static String country(String value) {
    if (!value.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("'%s' is not an ISO 3166 alpha-2 code".formatted(value));
    }
    return value;
  }

  /** The mapped cells of one record and the problems found in them so far. */
  private final class Cells {
    private final CSVRecord record;
    private final List<String> problems = new ArrayList<>();

    Cells(CSVRecord record) {
      this.record = record;
    }

    /** The cell's text, or null when it is empty or not mapped; a required one must be there. */
    String text(CsvField field) {
      String column = mapping.columns().get(field);
      if (column == null) {
        return null;
      }
      String value = record.isSet(column) ? record.get(column).strip() : "";
      if (value.isEmpty()) {
        if (required.contains(field)) {
          problems.add(column + ": missing");
        }
        return null;
      }
      return value;
    }

    <T> Optional<T> value(CsvField field, Function<String, T> reading) {
      String value = text(field);
      if (value == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(reading.apply(value));
      } catch (IllegalArgumentException e) {
        problems.add(mapping.columns().get(field) + ": " + e.getMessage());
        return Optional.empty();
      }
    }

    boolean flag(CsvField field) {
      String value = text(field);
      if (value == null) {
        return false;
      }
      Optional<Boolean> flag = mapping.flags().get(field).read(value);
      if (flag.isEmpty()) {
        CsvMapping.YesNo yesNo = mapping.flags().get(field);
        problems.add(
            "%s: '%s' is neither one of %s (yes) nor one of %s (no)"
                .formatted(mapping.columns().get(field), value, yesNo.yes(), yesNo.no()));
        return false;
      }
      return flag.get();
    }
  }
}
