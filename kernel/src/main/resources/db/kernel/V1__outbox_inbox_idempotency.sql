-- Shared kernel tables, the same in every service's database (Flyway location db/kernel).
-- Service migrations live in db/migration and start at version 2.

create table outbox_event (
    seq           bigserial primary key,
    id            uuid        not null unique,
    topic         text        not null,
    partition_key text        not null,
    event_type    text        not null,
    payload       text        not null,
    occurred_at   timestamptz not null,
    created_at    timestamptz not null default now(),
    published_at  timestamptz,
    attempts      integer     not null default 0,
    last_error    text
);

create index outbox_event_unpublished on outbox_event (seq) where published_at is null;

create table inbox_event (
    consumer    text        not null,
    event_id    text        not null,
    event_type  text        not null,
    received_at timestamptz not null default now(),
    primary key (consumer, event_id)
);

create table idempotency_record (
    caller          text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    state           text        not null check (state in ('IN_FLIGHT', 'COMPLETED')),
    status          integer,
    content_type    text,
    response_body   text,
    created_at      timestamptz not null default now(),
    completed_at    timestamptz,
    primary key (caller, idempotency_key)
);
