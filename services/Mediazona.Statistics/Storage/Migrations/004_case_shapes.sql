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

drop function refresh_case_figures(text[]);

-- The figures of the given cases, computed set-wise from defendants and defendant_charges (one grouping per
-- table, not one subquery per case). Known sentence kinds: every kind but UNSPECIFIED (0) and ACQUITTED (6);
-- IMPRISONMENT is 1, SUSPENDED 2 (PunishmentKind in protos/mediazona/cases/v1).
create function case_figures(ids text[])
returns table (case_id text, fingerprint text, longest_real integer, longest_suspended integer,
               defendant_count integer, convicted_count integer, acquitted_count integer, known_count integer,
               suspended_count integer, source_kinds smallint[], source_known integer[],
               categories smallint[], category_defendants integer[], category_convicted integer[], category_acquitted integer[],
               category_known integer[], category_suspended integer[],
               articles text[], article_categories smallint[], article_defendants integer[], article_convicted integer[],
               article_acquitted integer[], article_known integer[], article_suspended integer[],
               part_articles text[], parts text[], part_categories smallint[], part_defendants integer[], part_convicted integer[],
               part_acquitted integer[], part_known integer[], part_suspended integer[], charge_keys text[])
language sql stable as $$
with people as (
    select d.case_id, count(*)::integer as defendants, count(*) filter (where d.convicted)::integer as convicted,
           count(*) filter (where d.acquitted)::integer as acquitted,
           count(*) filter (where d.convicted and d.punishment_kind in (1, 2, 3, 4, 5, 7))::integer as known,
           count(*) filter (where d.convicted and d.punishment_kind = 2)::integer as suspended,
           coalesce(max(d.term_months) filter (where d.convicted and d.punishment_kind = 1), 0) as longest_real,
           coalesce(max(d.term_months) filter (where d.convicted and d.punishment_kind = 2), 0) as longest_suspended
    from defendants d
    where d.case_id = any(ids)
    group by d.case_id
),
sources as (
    select x.case_id, array_agg(x.source order by x.source) as kinds, array_agg(x.known order by x.source) as known
    from (select d.case_id, d.punishment_source as source, count(*)::integer as known
          from defendants d
          where d.case_id = any(ids) and d.convicted and d.punishment_kind in (1, 2, 3, 4, 5, 7)
          group by d.case_id, d.punishment_source) x
    group by x.case_id
),
charged as (
    select ch.case_id, ch.ordinal, ch.article, ch.part, ch.category, coalesce(d.convicted, false) as convicted,
           coalesce(d.acquitted, false) as acquitted,
           coalesce(d.convicted and d.punishment_kind in (1, 2, 3, 4, 5, 7), false) as known,
           coalesce(d.convicted and d.punishment_kind = 2, false) as suspended
    from defendant_charges ch
    left join defendants d on d.case_id = ch.case_id and d.ordinal = ch.ordinal
    where ch.case_id = any(ids)
),
by_category as (
    select x.case_id, array_agg(x.category order by x.category) as categories, array_agg(x.people order by x.category) as people,
           array_agg(x.convicted order by x.category) as convicted, array_agg(x.acquitted order by x.category) as acquitted,
           array_agg(x.known order by x.category) as known, array_agg(x.suspended order by x.category) as suspended,
           array_agg('c' || x.category order by x.category) as keys
    from (select case_id, category, count(distinct ordinal)::integer as people,
                 count(distinct ordinal) filter (where convicted)::integer as convicted,
                 count(distinct ordinal) filter (where acquitted)::integer as acquitted,
                 count(distinct ordinal) filter (where known)::integer as known,
                 count(distinct ordinal) filter (where suspended)::integer as suspended
          from charged group by case_id, category) x
    group by x.case_id
),
by_article as (
    select x.case_id, array_agg(x.article order by x.article) as articles, array_agg(x.category order by x.article) as categories,
           array_agg(x.people order by x.article) as people, array_agg(x.convicted order by x.article) as convicted,
           array_agg(x.acquitted order by x.article) as acquitted, array_agg(x.known order by x.article) as known,
           array_agg(x.suspended order by x.article) as suspended,
           array_agg(x.article order by x.article) || array_agg(x.article || '#c' || x.category order by x.article) as keys
    from (select case_id, article, min(category) as category, count(distinct ordinal)::integer as people,
                 count(distinct ordinal) filter (where convicted)::integer as convicted,
                 count(distinct ordinal) filter (where acquitted)::integer as acquitted,
                 count(distinct ordinal) filter (where known)::integer as known,
                 count(distinct ordinal) filter (where suspended)::integer as suspended
          from charged group by case_id, article) x
    group by x.case_id
),
by_part as (
    select x.case_id, array_agg(x.article order by x.article, x.part) as articles, array_agg(x.part order by x.article, x.part) as parts,
           array_agg(x.category order by x.article, x.part) as categories, array_agg(x.people order by x.article, x.part) as people,
           array_agg(x.convicted order by x.article, x.part) as convicted, array_agg(x.acquitted order by x.article, x.part) as acquitted,
           array_agg(x.known order by x.article, x.part) as known, array_agg(x.suspended order by x.article, x.part) as suspended,
           array_agg(x.article || '|' || x.part order by x.article, x.part)
           || array_agg(x.article || '|' || x.part || '#c' || x.category order by x.article, x.part) as keys
    from (select case_id, article, part, min(category) as category, count(*)::integer as people,
                 count(*) filter (where convicted)::integer as convicted, count(*) filter (where acquitted)::integer as acquitted,
                 count(*) filter (where known)::integer as known, count(*) filter (where suspended)::integer as suspended
          from charged group by case_id, article, part) x
    group by x.case_id
),
figures as (
    select c.case_id, coalesce(p.longest_real, 0) as longest_real, coalesce(p.longest_suspended, 0) as longest_suspended,
           coalesce(p.defendants, 0) as defendant_count, coalesce(p.convicted, 0) as convicted_count,
           coalesce(p.acquitted, 0) as acquitted_count, coalesce(p.known, 0) as known_count, coalesce(p.suspended, 0) as suspended_count,
           coalesce(s.kinds, '{}') as source_kinds, coalesce(s.known, '{}') as source_known,
           coalesce(k.categories, '{}') as categories, coalesce(k.people, '{}') as category_defendants,
           coalesce(k.convicted, '{}') as category_convicted, coalesce(k.acquitted, '{}') as category_acquitted,
           coalesce(k.known, '{}') as category_known, coalesce(k.suspended, '{}') as category_suspended,
           coalesce(a.articles, '{}') as articles, coalesce(a.categories, '{}') as article_categories,
           coalesce(a.people, '{}') as article_defendants, coalesce(a.convicted, '{}') as article_convicted,
           coalesce(a.acquitted, '{}') as article_acquitted, coalesce(a.known, '{}') as article_known,
           coalesce(a.suspended, '{}') as article_suspended,
           coalesce(t.articles, '{}') as part_articles, coalesce(t.parts, '{}') as parts, coalesce(t.categories, '{}') as part_categories,
           coalesce(t.people, '{}') as part_defendants, coalesce(t.convicted, '{}') as part_convicted,
           coalesce(t.acquitted, '{}') as part_acquitted, coalesce(t.known, '{}') as part_known,
           coalesce(t.suspended, '{}') as part_suspended,
           coalesce(a.keys, '{}') || coalesce(t.keys, '{}') || coalesce(k.keys, '{}') as charge_keys
    from unnest(ids) as c(case_id)
    left join people p on p.case_id = c.case_id
    left join sources s on s.case_id = c.case_id
    left join by_category k on k.case_id = c.case_id
    left join by_article a on a.case_id = c.case_id
    left join by_part t on t.case_id = c.case_id
)
select f.case_id,
       md5(row(f.defendant_count,
               f.convicted_count, f.acquitted_count, f.known_count, f.suspended_count, f.source_kinds, f.source_known,
               f.categories, f.category_defendants, f.category_convicted, f.category_acquitted, f.category_known,
               f.category_suspended, f.articles, f.article_categories, f.article_defendants, f.article_convicted,
               f.article_acquitted, f.article_known, f.article_suspended, f.part_articles, f.parts, f.part_categories,
               f.part_defendants, f.part_convicted, f.part_acquitted, f.part_known, f.part_suspended)::text),
       f.longest_real, f.longest_suspended,
       f.defendant_count, f.convicted_count, f.acquitted_count, f.known_count, f.suspended_count, f.source_kinds,
       f.source_known, f.categories, f.category_defendants, f.category_convicted, f.category_acquitted,
       f.category_known, f.category_suspended, f.articles, f.article_categories, f.article_defendants,
       f.article_convicted, f.article_acquitted, f.article_known, f.article_suspended, f.part_articles, f.parts,
       f.part_categories, f.part_defendants, f.part_convicted, f.part_acquitted, f.part_known, f.part_suspended,
       f.charge_keys
from figures f
$$;

-- Recomputes the given cases' shapes and longest terms; ProjectionWriter calls it in the transaction that replaces the
-- cases. Two statements on purpose (the figures are computed twice, which costs little beside the writes): a shape
-- another transaction committed meanwhile makes the insert do nothing, and only the second statement's fresh
-- snapshot sees it. New shapes go in in fingerprint order, so two writers adding the same shapes wait for each other
-- instead of deadlocking.
create function refresh_case_figures(ids text[]) returns void language plpgsql as $$
begin
    insert into case_shapes (fingerprint,
                             defendant_count, convicted_count, acquitted_count, known_count, suspended_count,
                             source_kinds, source_known, categories, category_defendants, category_convicted,
                             category_acquitted, category_known, category_suspended, articles, article_categories,
                             article_defendants, article_convicted, article_acquitted, article_known,
                             article_suspended, part_articles, parts, part_categories, part_defendants,
                             part_convicted, part_acquitted, part_known, part_suspended, charge_keys)
    select distinct on (f.fingerprint) f.fingerprint,
           f.defendant_count, f.convicted_count, f.acquitted_count, f.known_count, f.suspended_count, f.source_kinds,
           f.source_known, f.categories, f.category_defendants, f.category_convicted, f.category_acquitted,
           f.category_known, f.category_suspended, f.articles, f.article_categories, f.article_defendants,
           f.article_convicted, f.article_acquitted, f.article_known, f.article_suspended, f.part_articles, f.parts,
           f.part_categories, f.part_defendants, f.part_convicted, f.part_acquitted, f.part_known, f.part_suspended,
           f.charge_keys
    from case_figures(ids) f
    where not exists (select 1 from case_shapes s where s.fingerprint = f.fingerprint)
    order by f.fingerprint
    on conflict (fingerprint) do nothing;

    update cases c
    set shape_id = s.shape_id, longest_real_months = f.longest_real, longest_suspended_months = f.longest_suspended
    from case_figures(ids) f
    join case_shapes s on s.fingerprint = f.fingerprint
    where c.case_id = f.case_id;
end
$$;

-- Queries filter by shape_id after the court / date conditions; the index serves per-shape lookups (article filters).
create index cases_shape on cases (shape_id);

select refresh_case_figures(array(select case_id from cases));
