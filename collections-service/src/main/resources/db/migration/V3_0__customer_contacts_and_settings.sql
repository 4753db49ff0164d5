-- Customer contacts (personal data: kept here, never put in events) and the customer's settings
-- for cash application and dunning.

alter table customer
    add column apply_oldest_first    boolean not null default false,
    add column excluded_from_dunning boolean not null default false;

create table customer_contact (
    id                bigserial primary key,
    customer_number   text    not null references customer on delete cascade,
    position          integer not null,
    name              text    not null,
    language          text    not null,
    preferred_channel text    not null check (preferred_channel in ('EMAIL', 'LETTER', 'PHONE')),
    email             text,
    phone             text
);

create index customer_contact_customer on customer_contact (customer_number, position);
