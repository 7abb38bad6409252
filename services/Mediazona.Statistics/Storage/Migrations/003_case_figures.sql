-- Per-case figures so that the aggregates are one pass over `cases` instead of joins over every defendant and
-- charge row: defendant counts, and small parallel arrays with one element per distinct category, article and
-- (article, part) the case's defendants are charged with. Derived from defendants / defendant_charges only;
-- (They were computed by a SQL function here until migration 006; migrations now hold schema only.)
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
