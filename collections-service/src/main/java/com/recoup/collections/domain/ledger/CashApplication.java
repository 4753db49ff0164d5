package com.recoup.collections.domain.ledger;

import com.recoup.kernel.domain.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the invoices an unallocated payment pays: an invoice number named in the remittance text
 * first, then the one open invoice whose open amount equals the payment, then (only when the
 * customer allows it) the oldest open invoices first. Whatever matches nothing stays unapplied for
 * a person to review; it is never guessed.
 */
public final class CashApplication {

  private CashApplication() {}

  /** One proposed application of part of the payment to an open invoice. */
  public record Match(Invoice invoice, Money amount, AllocationMethod method) {}

  public static List<Match> propose(
      Payment payment, List<Invoice> openInvoices, boolean oldestFirst) {
    List<Invoice> candidates =
        openInvoices.stream()
            .filter(i -> i.status().isReceivable())
            .filter(i -> i.openAmount().currency().equals(payment.amount().currency()))
            .sorted(Comparator.comparing(Invoice::dueDate).thenComparing(i -> i.number().value()))
            .toList();
    List<Match> byNumber = byInvoiceNumber(payment, candidates);
    if (!byNumber.isEmpty()) {
      return byNumber;
    }
    Optional<Match> exact = byExactAmount(payment.unappliedAmount(), candidates);
    if (exact.isPresent()) {
      return List.of(exact.get());
    }
    return oldestFirst ? oldestFirst(payment.unappliedAmount(), candidates) : List.of();
  }

  private static List<Match> byInvoiceNumber(Payment payment, List<Invoice> candidates) {
    String text = normalise(payment.remittanceInformation());
    Money left = payment.unappliedAmount();
    List<Match> matches = new ArrayList<>();
    for (Invoice invoice : candidates) {
      if (left.isZero() || !mentions(text, invoice.number().value())) {
        continue;
      }
      Money part = invoice.openAmount().min(left);
      matches.add(new Match(invoice, part, AllocationMethod.INVOICE_NUMBER));
      left = left.minus(part);
    }
    return matches;
  }

  private static Optional<Match> byExactAmount(Money unapplied, List<Invoice> candidates) {
    List<Invoice> equal =
        candidates.stream().filter(i -> i.openAmount().equals(unapplied)).toList();
    if (equal.size() != 1) {
      return Optional.empty();
    }
    return Optional.of(new Match(equal.get(0), unapplied, AllocationMethod.EXACT_AMOUNT));
  }

  private static List<Match> oldestFirst(Money unapplied, List<Invoice> candidates) {
    Money left = unapplied;
    List<Match> matches = new ArrayList<>();
    for (Invoice invoice : candidates) {
      if (left.isZero()) {
        break;
      }
      Money part = invoice.openAmount().min(left);
      matches.add(new Match(invoice, part, AllocationMethod.OLDEST_FIRST));
      left = left.minus(part);
    }
    return matches;
  }

  /** True when the number stands in the text as a whole token, not inside a longer number. */
  static boolean mentions(String normalisedText, String invoiceNumber) {
    String number = normalise(invoiceNumber);
    int from = 0;
    while (true) {
      int at = normalisedText.indexOf(number, from);
      if (at < 0) {
        return false;
      }
      int end = at + number.length();
      boolean startsClean = at == 0 || !Character.isLetterOrDigit(normalisedText.charAt(at - 1));
      boolean endsClean =
          end == normalisedText.length() || !Character.isLetterOrDigit(normalisedText.charAt(end));
      if (startsClean && endsClean) {
        return true;
      }
      from = at + 1;
    }
  }

  private static String normalise(String text) {
    return text == null ? "" : text.toUpperCase(Locale.ROOT);
  }
}
