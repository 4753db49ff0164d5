-- What lowers an invoice's open amount besides payments: credit notes, write-offs and the
-- cancellation of the whole invoice. Each is dated, so that the open amount of any past day can
-- be computed (ageing "as of"). A dispute only marks the invoice.

create table credit_note (
    credit_note_number  text primary key,
    customer_number     text           not null references customer,
    invoice_number      text references invoice,
    issue_date          date           not null,
    currency            char(3)        not null,
    amount              numeric(19, 4) not null check (amount > 0),
    functional_currency char(3)        not null,
    functional_amount   numeric(19, 4) not null,
    reason              text           not null
);

create index credit_note_customer on credit_note (customer_number);
create index credit_note_invoice_dated on credit_note (issue_date) where invoice_number is not null;

create table write_off (
    id                  bigserial primary key,
    invoice_number      text           not null references invoice,
    customer_number     text           not null references customer,
    written_off_on      date           not null,
    currency            char(3)        not null,
    amount              numeric(19, 4) not null check (amount > 0),
    functional_currency char(3)        not null,
    functional_amount   numeric(19, 4) not null,
    reason              text           not null,
    approved_by         text           not null,
    recorded_at         timestamptz    not null default now()
);

create index write_off_customer on write_off (customer_number);
create index write_off_dated on write_off (written_off_on);

alter table invoice
    add column cancelled_on        date,
    add column cancellation_reason text,
    add column disputed_on         date,
    add column disputed_amount     numeric(19, 4) check (disputed_amount > 0),
    add column dispute_reason      text,
    add check (cancelled_on is null or cancelled_on >= issue_date);

create index invoice_cancelled_dated on invoice (cancelled_on) where cancelled_on is not null;

-- Every dated change of an invoice's open amount, whatever document made it. An allocation is
-- dated by its payment's value date. open amount as of D = amount - changes dated on or before D.
create view open_amount_change as
    select a.invoice_number, p.value_date as changed_on, a.amount, 'ALLOCATION' as kind,
           a.payment_reference as document
      from allocation a
      join payment p on p.payment_reference = a.payment_reference
    union all
    select invoice_number, issue_date, amount, 'CREDIT_NOTE', credit_note_number
      from credit_note
     where invoice_number is not null
    union all
    select invoice_number, written_off_on, amount, 'WRITE_OFF', id::text
      from write_off
    union all
    select invoice_number, cancelled_on, amount, 'CANCELLATION', invoice_number
      from invoice
     where cancelled_on is not null;

-- Ageing scans the open invoices whole and finds the changes dated after its "as of" day by
-- these dated indexes (an index on the open invoices' issue date made the planner choose a slower
-- bitmap scan over 1,000,000 rows, so there is none).
create index payment_value_date on payment (value_date);
