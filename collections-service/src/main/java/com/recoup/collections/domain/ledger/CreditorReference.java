package com.recoup.collections.domain.ledger;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO 11649 structured creditor reference ("RF" + two check digits + up to 21 letters and
 * digits) that a customer quotes when paying an invoice. Its check digits make a mistyped reference
 * fail, so a valid one found in remittance text names its invoice with confidence.
 */
public record CreditorReference(String value) {

  private static final Pattern ELECTRONIC = Pattern.compile("RF[0-9]{2}[A-Z0-9]{1,21}");
  private static final Pattern START = Pattern.compile("(?<![A-Z0-9])RF[0-9]{2}");
  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  public CreditorReference {
    if (value == null || !ELECTRONIC.matcher(value).matches() || !checksumHolds(value)) {
      throw new IllegalArgumentException("not a valid ISO 11649 creditor reference: " + value);
    }
  }

  /** Reads a reference as people print it: any case, in groups of four separated by spaces. */
  public static CreditorReference parse(String printed) {
    if (printed == null) {
      throw new IllegalArgumentException("not a valid ISO 11649 creditor reference: null");
    }
    return new CreditorReference(printed.replace(" ", "").toUpperCase(Locale.ROOT));
  }

  /**
   * The reference built from an invoice number's letters and digits, when they are 1 to 21; an
   * invoice without an explicit reference carries this one, so that it can be printed on the
   * invoice and recognised in what the customer pays.
   */
  public static Optional<CreditorReference> derivedFrom(DocumentNumber invoiceNumber) {
    String body = invoiceNumber.value().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    if (body.isEmpty() || body.length() > 21) {
      return Optional.empty();
    }
    int check = 98 - numeric(body + "RF00").mod(NINETY_SEVEN).intValue();
    return Optional.of(new CreditorReference("RF%02d%s".formatted(check, body)));
  }

  /**
   * The valid references standing in a free text, written without spaces or in groups of four.
   * Where the grouping leaves it open where a reference ends, every reading whose check digits hold
   * is returned: only one that equals an invoice's reference will ever match.
   */
  public static Set<CreditorReference> findIn(String text) {
    Set<CreditorReference> found = new LinkedHashSet<>();
    if (text == null) {
      return found;
    }
    String upper = text.toUpperCase(Locale.ROOT);
    Matcher start = START.matcher(upper);
    while (start.find()) {
      for (String candidate : candidatesAt(upper, start.start())) {
        if (ELECTRONIC.matcher(candidate).matches() && checksumHolds(candidate)) {
          found.add(new CreditorReference(candidate));
        }
      }
    }
    return found;
  }

  private static List<String> candidatesAt(String text, int at) {
    List<String> candidates = new ArrayList<>();
    int end = at + 4;
    while (end < text.length() && isAlnum(text.charAt(end))) {
      end++;
    }
    candidates.add(text.substring(at, end));
    if (end == at + 4) {
      candidates.addAll(groupedReadings(text, at));
    }
    return candidates;
  }

  /** "RF18 5390 0754 7034": groups of four after the check digits, one space between them. */
  private static List<String> groupedReadings(String text, int at) {
    List<String> readings = new ArrayList<>();
    StringBuilder reference = new StringBuilder(text.substring(at, at + 4));
    int i = at + 4;
    while (i < text.length() && text.charAt(i) == ' ' && reference.length() < 25) {
      int groupEnd = i + 1;
      while (groupEnd < text.length() && groupEnd - i <= 4 && isAlnum(text.charAt(groupEnd))) {
        groupEnd++;
      }
      int length = groupEnd - i - 1;
      boolean groupEndsClean = groupEnd == text.length() || !isAlnum(text.charAt(groupEnd));
      if (length == 0 || !groupEndsClean) {
        break;
      }
      reference.append(text, i + 1, groupEnd);
      readings.add(reference.toString());
      i = groupEnd;
      if (length < 4) {
        break;
      }
    }
    return readings;
  }

  private static boolean isAlnum(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean checksumHolds(String reference) {
    String rearranged = reference.substring(4) + reference.substring(0, 4);
    return numeric(rearranged).mod(NINETY_SEVEN).intValue() == 1;
  }

  /** Letters become two digits (A = 10 … Z = 35), as in ISO 7064 MOD 97-10. */
  private static BigInteger numeric(String text) {
    StringBuilder digits = new StringBuilder();
    for (char c : text.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(digits.toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
