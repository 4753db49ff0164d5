package com.recoup.collections.adapter.out.parser.csv;

import com.recoup.kernel.domain.Money;
import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A column-mapping profile that passed its checks, compiled for reading rows. {@link #compile}
 * refuses a profile that could not read a file correctly, naming every problem it found.
 */
record CsvMapping(
    String name,
    char delimiter,
    Charset charset,
    String datePattern,
    DateTimeFormatter dates,
    char decimalSeparator,
    Currency currency,
    Set<CsvProduct> products,
    Map<CsvField, String> columns,
    Map<CsvField, YesNo> flags,
    String customerName,
    String country,
    int paymentTermsDays,
    String settlementReference,
    String settlementRemittance,
    String disputeReason) {

  static final String INVOICE_NUMBER = "{invoiceNumber}";
  static final String CUSTOMER_NUMBER = "{customerNumber}";
  private static final String NAME = "[a-z0-9][a-z0-9-]{0,63}";

  /** The cell values of a yes/no field. */
  record YesNo(Set<String> yes, Set<String> no) {

    /** Yes or no for a known value; empty for a value the profile does not name. */
    Optional<Boolean> read(String value) {
      if (yes.contains(value)) {
        return Optional.of(true);
      }
      return no.contains(value) ? Optional.of(false) : Optional.empty();
    }
  }

  boolean produces(CsvProduct product) {
    return products.contains(product);
  }

  boolean maps(CsvField field) {
    return columns.containsKey(field);
  }

  /** Checks the profile and compiles it; throws with every problem found. */
  static CsvMapping compile(CsvProfile p) {
    Problems problems = new Problems();
    problems.check(p.name() != null && p.name().matches(NAME), "name must match " + NAME);
    Set<CsvProduct> products = products(p, problems);
    Map<CsvField, String> columns = columns(p, problems);
    for (CsvProduct product : products) {
      for (CsvField field : product.required()) {
        problems.check(
            columns.containsKey(field),
            "producing %s needs a column for %s"
                .formatted(lower(product.name()), field.jsonName()));
      }
    }
    Map<CsvField, YesNo> flags = flags(p, columns, problems);
    String delimiter = p.delimiter() == null ? "," : p.delimiter();
    problems.check(
        delimiter.length() == 1 && "\"\r\n".indexOf(delimiter.charAt(0)) < 0,
        "delimiter must be one character other than a quote or a line break");
    String separator = p.decimalSeparator() == null ? "." : p.decimalSeparator();
    problems.check(
        (separator.equals(".") || separator.equals(",")) && !separator.equals(delimiter),
        "decimalSeparator must be '.' or ',' and differ from the delimiter");
    Charset charset = charset(p.encoding(), problems);
    DateTimeFormatter dates = dates(p.datePattern(), problems);
    Currency currency = currency(p.currency(), problems);
    CsvProfile.CustomerDefaults customer = customerDefaults(p, products, columns, problems);
    CsvProfile.Settlement settlement = settlement(p, products, problems);
    problems.throwIfAny(p.name());

    return new CsvMapping(
        p.name(),
        delimiter.charAt(0),
        charset,
        p.datePattern(),
        dates,
        separator.charAt(0),
        currency,
        Collections.unmodifiableSet(products),
        Collections.unmodifiableMap(columns),
        Collections.unmodifiableMap(flags),
        customer.name(),
        customer.country(),
        customer.paymentTermsDays(),
        settlement.reference(),
        settlement.remittance(),
        p.dispute() == null || p.dispute().reason() == null
            ? "disputed in the import file"
            : p.dispute().reason());
  }

  private static Set<CsvProduct> products(CsvProfile p, Problems problems) {
    Set<CsvProduct> products = EnumSet.noneOf(CsvProduct.class);
    if (p.produces() == null || p.produces().isEmpty()) {
      problems.add(
          "produces must name what a row produces: customer, invoice, dispute, settlement");
      return products;
    }
    for (String name : p.produces()) {
      try {
        products.add(CsvProduct.valueOf(String.valueOf(name).toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException unknown) {
        problems.add("produces names an unknown product '%s'".formatted(name));
      }
    }
    boolean needsInvoice =
        products.contains(CsvProduct.DISPUTE) || products.contains(CsvProduct.SETTLEMENT);
    problems.check(
        !needsInvoice || products.contains(CsvProduct.INVOICE),
        "disputes and settlements refer to the row's invoice,"
            + " so the profile must produce invoices");
    return products;
  }

  private static Map<CsvField, String> columns(CsvProfile p, Problems problems) {
    Map<CsvField, String> columns = new EnumMap<>(CsvField.class);
    if (p.columns() == null || p.columns().isEmpty()) {
      problems.add("columns must map at least one column to a field");
      return columns;
    }
    p.columns()
        .forEach(
            (column, fieldName) -> {
              Optional<CsvField> field = CsvField.named(String.valueOf(fieldName));
              if (column == null || column.isBlank()) {
                problems.add("a column name is blank");
              } else if (field.isEmpty()) {
                problems.add(
                    "column '%s' maps to an unknown field '%s'".formatted(column, fieldName));
              } else if (columns.put(field.get(), column) != null) {
                problems.add("field %s is mapped from two columns".formatted(fieldName));
              }
            });
    return columns;
  }

  private static Map<CsvField, YesNo> flags(
      CsvProfile p, Map<CsvField, String> columns, Problems problems) {
    Map<CsvField, YesNo> flags = new EnumMap<>(CsvField.class);
    Map<String, CsvProfile.Flag> given = p.flags() == null ? Map.of() : p.flags();
    given.forEach(
        (fieldName, flag) -> {
          Optional<CsvField> field = CsvField.named(fieldName);
          if (field.isEmpty()
              || !(field.get() == CsvField.DISPUTED || field.get() == CsvField.PAPERLESS)) {
            problems.add("flags are for disputed and paperless, not '%s'".formatted(fieldName));
          } else if (flag == null || empty(flag.yes()) || empty(flag.no())) {
            problems.add("flag %s must list the values for yes and for no".formatted(fieldName));
          } else {
            Set<String> yes = Set.copyOf(flag.yes());
            Set<String> no = Set.copyOf(flag.no());
            Set<String> both = new HashSet<>(yes);
            both.retainAll(no);
            problems.check(
                both.isEmpty(), "flag %s: %s mean yes and no".formatted(fieldName, both));
            flags.put(field.get(), new YesNo(yes, no));
          }
        });
    for (CsvField field : List.of(CsvField.DISPUTED, CsvField.PAPERLESS)) {
      problems.check(
          !columns.containsKey(field) || flags.containsKey(field),
          "column for %s needs a flag saying which values mean yes and no"
              .formatted(field.jsonName()));
    }
    return flags;
  }

  private static Charset charset(String encoding, Problems problems) {
    try {
      return Charset.forName(encoding == null ? "UTF-8" : encoding);
    } catch (IllegalArgumentException unknown) {
      problems.add("unknown encoding " + encoding);
      return null;
    }
  }

  private static DateTimeFormatter dates(String pattern, Problems problems) {
    if (pattern == null || pattern.isBlank()) {
      problems.add("datePattern is required, e.g. yyyy-MM-dd");
      return null;
    }
    try {
      return DateTimeFormatter.ofPattern(strict(pattern), Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException invalid) {
      problems.add("datePattern '%s' is not valid: %s".formatted(pattern, invalid.getMessage()));
      return null;
    }
  }

  /** Strict resolving needs the proleptic year 'u' where patterns usually say year-of-era 'y'. */
  private static String strict(String pattern) {
    StringBuilder result = new StringBuilder(pattern.length());
    boolean quoted = false;
    for (char c : pattern.toCharArray()) {
      quoted = c == '\'' ? !quoted : quoted;
      result.append(!quoted && c == 'y' ? 'u' : c);
    }
    return result.toString();
  }

  private static Currency currency(String code, Problems problems) {
    try {
      return Money.currencyOf(code);
    } catch (IllegalArgumentException invalid) {
      problems.add("currency: " + invalid.getMessage());
      return null;
    }
  }

  private static CsvProfile.CustomerDefaults customerDefaults(
      CsvProfile p, Set<CsvProduct> products, Map<CsvField, String> columns, Problems problems) {
    CsvProfile.CustomerDefaults given = p.customer();
    if (!products.contains(CsvProduct.CUSTOMER)) {
      return new CsvProfile.CustomerDefaults(null, null, 0);
    }
    if (given == null) {
      problems.add("producing customers needs the customer block: name, country, paymentTermsDays");
      return new CsvProfile.CustomerDefaults(null, null, 0);
    }
    problems.check(
        columns.containsKey(CsvField.CUSTOMER_NAME)
            || (given.name() != null && !given.name().isBlank()),
        "customer.name (a template over {customerNumber}) is required without a name column");
    problems.check(
        columns.containsKey(CsvField.COUNTRY)
            || (given.country() != null && given.country().matches("[A-Z]{2}")),
        "customer.country must be an ISO 3166 alpha-2 code when no column gives the country");
    Integer terms = given.paymentTermsDays();
    problems.check(
        terms != null && terms >= 0 && terms <= 365, "customer.paymentTermsDays must be 0 to 365");
    return new CsvProfile.CustomerDefaults(
        given.name(), given.country(), terms == null ? 0 : terms);
  }

  private static CsvProfile.Settlement settlement(
      CsvProfile p, Set<CsvProduct> products, Problems problems) {
    CsvProfile.Settlement given = p.settlement();
    if (!products.contains(CsvProduct.SETTLEMENT)) {
      return new CsvProfile.Settlement(null, null);
    }
    boolean named = given != null && given.reference() != null;
    problems.check(
        named && given.reference().contains(INVOICE_NUMBER),
        "settlement.reference must be a template containing " + INVOICE_NUMBER);
    String remittance =
        given == null || given.remittance() == null
            ? "Settlement of invoice " + INVOICE_NUMBER
            : given.remittance();
    return new CsvProfile.Settlement(named ? given.reference() : null, remittance);
  }

  private static boolean empty(List<String> values) {
    return values == null || values.isEmpty();
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** Collects what is wrong with a profile, to report it all at once. */
  private static final class Problems {
    private final List<String> found = new ArrayList<>();

    void check(boolean holds, String problem) {
      if (!holds) {
        found.add(problem);
      }
    }

    void add(String problem) {
      found.add(problem);
    }

    void throwIfAny(String profile) {
      if (!found.isEmpty()) {
        throw new IllegalArgumentException(
            "CSV profile '%s' is invalid: %s".formatted(profile, String.join("; ", found)));
      }
    }
  }
}
