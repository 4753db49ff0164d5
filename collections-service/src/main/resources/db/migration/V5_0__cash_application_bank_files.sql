-- Cash application for bank files: invoices carry an ISO 11649 creditor reference, payments the
-- payer's end-to-end id, and bank payments that name no customer wait in unidentified_payment.

alter table invoice add column creditor_reference text;
create index invoice_creditor_reference on invoice (creditor_reference)
    where creditor_reference is not null;
-- A bank payment names invoices in free text, in any case: look them up by upper(number).
create index invoice_number_upper on invoice (upper(invoice_number));

alter table payment add column end_to_end_id text;

create table unidentified_payment (
    payment_reference      text primary key,
    value_date             date           not null,
    currency               char(3)        not null,
    amount                 numeric(19, 4) not null check (amount > 0),
    remittance_information text,
    end_to_end_id          text,
    payer_name             text,
    payer_account          text,
    received_at            timestamptz    not null default now()
);

create index unidentified_payment_value_date on unidentified_payment (value_date);
