-- alerting-service: the portfolio view built from ledger events, the rule catalogue (rules are
-- data) and the alerts the rules raise.

-- Each customer's open receivables per functional currency: invoices issued minus payments
-- allocated, both in their functional amounts.
create table open_receivable (
    customer_number text          not null,
    currency        char(3)       not null,
    open_amount     numeric(19,4) not null,
    updated_at      timestamptz   not null default now(),
    primary key (customer_number, currency)
);

create index open_receivable_owed on open_receivable (currency) where open_amount > 0;

-- The rule catalogue. Parameters are typed columns, nullable because each rule type reads only
-- its own; a check keeps every row complete for its type.
create table alert_rule (
    id                      text         primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
    type                    text         not null check (type in ('CONCENTRATION')),
    description             text         not null,
    severity                text         not null check (severity in ('INFO', 'WARNING', 'CRITICAL')),
    enabled                 boolean      not null default true,
    threshold_percent       numeric(5,2) check (threshold_percent > 0 and threshold_percent <= 100),
    minimum_portfolio_total numeric(17,2) check (minimum_portfolio_total >= 0),
    constraint concentration_parameters check (
        type <> 'CONCENTRATION'
        or (threshold_percent is not null and minimum_portfolio_total is not null))
);

insert into alert_rule
    (id, type, description, severity, enabled, threshold_percent, minimum_portfolio_total)
values
    ('concentration-25', 'CONCENTRATION',
     'One customer holds more than 25 % of all open receivables (portfolios of 10000.00 and more'
         || ' in the functional currency)',
     'WARNING', true, 25.00, 10000.00);

create table alert (
    id              uuid        primary key,
    rule_id         text        not null references alert_rule (id),
    rule_type       text        not null,
    severity        text        not null,
    customer_number text        not null,
    subject         text        not null,
    currency        char(3),
    message         text        not null,
    figures         jsonb       not null,
    state           text        not null check (state in ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
    raised_at       timestamptz not null,
    acknowledged_by text,
    acknowledged_at timestamptz,
    resolved_at     timestamptz,
    version         bigint      not null default 0
);

-- Deduplication: a rule holds at most one active alert per subject.
create unique index alert_one_active_per_rule_and_subject
    on alert (rule_id, subject) where state <> 'RESOLVED';
create index alert_active_by_rule on alert (rule_id, currency) where state <> 'RESOLVED';
create index alert_by_customer on alert (customer_number, raised_at desc);
create index alert_by_raised on alert (raised_at desc, id);
