package com.recoup.collections.domain.ledger;

import com.recoup.kernel.domain.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * Finds the invoices an unallocated payment pays. First what the payer wrote: an invoice number in
 * the remittance text, then an ISO 11649 creditor reference in it, then an end-to-end id equal to
 * an invoice number or reference. Failing those, the one open invoice whose open amount equals the
 * payment, then (only when the customer allows it) the oldest open invoices first. Whatever matches
 * nothing stays unapplied for a person to review; it is never guessed.
 */
public final class CashApplication {

  private CashApplication() {}

  /** One proposed application of part of the payment to an open invoice. */
  public record Match(Invoice invoice, Money amount, AllocationMethod method) {}

  /** What a payment says about the invoices it pays: its remittance text and end-to-end id. */
  public record Remittance(String text, String endToEndId) {

    public static Remittance of(Payment payment) {
      return new Remittance(payment.remittanceInformation(), payment.endToEndId());
    }

    /** The creditor references quoted in the text or given as the end-to-end id. */
    public Set<CreditorReference> creditorReferences() {
      Set<CreditorReference> quoted = new LinkedHashSet<>(CreditorReference.findIn(text));
      quoted.addAll(CreditorReference.findIn(endToEndId));
      return quoted;
    }
  }

  private record Rule(AllocationMethod method, BiPredicate<Remittance, Invoice> names) {}

  private static final List<Rule> BY_REFERENCE =
      List.of(
          new Rule(AllocationMethod.INVOICE_NUMBER, CashApplication::namesNumber),
          new Rule(AllocationMethod.CREDITOR_REFERENCE, CashApplication::quotesReference),
          new Rule(AllocationMethod.END_TO_END_ID, CashApplication::carriesEndToEnd));

  public static List<Match> propose(
      Payment payment, List<Invoice> openInvoices, boolean oldestFirst) {
    List<Invoice> candidates = receivableIn(payment.amount(), openInvoices);

    List<Match> byReference = byReference(payment, candidates);
    if (!byReference.isEmpty()) {
      return byReference;
    }

    Optional<Match> exact = byExactAmount(payment.unappliedAmount(), candidates);
    if (exact.isPresent()) {
      return List.of(exact.get());
    }
    return oldestFirst ? oldestFirst(payment.unappliedAmount(), candidates) : List.of();
  }

  /**
   * The customer a payment that names no customer is from: the one customer whose invoices its
   * remittance names. Empty when it names none, or invoices of several customers.
   */
  public static Optional<CustomerNumber> customerNamedBy(
      Remittance remittance, List<Invoice> invoices) {
    Set<CustomerNumber> customers =
        invoices.stream()
            .filter(i -> BY_REFERENCE.stream().anyMatch(r -> r.names().test(remittance, i)))
            .map(Invoice::customer)
            .collect(Collectors.toSet());
    return customers.size() == 1 ? customers.stream().findFirst() : Optional.empty();
  }

  private static List<Invoice> receivableIn(Money currencyOf, List<Invoice> openInvoices) {
    return openInvoices.stream()
        .filter(i -> i.status().isReceivable())
        .filter(i -> i.openAmount().currency().equals(currencyOf.currency()))
        .sorted(Comparator.comparing(Invoice::dueDate).thenComparing(i -> i.number().value()))
        .toList();
  }

  private static List<Match> byReference(Payment payment, List<Invoice> candidates) {
    Remittance remittance = Remittance.of(payment);
    Money left = payment.unappliedAmount();
    List<Match> matches = new ArrayList<>();
    Set<Invoice> taken = new LinkedHashSet<>();
    for (Rule rule : BY_REFERENCE) {
      for (Invoice invoice : candidates) {
        if (left.isZero() || taken.contains(invoice) || !rule.names().test(remittance, invoice)) {
          continue;
        }
        Money part = invoice.openAmount().min(left);
        matches.add(new Match(invoice, part, rule.method()));
        taken.add(invoice);
        left = left.minus(part);
      }
    }
    return matches;
  }

  private static boolean namesNumber(Remittance remittance, Invoice invoice) {
    return mentions(normalise(remittance.text()), invoice.number().value());
  }

  private static boolean quotesReference(Remittance remittance, Invoice invoice) {
    return invoice.creditorReference() != null
        && CreditorReference.findIn(remittance.text()).contains(invoice.creditorReference());
  }

  private static boolean carriesEndToEnd(Remittance remittance, Invoice invoice) {
    String id = normalise(remittance.endToEndId()).strip();
    if (id.isEmpty()) {
      return false;
    }
    boolean isNumber = id.equals(normalise(invoice.number().value()));
    boolean isReference =
        invoice.creditorReference() != null
            && id.replace(" ", "").equals(invoice.creditorReference().value());
    return isNumber || isReference;
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

  /**
   * The words of a remittance text that could be invoice numbers: split at blanks and at the
   * punctuation that never belongs to a document number, with trailing dots dropped.
   */
  public static Set<String> tokensOf(String text) {
    Set<String> tokens = new LinkedHashSet<>();
    if (text == null) {
      return tokens;
    }
    for (String word : text.split("[\\s,;:()\\[\\]{}<>\"'#+*=!?|\\\\]+")) {
      String token = word.replaceAll("^[./_-]+|[./_-]+$", "");
      if (!token.isEmpty() && token.length() <= 64) {
        tokens.add(token.toUpperCase(Locale.ROOT));
      }
    }
    return tokens;
  }

  private static String normalise(String text) {
    return text == null ? "" : text.toUpperCase(Locale.ROOT);
  }
}
