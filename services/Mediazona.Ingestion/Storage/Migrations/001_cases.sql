-- One row per known case: its key and where its latest revision is.
create table cases (
    case_id         text primary key,          -- 32 hex chars, see Identity/CaseIdentity.cs
    court_code      text not null,
    case_number     text not null,
    case_uid        text not null default '',
    latest_revision integer not null default 0, -- 0 only inside the transaction that creates the case
    content_hash    text not null default '',
    updated_at      timestamptz not null default now(),
    unique (court_code, case_number, case_uid)
);

-- Every stored snapshot of a case; rows are only ever inserted.
create table case_revisions (
    case_id      text not null references cases (case_id),
    revision     integer not null,
    content_hash text not null,
    origin       smallint not null,             -- mediazona.cases.v1.RevisionOrigin
    payload      bytea not null,                -- mediazona.cases.v1.CourtCase protobuf
    recorded_at  timestamptz not null default now(),
    primary key (case_id, revision)
);

-- Events waiting for the relay: written in the transaction that stores the batch.
create table outbox (
    id         bigserial primary key,
    payload    bytea not null,                  -- mediazona.events.v1.CasesRecorded protobuf
    created_at timestamptz not null default now()
);

-- Rejected input, kept raw for inspection.
create table quarantine (
    id           bigserial primary key,
    received_at  timestamptz not null default now(),
    source       text not null,
    reason       text not null,
    field        text not null,
    content_type text not null,
    raw          bytea not null
);
