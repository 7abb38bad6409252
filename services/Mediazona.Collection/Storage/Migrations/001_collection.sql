-- Per court: what works on its site, how the last run went, who is crawling it now.
create table courts (
    code text primary key,
    variant text,                         -- the search URL form that gave results (A, B, BProcessType, BPartNames)
    last_run_at timestamptz,
    last_run_kind text,                   -- OK or the fault's page kind (Captcha, Blocked, Unavailable, ModuleOff, Unknown, ...)
    last_run_cause text,
    last_success_at timestamptz,
    last_new_case_at timestamptz,         -- when a card ingestion had not seen before was last collected
    last_error text,
    last_error_at timestamptz,
    next_run_at timestamptz not null default now(),
    lease_owner text,
    lease_until timestamptz
);

-- Entry-date windows walked to the end (every page, every card acknowledged).
create table crawl_windows (
    court text not null references courts(code),
    date_from date not null,
    date_to date not null,
    cases int not null,
    completed_at timestamptz not null,
    primary key (court, date_from)
);

-- Every card seen in a list: acknowledged by ingestion or still owed.
create table cards (
    court text not null references courts(code),
    card_key text not null,               -- case_id=… (A), _id=… or _uid=… (B)
    url text not null,
    case_number text not null,
    entry_date date,
    decided boolean not null,
    list_fingerprint text not null,       -- decision date and result as the list showed them when the card was fetched
    first_seen_at timestamptz not null default now(),
    fetched_at timestamptz,
    acked_at timestamptz,                 -- null: ingestion has not acknowledged it, fetch again
    ingest_status text,
    ingest_reason text,
    primary key (court, card_key)
);
create index cards_owed on cards (court) where acked_at is null;
create index cards_pending on cards (court, fetched_at) where not decided;

-- Pages nobody could classify, kept for a person to look at: content-addressed, bounded in size and number.
create table unknown_pages (
    sha256 text primary key,
    court text not null,
    url text not null,
    cause text not null,
    content bytea not null,
    truncated boolean not null,
    first_seen_at timestamptz not null default now(),
    last_seen_at timestamptz not null default now(),
    seen int not null default 1
);
