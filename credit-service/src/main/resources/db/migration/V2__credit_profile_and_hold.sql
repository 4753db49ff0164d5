-- Credit profiles, fed by ledger events: one row per customer and one per invoice still open.
create table credit_profile (
    customer_number      text          primary key,
    name                 text,
    segment              text,
    functional_currency  varchar(3)    not null,
    exposure_amount      numeric(19,4) not null check (exposure_amount >= 0),
    open_invoice_count   integer       not null check (open_invoice_count >= 0),
    oldest_open_due_date date,
    version              bigint        not null default 0
);

create table credit_open_receivable (
    customer_number text          not null references credit_profile on delete cascade,
    invoice_number  text          not null,
    due_date        date          not null,
    open_amount     numeric(19,4) not null check (open_amount > 0),
    currency        varchar(3)    not null,
    primary key (customer_number, invoice_number)
);

-- Credit holds (the blacklist): active until released or until expires_on is reached.
create table credit_hold (
    id              uuid        primary key,
    customer_number text        not null,
    origin          text        not null check (origin in ('MANUAL', 'RULE')),
    reason          text        not null check (length(trim(reason)) > 0),
    evidence        text,
    expires_on      date,
    placed_by       text        not null,
    placed_at       timestamptz not null,
    released_by     text,
    released_at     timestamptz,
    release_reason  text,
    version         bigint      not null default 0,
    check ((released_at is null) = (released_by is null)
       and (released_at is null) = (release_reason is null))
);

create index credit_hold_by_customer on credit_hold (customer_number, placed_at desc);
