-- Projection of classified cases: the latest (revision, rules_version) of each case, its defendants
-- and their charges. Owned by the statistics service; rebuilt by replaying CasesClassified.
-- No foreign keys: the projection writer replaces a case's rows together in one transaction,
-- and FK checks would only slow down bulk writes.

create table cases (
    case_id            text        primary key,
    revision           integer     not null,
    rules_version      integer     not null,
    court_code         text        not null,
    case_number        text        not null,
    entry_date         date        null,
    decision_date      date        null,
    outcome            smallint    not null,
    mobilisation_era   boolean     not null,
    group_case         boolean     not null,
    has_published_act  boolean     not null,
    projected_at       timestamptz not null default now()
);

-- Summary filters: as-of / entry range on every query (the default counts mobilisation-era cases only),
-- and per-court dashboards.
create index cases_entry_date on cases (entry_date);
create index cases_mobilisation_entry_date on cases (entry_date) where mobilisation_era;
create index cases_court_entry_date on cases (court_code, entry_date);

create table defendants (
    case_id                   text     not null,
    ordinal                   integer  not null,
    convicted                 boolean  not null,
    acquitted                 boolean  not null,
    punishment_kind           smallint not null,
    term_months               integer  not null,
    probation_months          integer  not null,
    punishment_source         smallint not null,
    primary_article           text     not null,
    primary_part              text     not null,
    primary_category          smallint not null,
    primary_mobilisation_era  boolean  not null,
    primary key (case_id, ordinal)
);

-- One row per distinct (article, part) of a defendant: a defendant counts once per article and part
-- even when the card lists several points of the same part.
create table defendant_charges (
    case_id           text     not null,
    ordinal           integer  not null,
    article           text     not null,
    part              text     not null,
    category          smallint not null,
    mobilisation_era  boolean  not null,
    primary key (case_id, ordinal, article, part)
);

-- Article / part / category filters look up the cases charged so.
create index defendant_charges_article on defendant_charges (article, part, case_id);
create index defendant_charges_category on defendant_charges (category, case_id);

-- Moves whenever the projection changes; part of every cache key. Starts at the creation time in
-- microseconds (and never goes below "now" when bumped) so that a recreated database never reuses a
-- version whose answers may still sit in Redis.
create table data_version (
    singleton  boolean primary key default true check (singleton),
    version    bigint  not null
);
insert into data_version (singleton, version)
values (true, (extract(epoch from clock_timestamp()) * 1000000)::bigint);
