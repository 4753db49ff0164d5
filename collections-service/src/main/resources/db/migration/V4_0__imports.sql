-- Imports of files into the ledger and their reports (collections-service, issue 3).

create table import_job (
    id             uuid primary key,
    file_name      text        not null,
    format         text        not null,
    profile        text,
    content_sha256 char(64)    not null,
    content_bytes  bigint      not null check (content_bytes >= 0),
    requested_by   text        not null,
    repeat_of      uuid references import_job,
    state          text        not null check (state in ('RUNNING', 'COMPLETED', 'FAILED')),
    records_total  integer check (records_total >= 0),
    accepted       integer     not null default 0 check (accepted >= 0),
    unchanged      integer     not null default 0 check (unchanged >= 0),
    rejected       integer     not null default 0 check (rejected >= 0),
    failure_reason text,
    started_at     timestamptz not null,
    finished_at    timestamptz,
    check ((state = 'RUNNING') = (finished_at is null))
);

-- The same bytes in the same format and profile are imported by one job at a time.
create unique index import_job_one_running
    on import_job (content_sha256, format, coalesce(profile, ''))
    where state = 'RUNNING';

create index import_job_content on import_job (content_sha256, finished_at);

create table import_record (
    job_id          uuid    not null references import_job,
    sequence        integer not null check (sequence >= 1),
    position        text    not null,
    kind            text    not null,
    document_number text,
    outcome         text    not null check (outcome in ('ACCEPTED', 'UNCHANGED', 'REJECTED')),
    reason          text,
    primary key (job_id, sequence),
    check ((outcome = 'REJECTED') = (reason is not null))
);

create index import_record_outcome on import_record (job_id, outcome, sequence);
