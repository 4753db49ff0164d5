package com.recoup.collections.adapter.out.parser.csv;

import java.util.List;
import java.util.Map;

/**
 * A column-mapping profile exactly as its JSON file under {@code import-profiles/} states it. It is
 * checked and compiled into a {@link CsvMapping} before any file is read with it.
 *
 * @param columns column name in the file → ledger field (see {@link CsvField}); other columns are
 *     ignored
 * @param produces what each row produces: {@code customer}, {@code invoice}, {@code dispute},
 *     {@code settlement}
 * @param flags for yes/no fields ({@code disputed}, {@code paperless}): the values meaning yes and
 *     no
 */
public record CsvProfile(
    String name,
    String description,
    String delimiter,
    String encoding,
    String datePattern,
    String decimalSeparator,
    String currency,
    List<String> produces,
    Map<String, String> columns,
    Map<String, Flag> flags,
    CustomerDefaults customer,
    Settlement settlement,
    Dispute dispute) {

  /** The cell values that mean yes and no for a yes/no field. */
  public record Flag(List<String> yes, List<String> no) {}

  /**
   * What the file does not say about a customer: a name template ({@code {customerNumber}} is
   * replaced), the country when no column gives it, and the payment terms.
   */
  public record CustomerDefaults(String name, String country, Integer paymentTermsDays) {}

  /**
   * A settled row becomes a payment of the invoice's amount on the settled date, allocated to that
   * invoice; its reference and remittance text are templates over {@code {invoiceNumber}}.
   */
  public record Settlement(String reference, String remittance) {}

  /** The reason a dispute from this file carries. */
  public record Dispute(String reason) {}
}
