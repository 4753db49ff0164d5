package com.recoup.alerting.adapter.out.persistence;

import com.recoup.alerting.application.port.out.OpenReceivableRepository;
import com.recoup.alerting.domain.CustomerNumber;
import com.recoup.alerting.domain.OpenReceivable;
import com.recoup.kernel.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;

/** The open-receivables view in PostgreSQL. */
@ApplicationScoped
public class JpaOpenReceivableRepository implements OpenReceivableRepository {

  private static final String OWED_IN_CURRENCY =
      "select coalesce(sum(r.openAmount), 0) from OpenReceivableJpaEntity r"
          + " where r.currency = :currency and r.openAmount > 0";

  @Inject EntityManager entityManager;

  @Override
  public OpenReceivable find(CustomerNumber customer, Currency currency) {
    OpenReceivableJpaEntity entity = load(customer, currency);
    return entity == null
        ? OpenReceivable.none(customer, currency)
        : new OpenReceivable(customer, new Money(entity.openAmount, currency));
  }

  @Override
  public void save(OpenReceivable receivable) {
    Currency currency = receivable.open().currency();
    OpenReceivableJpaEntity entity = load(receivable.customer(), currency);
    boolean isNew = entity == null;
    if (isNew) {
      entity = new OpenReceivableJpaEntity();
      entity.customerNumber = receivable.customer().value();
      entity.currency = currency.getCurrencyCode();
    }
    entity.openAmount = receivable.open().amount();
    entity.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    if (isNew) {
      entityManager.persist(entity);
    }
  }

  @Override
  public Money portfolioTotal(Currency currency) {
    BigDecimal total =
        entityManager
            .createQuery(OWED_IN_CURRENCY, BigDecimal.class)
            .setParameter("currency", currency.getCurrencyCode())
            .getSingleResult();
    return new Money(total, currency);
  }

  private OpenReceivableJpaEntity load(CustomerNumber customer, Currency currency) {
    return entityManager.find(
        OpenReceivableJpaEntity.class,
        new OpenReceivableJpaEntity.Key(customer.value(), currency.getCurrencyCode()));
  }
}
