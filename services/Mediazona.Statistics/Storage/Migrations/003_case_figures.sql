-- Per-case figures so that the aggregates are one pass over `cases` instead of joins over every defendant and
-- charge row: defendant counts, and small parallel arrays with one element per distinct category, article and
-- (article, part) the case's defendants are charged with. Derived from defendants / defendant_charges only;
-- refresh_case_figures recomputes them, and ProjectionWriter calls it in the transaction that replaces a case.
-- Convicted counts ignore the verdict date: the queries apply "verdict by as_of" per case.

alter table cases
    add column defendant_count     integer    not null default 0,
    add column convicted_count     integer    not null default 0,
    add column acquitted_count     integer    not null default 0,
    add column known_count         integer    not null default 0,
    add column suspended_count     integer    not null default 0,
    add column categories          smallint[] not null default '{}',
    add column category_defendants integer[]  not null default '{}',
    add column articles            text[]     not null default '{}',
    add column article_categories  smallint[] not null default '{}',
    add column article_defendants  integer[]  not null default '{}',
    add column article_convicted   integer[]  not null default '{}',
    add column part_articles       text[]     not null default '{}',
    add column parts               text[]     not null default '{}',
    add column part_categories     smallint[] not null default '{}',
    add column part_defendants     integer[]  not null default '{}',
    add column part_convicted      integer[]  not null default '{}';

-- Known sentence kinds: every kind but UNSPECIFIED (0) and ACQUITTED (6); SUSPENDED is 2 (see FilterSql).
create function refresh_case_figures(ids text[]) returns void language sql as $$
update cases c set
    (defendant_count, convicted_count, acquitted_count, known_count, suspended_count) = (
        select count(*), count(*) filter (where d.convicted), count(*) filter (where d.acquitted),
               count(*) filter (where d.convicted and d.punishment_kind in (1, 2, 3, 4, 5, 7)),
               count(*) filter (where d.convicted and d.punishment_kind = 2)
        from defendants d
        where d.case_id = c.case_id),
    (categories, category_defendants) = (
        select coalesce(array_agg(x.category order by x.category), '{}'),
               coalesce(array_agg(x.people order by x.category), '{}')
        from (select ch.category, count(distinct ch.ordinal)::integer as people
              from defendant_charges ch
              where ch.case_id = c.case_id
              group by ch.category) x),
    (articles, article_categories, article_defendants, article_convicted) = (
        select coalesce(array_agg(x.article order by x.article), '{}'),
               coalesce(array_agg(x.category order by x.article), '{}'),
               coalesce(array_agg(x.people order by x.article), '{}'),
               coalesce(array_agg(x.convicted order by x.article), '{}')
        from (select ch.article, min(ch.category) as category, count(distinct ch.ordinal)::integer as people,
                     count(distinct ch.ordinal) filter (where d.convicted)::integer as convicted
              from defendant_charges ch
              left join defendants d on d.case_id = ch.case_id and d.ordinal = ch.ordinal
              where ch.case_id = c.case_id
              group by ch.article) x),
    (part_articles, parts, part_categories, part_defendants, part_convicted) = (
        select coalesce(array_agg(x.article order by x.article, x.part), '{}'),
               coalesce(array_agg(x.part order by x.article, x.part), '{}'),
               coalesce(array_agg(x.category order by x.article, x.part), '{}'),
               coalesce(array_agg(x.people order by x.article, x.part), '{}'),
               coalesce(array_agg(x.convicted order by x.article, x.part), '{}')
        from (select ch.article, ch.part, min(ch.category) as category, count(*)::integer as people,
                     count(*) filter (where d.convicted)::integer as convicted
              from defendant_charges ch
              left join defendants d on d.case_id = ch.case_id and d.ordinal = ch.ordinal
              where ch.case_id = c.case_id
              group by ch.article, ch.part) x)
where c.case_id = any(ids);
$$;

select refresh_case_figures(array(select case_id from cases));
