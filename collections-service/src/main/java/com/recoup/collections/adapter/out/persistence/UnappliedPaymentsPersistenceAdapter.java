package com.recoup.collections.adapter.out.persistence;

import com.recoup.collections.application.port.in.ListUnappliedPaymentsUseCase.Reason;
import com.recoup.collections.application.port.in.ListUnappliedPaymentsUseCase.UnappliedPage;
import com.recoup.collections.application.port.in.ListUnappliedPaymentsUseCase.UnappliedPayment;
import com.recoup.collections.application.port.out.UnappliedPayments;
import com.recoup.kernel.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads the review list straight from the tables: payments whose allocations leave money over, and
 * every unidentified bank payment.
 */
@ApplicationScoped
public class UnappliedPaymentsPersistenceAdapter implements UnappliedPayments {

  private static final String WAITING =
      """
      select * from (
        select p.payment_reference, p.customer_number, p.value_date, p.currency, p.amount,
               p.amount - coalesce((select sum(a.amount) from allocation a
                                    where a.payment_reference = p.payment_reference), 0)
                 as unapplied,
               p.remittance_information, p.end_to_end_id,
               cast(null as text) as payer_name, cast(null as text) as payer_account,
               'NO_MATCHING_INVOICE' as reason
          from payment p
        union all
        select u.payment_reference, null, u.value_date, u.currency, u.amount, u.amount,
               u.remittance_information, u.end_to_end_id, u.payer_name, u.payer_account,
               'CUSTOMER_NOT_IDENTIFIED'
          from unidentified_payment u
      ) waiting
      where unapplied > 0
      """;

  private final EntityManager entityManager;

  public UnappliedPaymentsPersistenceAdapter(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public UnappliedPage page(int page, int size) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(WAITING + " order by value_date, payment_reference")
            .setFirstResult(page * size)
            .setMaxResults(size)
            .getResultList();
    Number total =
        (Number)
            entityManager
                .createNativeQuery("select count(*) from (" + WAITING + ") counted")
                .getSingleResult();
    return new UnappliedPage(
        rows.stream().map(UnappliedPaymentsPersistenceAdapter::toItem).toList(),
        page,
        size,
        total.longValue());
  }

  private static LocalDate dateOf(Object column) {
    return column instanceof LocalDate date ? date : ((Date) column).toLocalDate();
  }

  private static UnappliedPayment toItem(Object[] row) {
    String currency = ((String) row[3]).strip();
    return new UnappliedPayment(
        (String) row[0],
        (String) row[1],
        dateOf(row[2]),
        Money.of((BigDecimal) row[4], currency),
        Money.of((BigDecimal) row[5], currency),
        (String) row[6],
        (String) row[7],
        (String) row[8],
        (String) row[9],
        Reason.valueOf((String) row[10]));
  }
}
