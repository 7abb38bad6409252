-- Rollups maintained by ProjectionWriter in the transaction that changes the cases (Rollups/): per mobilisation flag,
-- month of entry, month of decision and outcome class (CaseFigures.OutcomeClass), the cases and the summable people
-- figures of their shapes; charge_rollup the same per category ('c'), article ('a') and article and part ('p') of the
-- cases' charges, with the people charged so. entry_date / decision_date hold the first day of the month and outcome
-- the class's outcome, so that the date filters and as-of figures of the queries read a rollup row as they read a case
-- (see Queries/RollupSql.cs). A few thousand rows: requests by court or charge read the cases.
create table case_rollup (
    mobilisation_era  boolean  not null,
    entry_date        date     null,
    decision_date     date     null,
    outcome           smallint not null,
    cases             bigint   not null,
    defendants        bigint   not null,
    convicted         bigint   not null,
    acquitted         bigint   not null,
    known             bigint   not null,
    suspended         bigint   not null
);
create unique index case_rollup_key on case_rollup (mobilisation_era, entry_date, decision_date, outcome) nulls not distinct;

create table charge_rollup (like case_rollup);
alter table charge_rollup
    add column kind     text     not null,
    add column article  text     not null,
    add column part     text     not null,
    add column category smallint not null;
create unique index charge_rollup_key on charge_rollup
    (mobilisation_era, entry_date, decision_date, outcome, kind, article, part, category) nulls not distinct;

-- Every batch updates many of these few rows: room on each page keeps the updates HOT (no new index entries).
alter table case_rollup set (fillfactor = 50);
alter table charge_rollup set (fillfactor = 50);

-- The queries read the cases of the as-of month (and of the entry range's edge months) from `cases` itself.
create index cases_decision_date on cases (decision_date);

-- Cases projected before this migration (a one-off fill; from now on the writer keeps the rollups). The outcome class:
-- UNSPECIFIED (0) and PENDING (1) count as PENDING, VERDICT (2) as itself, any other decision as DISMISSED (3).
create view rollup_cases as
select c.case_id, c.shape_id, c.mobilisation_era, date_trunc('month', c.entry_date)::date as entry_month,
       date_trunc('month', c.decision_date)::date as decision_month,
       (case when c.outcome in (0, 1) then 1 when c.outcome = 2 then 2 else 3 end)::smallint as outcome_class
from cases c;

insert into case_rollup
select c.mobilisation_era, c.entry_month, c.decision_month, c.outcome_class, count(*), sum(s.defendant_count),
       sum(s.convicted_count), sum(s.acquitted_count), sum(s.known_count), sum(s.suspended_count)
from rollup_cases c join case_shapes s on s.shape_id = c.shape_id
group by 1, 2, 3, 4;

-- A shape's charge breakdown as rows: per category ('c'), article ('a') and article and part ('p'), the people charged so.
create view shape_charges as
select s.shape_id, k.kind, k.article, k.part, k.category, k.people, k.convicted, k.acquitted, k.known, k.suspended
from case_shapes s
cross join lateral (
    select 'c', '', '', x.category, x.people, x.convicted, x.acquitted, x.known, x.suspended
    from unnest(s.categories, s.category_defendants, s.category_convicted, s.category_acquitted, s.category_known, s.category_suspended)
         as x(category, people, convicted, acquitted, known, suspended)
    union all
    select 'a', x.article, '', x.category, x.people, x.convicted, x.acquitted, x.known, x.suspended
    from unnest(s.articles, s.article_categories, s.article_defendants, s.article_convicted, s.article_acquitted, s.article_known, s.article_suspended)
         as x(article, category, people, convicted, acquitted, known, suspended)
    union all
    select 'p', x.article, x.part, x.category, x.people, x.convicted, x.acquitted, x.known, x.suspended
    from unnest(s.part_articles, s.parts, s.part_categories, s.part_defendants, s.part_convicted, s.part_acquitted, s.part_known, s.part_suspended)
         as x(article, part, category, people, convicted, acquitted, known, suspended)
) as k(kind, article, part, category, people, convicted, acquitted, known, suspended);

insert into charge_rollup (mobilisation_era, entry_date, decision_date, outcome, cases, defendants, convicted, acquitted, known,
                           suspended, kind, article, part, category)
select c.mobilisation_era, c.entry_month, c.decision_month, c.outcome_class, count(*), sum(k.people), sum(k.convicted),
       sum(k.acquitted), sum(k.known), sum(k.suspended), k.kind, k.article, k.part, k.category
from rollup_cases c
join shape_charges k on k.shape_id = c.shape_id
group by 1, 2, 3, 4, k.kind, k.article, k.part, k.category;

drop view rollup_cases;
