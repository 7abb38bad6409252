-- Rollups maintained by ProjectionWriter in the transaction that changes the cases (Rollups/): per court, mobilisation
-- flag, month of entry, month of decision, outcome and published act, the cases and the summable people figures of
-- their shapes; charge_rollup the same per category ('c'), article ('a') and article and part ('p') of the cases'
-- charges, with the people charged so. entry_date / decision_date hold the first day of the month, so that the
-- filters and figures of the queries read a rollup row as they read a case (see Queries/RollupSql.cs).
create table case_rollup (
    court_code        text     not null,
    mobilisation_era  boolean  not null,
    entry_date        date     null,
    decision_date     date     null,
    outcome           smallint not null,
    has_published_act boolean  not null,
    cases             bigint   not null,
    defendants        bigint   not null,
    convicted         bigint   not null,
    acquitted         bigint   not null,
    known             bigint   not null,
    suspended         bigint   not null
);
create unique index case_rollup_key on case_rollup
    (court_code, mobilisation_era, entry_date, decision_date, outcome, has_published_act) nulls not distinct;

create table charge_rollup (like case_rollup);
alter table charge_rollup
    add column kind     text     not null,
    add column article  text     not null,
    add column part     text     not null,
    add column category smallint not null;
create unique index charge_rollup_key on charge_rollup
    (court_code, mobilisation_era, entry_date, decision_date, outcome, has_published_act, kind, article, part, category) nulls not distinct;

-- The queries read the cases of the as-of month (and of the entry range's edge months) from `cases` itself.
create index cases_decision_date on cases (decision_date);

-- Cases projected before this migration (a one-off fill; from now on the writer keeps the rollups).
insert into case_rollup
select c.court_code, c.mobilisation_era, date_trunc('month', c.entry_date)::date, date_trunc('month', c.decision_date)::date,
       c.outcome, c.has_published_act, count(*), sum(s.defendant_count), sum(s.convicted_count), sum(s.acquitted_count),
       sum(s.known_count), sum(s.suspended_count)
from cases c join case_shapes s on s.shape_id = c.shape_id
group by 1, 2, 3, 4, 5, 6;

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

insert into charge_rollup (court_code, mobilisation_era, entry_date, decision_date, outcome, has_published_act,
                           cases, defendants, convicted, acquitted, known, suspended, kind, article, part, category)
select c.court_code, c.mobilisation_era, date_trunc('month', c.entry_date)::date, date_trunc('month', c.decision_date)::date,
       c.outcome, c.has_published_act, count(*), sum(k.people), sum(k.convicted), sum(k.acquitted), sum(k.known), sum(k.suspended),
       k.kind, k.article, k.part, k.category
from cases c
join shape_charges k on k.shape_id = c.shape_id
group by c.court_code, c.mobilisation_era, 3, 4, c.outcome, c.has_published_act, k.kind, k.article, k.part, k.category;
