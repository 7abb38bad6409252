-- Case shapes: every per-case figure the aggregates need, except dates, court and outcome, kept once per distinct
-- combination in a small dictionary (about 37,000 shapes for a million synthetic cases), and each case points at
-- its shape. The aggregates then group a narrow scan of `cases` by an integer (shape_id, plus the verdict flag
-- that depends on as_of) and read the arrays once per shape: no hashing of arrays per case, no joins over
-- defendants. Filters by article / part / category become "shape_id in (the shapes charged so)".
--
-- A shape holds: defendant counts (all, convicted, acquitted, with a known sentence, suspended; the convicted
-- counts ignore the verdict date: the queries apply "verdict by as_of" per case), known sentences by source
-- (`source_kinds` / `source_known`), and small parallel arrays with one element per distinct category, article
-- and (article, part) the case's defendants are charged with, each with the same five defendant counts over the
-- defendants charged so (a filter by article / part / category counts only them). Shapes are never deleted: a
-- dictionary that only grows by new combinations.

create table case_shapes (
    shape_id            integer    generated always as identity primary key,
    fingerprint         text       not null unique,
    defendant_count     integer    not null,
    convicted_count     integer    not null,
    acquitted_count     integer    not null,
    known_count         integer    not null,
    suspended_count     integer    not null,
    source_kinds        smallint[] not null,
    source_known        integer[]  not null,
    categories          smallint[] not null,
    category_defendants integer[]  not null,
    category_convicted  integer[]  not null,
    category_acquitted  integer[]  not null,
    category_known      integer[]  not null,
    category_suspended  integer[]  not null,
    articles            text[]     not null,
    article_categories  smallint[] not null,
    article_defendants  integer[]  not null,
    article_convicted   integer[]  not null,
    article_acquitted   integer[]  not null,
    article_known       integer[]  not null,
    article_suspended   integer[]  not null,
    part_articles       text[]     not null,
    parts               text[]     not null,
    part_categories     smallint[] not null,
    part_defendants     integer[]  not null,
    part_convicted      integer[]  not null,
    part_acquitted      integer[]  not null,
    part_known          integer[]  not null,
    part_suspended      integer[]  not null,
    -- Derived from the arrays above, for the charge filters: each category ("c5"), article ("337") and article and part
    -- ("337|5") the case's defendants are charged with, the last two also with their category ("337#c5", "337|5#c5"),
    -- so that one key says what a filter asks of one charge.
    charge_keys         text[]     not null
);

-- The longest terms vary too much to be part of a shape; the court breakdown takes their maximum per court.
alter table cases
    drop column defendant_count, drop column convicted_count, drop column acquitted_count,
    drop column known_count, drop column suspended_count, drop column categories, drop column category_defendants,
    drop column articles, drop column article_categories, drop column article_defendants, drop column article_convicted,
    drop column part_articles, drop column parts, drop column part_categories, drop column part_defendants,
    drop column part_convicted,
    add column shape_id                 integer null,
    add column longest_real_months      integer not null default 0,
    add column longest_suspended_months integer not null default 0;

-- The shapes and longest terms were computed by SQL functions defined here until migration 006; they are computed in C#
-- now (Figures/CaseShape.cs) and this migration holds schema only.

-- Queries filter by shape_id after the court / date conditions; the index serves per-shape lookups (article filters).
create index cases_shape on cases (shape_id);

