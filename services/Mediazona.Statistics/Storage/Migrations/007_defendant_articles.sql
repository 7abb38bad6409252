-- The distinct articles each defendant is charged under (written by ProjectionWriter with the defendant), so that the
-- sentence statistics read the convicted defendants once per article without joining defendant_charges.
alter table defendants add column charge_articles text[] not null default '{}';

-- Defendants projected before this migration get theirs from their charges (a one-off fill of the new column).
update defendants d set charge_articles = x.articles
from (select case_id, ordinal, array_agg(distinct article order by article) as articles
      from defendant_charges group by case_id, ordinal) x
where x.case_id = d.case_id and x.ordinal = d.ordinal;
