package com.recoup.credit.adapter.out.persistence;

import com.recoup.credit.application.port.out.CreditProfileRepository;
import com.recoup.credit.domain.CreditProfile;
import com.recoup.credit.domain.CustomerNumber;
import com.recoup.credit.domain.OpenReceivable;
import com.recoup.kernel.domain.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Keeps credit profiles in {@code credit_profile} and their open invoices beside them. */
@ApplicationScoped
public class CreditProfilePersistenceAdapter implements CreditProfileRepository {

  @Override
  public Optional<CreditProfile> find(CustomerNumber customerNumber) {
    return CreditProfileJpaEntity.<CreditProfileJpaEntity>findByIdOptional(customerNumber.value())
        .map(row -> toDomain(row, openOf(customerNumber)));
  }

  @Override
  public void save(CreditProfile profile) {
    String customer = profile.customerNumber().value();
    CreditProfileJpaEntity row = CreditProfileJpaEntity.findById(customer);
    if (row == null) {
      row = new CreditProfileJpaEntity();
      row.customerNumber = customer;
      copy(profile, row);
      row.persist();
    } else {
      copy(profile, row);
    }
    syncOpenReceivables(profile);
  }

  private static void copy(CreditProfile profile, CreditProfileJpaEntity row) {
    row.name = profile.name().orElse(null);
    row.segment = profile.segment().orElse(null);
    row.functionalCurrency = profile.functionalCurrency().getCurrencyCode();
    row.exposureAmount = profile.exposure().amount();
    row.openInvoiceCount = profile.openInvoiceCount();
    row.oldestOpenDueDate = profile.oldestOpenDueDate().orElse(null);
  }

  private static void syncOpenReceivables(CreditProfile profile) {
    Map<String, OpenReceivableJpaEntity> stale =
        openOf(profile.customerNumber()).stream()
            .collect(Collectors.toMap(row -> row.invoiceNumber, Function.identity()));
    for (OpenReceivable open : profile.openReceivables()) {
      OpenReceivableJpaEntity row = stale.remove(open.invoiceNumber());
      if (row == null) {
        row = new OpenReceivableJpaEntity();
        row.customerNumber = profile.customerNumber().value();
        row.invoiceNumber = open.invoiceNumber();
        copy(open, row);
        row.persist();
      } else {
        copy(open, row);
      }
    }
    stale.values().forEach(PanacheEntityBase::delete);
  }

  private static void copy(OpenReceivable open, OpenReceivableJpaEntity row) {
    row.dueDate = open.dueDate();
    row.openAmount = open.openAmount().amount();
    row.currency = open.openAmount().currencyCode();
  }

  private static List<OpenReceivableJpaEntity> openOf(CustomerNumber customerNumber) {
    return OpenReceivableJpaEntity.list("customerNumber", customerNumber.value());
  }

  private static CreditProfile toDomain(
      CreditProfileJpaEntity row, List<OpenReceivableJpaEntity> open) {
    return CreditProfile.restore(
        CustomerNumber.of(row.customerNumber),
        Money.currencyOf(row.functionalCurrency),
        row.name,
        row.segment,
        open.stream().map(CreditProfilePersistenceAdapter::toDomain).toList());
  }

  private static OpenReceivable toDomain(OpenReceivableJpaEntity row) {
    Currency currency = Money.currencyOf(row.currency);
    return new OpenReceivable(row.invoiceNumber, row.dueDate, new Money(row.openAmount, currency));
  }
}
