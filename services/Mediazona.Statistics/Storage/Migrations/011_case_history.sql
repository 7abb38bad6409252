-- Issue 19, receipts: every revision (and rules version) a case was counted at, and between which data versions. A
-- receipt names a question and the data version it was answered at; the cases it counted are the rows live at that
-- version that match the question's filter. The row keeps what the shared filter reads (FilterSql.Where: entry date,
-- mobilisation era, court, shape) and where the revision came from. Written by ProjectionWriter in the transaction that
-- moves the version: a case applied at version V closes its open row (to_version = V) and opens one from V; a case
-- removed only closes its row.
create table case_history (
    case_id           text     not null,
    revision          integer  not null,
    rules_version     integer  not null,
    court_code        text     not null,
    entry_date        date     null,
    mobilisation_era  boolean  not null,
    shape_id          bigint   null,
    source_url        text     not null,
    from_version      bigint   not null,
    to_version        bigint   null,
    primary key (case_id, from_version)
);

-- No index holds to_version, and pages keep room: closing a row is then a HOT update, which keeps the projection's
-- writes fast (the primary key finds a case's open row). Receipts and the changelog read by version (012's index) or
-- scan: they are not on the hot path.
alter table case_history set (fillfactor = 80);

-- Cases projected before this migration: their history starts now (what they were counted at before is not known).
insert into case_history (case_id, revision, rules_version, court_code, entry_date, mobilisation_era, shape_id, source_url, from_version)
select c.case_id, c.revision, c.rules_version, c.court_code, c.entry_date, c.mobilisation_era, c.shape_id, c.source_url, v.version
from cases c cross join data_version v;
