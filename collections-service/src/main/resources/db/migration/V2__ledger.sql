-- The receivables ledger. Amounts are exact decimals beside their ISO 4217 currency.

create table customer (
    customer_number    text primary key,
    name               text        not null,
    country            char(2)     not null,
    currency           char(3)     not null,
    payment_terms_days integer     not null,
    segment            text,
    collector          text,
    paperless          boolean     not null,
    updated_at         timestamptz not null default now()
);

create table invoice (
    invoice_number      text primary key,
    customer_number     text           not null references customer,
    issue_date          date           not null,
    due_date            date           not null,
    currency            char(3)        not null,
    amount              numeric(19, 4) not null check (amount > 0),
    functional_currency char(3)        not null,
    functional_amount   numeric(19, 4) not null,
    exchange_rate       numeric(24, 12) not null check (exchange_rate > 0),
    open_amount         numeric(19, 4) not null check (open_amount >= 0 and open_amount <= amount),
    status              text           not null,
    purchase_order      text,
    check (due_date >= issue_date)
);

create index invoice_customer_open on invoice (customer_number, due_date)
    where status in ('OPEN', 'PARTLY_PAID', 'DISPUTED');

create table payment (
    payment_reference      text primary key,
    customer_number        text           not null references customer,
    value_date             date           not null,
    currency               char(3)        not null,
    amount                 numeric(19, 4) not null check (amount > 0),
    functional_currency    char(3)        not null,
    functional_amount      numeric(19, 4) not null,
    remittance_information text
);

create table allocation (
    id                bigserial primary key,
    payment_reference text           not null references payment,
    invoice_number    text           not null references invoice,
    amount            numeric(19, 4) not null check (amount > 0),
    method            text           not null
);

create index allocation_payment on allocation (payment_reference);
create index allocation_invoice on allocation (invoice_number);
