-- kpi-service: the receivables read model projected from recoup.ledger.v1, and quarterly targets.
-- Every figure is computed "as of" a date by SQL aggregates over these tables, never by loading
-- invoices into Java, so the indexes below follow the as-of queries. All amounts are in the
-- functional currency; the projection refuses any other.

create table customer (
    customer_number text primary key,
    segment         text,
    collector       text
);

-- The facts of each invoice as the ledger reported them.
create table invoice (
    invoice_number    text           primary key,
    customer_number   text           not null,
    issue_date        date           not null,
    due_date          date           not null,
    functional_amount numeric(19, 4) not null,
    settled_on        date
);

-- Credit sales of a period: invoices by issue date, summed from the index alone.
create index invoice_by_issue_date on invoice (issue_date) include (functional_amount);
create index invoice_by_customer on invoice (customer_number);

-- Payment history: one row per payment.allocated event. The invoice may not be known yet.
create table allocation (
    event_id          text           primary key,
    payment_reference text           not null,
    customer_number   text           not null,
    invoice_number    text           not null,
    value_date        date           not null,
    functional_amount numeric(19, 4) not null
);

create index allocation_by_invoice on allocation (invoice_number, value_date)
    include (functional_amount);
-- Amounts collected in a period (later figures: collection rate, CEI, collector assessment).
create index allocation_by_value_date on allocation (value_date)
    include (functional_amount, invoice_number);

-- Each invoice's open amount as a step function of the day: one row per span of days over which
-- the open amount stays the same and is above zero. Derived from invoice and allocation (rebuilt
-- for an invoice whenever one of its events arrives), so that the receivables as of any day are
-- one index-only scan: the spans that contain the day. Due date and customer ride along for
-- ageing and per-segment figures.
create table receivable_span (
    invoice_number  text           not null,
    customer_number text           not null,
    due_date        date           not null,
    during          daterange      not null,
    open_amount     numeric(19, 4) not null check (open_amount > 0)
);

create index receivable_span_during on receivable_span using gist (during) include (open_amount);
create index receivable_span_by_invoice on receivable_span (invoice_number);

-- Quarterly targets, one per figure and quarter; later variance reports read them.
create table kpi_target (
    figure    text          not null,
    quarter   text          not null,
    target    numeric(9, 2) not null,
    direction text          not null check (direction in ('AT_MOST', 'AT_LEAST')),
    set_by    text          not null,
    set_at    timestamptz   not null,
    primary key (figure, quarter)
);

create index kpi_target_by_quarter on kpi_target (quarter, figure);
