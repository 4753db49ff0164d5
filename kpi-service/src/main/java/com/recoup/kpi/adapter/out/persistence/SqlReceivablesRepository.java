package com.recoup.kpi.adapter.out.persistence;

import com.recoup.kernel.domain.Money;
import com.recoup.kpi.application.port.out.ReceivablesRepository;
import com.recoup.kpi.domain.CustomerUpserted;
import com.recoup.kpi.domain.InvoiceIssued;
import com.recoup.kpi.domain.InvoiceSettled;
import com.recoup.kpi.domain.PaymentAllocated;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Map;
import java.util.TreeMap;

/**
 * The receivables read model in PostgreSQL. Besides the facts (invoice, allocation) it keeps each
 * invoice's open amount as spans of days ({@code receivable_span}), rebuilt whenever one of the
 * invoice's facts changes, so that the receivables as of a day are one index-only sum.
 */
@ApplicationScoped
public class SqlReceivablesRepository implements ReceivablesRepository {

  private static final String UPSERT_CUSTOMER =
      """
      insert into customer (customer_number, segment, collector) values (?, ?, ?)
      on conflict (customer_number)
      do update set segment = excluded.segment, collector = excluded.collector
      """;
  private static final String UPSERT_INVOICE =
      """
      insert into invoice (invoice_number, customer_number, issue_date, due_date,
                           functional_amount)
      values (?, ?, ?, ?, ?)
      on conflict (invoice_number)
      do update set customer_number = excluded.customer_number,
                    issue_date = excluded.issue_date,
                    due_date = excluded.due_date,
                    functional_amount = excluded.functional_amount
      """;
  private static final String INSERT_ALLOCATION =
      """
      insert into allocation (event_id, payment_reference, customer_number, invoice_number,
                              value_date, functional_amount)
      values (?, ?, ?, ?, ?, ?)
      on conflict (event_id) do nothing
      """;
  private static final String MARK_SETTLED =
      "update invoice set settled_on = ? where invoice_number = ?";
  private static final String DELETE_SPANS = "delete from receivable_span where invoice_number = ?";
  // The open amount changes on the issue date, on each later allocation's value date and on the
  // settlement date; between two such days it is constant. Spans with nothing open are not kept.
  private static final String INSERT_SPANS =
      """
      insert into receivable_span (invoice_number, customer_number, due_date, during, open_amount)
      select i.invoice_number, i.customer_number, i.due_date,
             daterange(step.starts, step.ends, '[)'), step.open_amount
      from invoice i
      cross join lateral (
          select day as starts,
                 lead(day) over (order by day) as ends,
                 greatest(i.functional_amount - (
                     select coalesce(sum(a.functional_amount), 0) from allocation a
                     where a.invoice_number = i.invoice_number and a.value_date <= day), 0)
                   as open_amount
          from (select i.issue_date as day
                union
                select a.value_date from allocation a
                where a.invoice_number = i.invoice_number and a.value_date > i.issue_date
                union
                select i.settled_on where i.settled_on > i.issue_date) change) step
      where i.invoice_number = ?
        and step.open_amount > 0
        and (i.settled_on is null or step.starts < i.settled_on)
      """;
  private static final String RECEIVABLES_AS_OF =
      """
      select coalesce(sum(open_amount), 0) from receivable_span
      where during @> cast(? as date)
      """;
  private static final String CREDIT_SALES =
      """
      select coalesce(sum(functional_amount), 0) from invoice
      where issue_date between cast(? as date) and cast(? as date)
      """;
  private static final String CREDIT_SALES_BY_MONTH =
      """
      select extract(year from issue_date)::int, extract(month from issue_date)::int,
             sum(functional_amount)
      from invoice
      where issue_date between cast(? as date) and cast(? as date)
      group by 1, 2
      """;

  @Inject Sql sql;

  @Override
  public void saveCustomer(CustomerUpserted customer) {
    sql.update(
        UPSERT_CUSTOMER, customer.customerNumber(), customer.segment(), customer.collector());
  }

  @Override
  public void saveInvoice(InvoiceIssued invoice) {
    sql.update(
        UPSERT_INVOICE,
        invoice.invoiceNumber(),
        invoice.customerNumber(),
        invoice.issueDate(),
        invoice.dueDate(),
        invoice.functionalAmount().amount());
    rebuildSpans(invoice.invoiceNumber());
  }

  @Override
  public void saveAllocation(PaymentAllocated allocation) {
    int inserted =
        sql.update(
            INSERT_ALLOCATION,
            allocation.allocationId(),
            allocation.paymentReference(),
            allocation.customerNumber(),
            allocation.invoiceNumber(),
            allocation.valueDate(),
            allocation.functionalAmount().amount());
    if (inserted == 0) {
      Log.debugf("allocation=%s already stored", allocation.allocationId());
      return;
    }
    rebuildSpans(allocation.invoiceNumber());
  }

  @Override
  public boolean markSettled(InvoiceSettled settlement) {
    if (sql.update(MARK_SETTLED, settlement.settledOn(), settlement.invoiceNumber()) == 0) {
      return false;
    }
    rebuildSpans(settlement.invoiceNumber());
    return true;
  }

  @Override
  public Money receivablesAsOf(LocalDate day, Currency currency) {
    return new Money(sql.single(RECEIVABLES_AS_OF, row -> row.getBigDecimal(1), day), currency);
  }

  @Override
  public Money creditSales(LocalDate from, LocalDate to, Currency currency) {
    return new Money(sql.single(CREDIT_SALES, row -> row.getBigDecimal(1), from, to), currency);
  }

  @Override
  public Map<YearMonth, Money> creditSalesByMonth(LocalDate from, LocalDate to, Currency currency) {
    Map<YearMonth, Money> byMonth = new TreeMap<>();
    sql.query(
        CREDIT_SALES_BY_MONTH,
        row -> byMonth.put(YearMonth.of(row.getInt(1), row.getInt(2)), money(row, 3, currency)),
        from,
        to);
    return byMonth;
  }

  private void rebuildSpans(String invoiceNumber) {
    sql.update(DELETE_SPANS, invoiceNumber);
    sql.update(INSERT_SPANS, invoiceNumber);
  }

  private static Money money(ResultSet row, int column, Currency currency) throws SQLException {
    BigDecimal amount = row.getBigDecimal(column);
    return new Money(amount, currency);
  }
}
