-- Two more rollups kept by ProjectionWriter with those of 008 (Rollups/), keyed like case_rollup (mobilisation flag,
-- month of entry, month of decision, outcome class) so that Queries/RollupSql.cs splits them from the edge months' cases:
-- court_rollup per court (code and name) with the cases and the people figures of their shapes; sentence_rollup the
-- convicted defendants per article they are charged under (defendants.charge_articles), punishment kind and term, from
-- which the sentence statistics take exact percentiles over a few hundred thousand rows at most instead of sorting
-- every convicted defendant.
create table court_rollup (like case_rollup);
alter table court_rollup
    add column court_code text not null,
    add column court_name text not null;
create unique index court_rollup_key on court_rollup
    (court_code, court_name, mobilisation_era, entry_date, decision_date, outcome) nulls not distinct;

create table sentence_rollup (
    mobilisation_era  boolean  not null,
    entry_date        date     null,
    decision_date     date     null,
    outcome           smallint not null,
    article           text     not null,
    kind              smallint not null,
    term              integer  not null,
    defendants        bigint   not null
);
create unique index sentence_rollup_key on sentence_rollup
    (mobilisation_era, entry_date, decision_date, outcome, article, kind, term) nulls not distinct;

alter table court_rollup set (fillfactor = 50);
alter table sentence_rollup set (fillfactor = 50);

-- The court breakdown reads the longest terms of a court from its cases, longest first (one probe per court and kind),
-- and the sentence statistics find the case of each maximum term from the convicted defendants with that term.
create index cases_court_longest_real on cases (court_code, longest_real_months) where longest_real_months > 0;
create index cases_court_longest_suspended on cases (court_code, longest_suspended_months) where longest_suspended_months > 0;
create index defendants_convicted_term on defendants (punishment_kind, term_months) where convicted;

-- Cases projected before this migration (a one-off fill, as in 008). The outcome class: UNSPECIFIED (0) and PENDING (1)
-- count as PENDING, VERDICT (2) as itself, any other decision as DISMISSED (3).
create view rollup_cases as
select c.case_id, c.shape_id, c.court_code, c.court_name, c.mobilisation_era,
       date_trunc('month', c.entry_date)::date as entry_month, date_trunc('month', c.decision_date)::date as decision_month,
       (case when c.outcome in (0, 1) then 1 when c.outcome = 2 then 2 else 3 end)::smallint as outcome_class
from cases c;

insert into court_rollup (mobilisation_era, entry_date, decision_date, outcome, cases, defendants, convicted, acquitted,
                          known, suspended, court_code, court_name)
select c.mobilisation_era, c.entry_month, c.decision_month, c.outcome_class, count(*), sum(s.defendant_count),
       sum(s.convicted_count), sum(s.acquitted_count), sum(s.known_count), sum(s.suspended_count), c.court_code, c.court_name
from rollup_cases c join case_shapes s on s.shape_id = c.shape_id
group by c.court_code, c.court_name, 1, 2, 3, 4;

insert into sentence_rollup
select c.mobilisation_era, c.entry_month, c.decision_month, c.outcome_class, a.article, d.punishment_kind, d.term_months, count(*)
from rollup_cases c
join defendants d on d.case_id = c.case_id and d.convicted
cross join lateral unnest(d.charge_articles) as a(article)
group by 1, 2, 3, 4, 5, 6, 7;

drop view rollup_cases;
