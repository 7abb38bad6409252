-- Issue 19, changelog: what each counted revision said of the decision, so that the changes between data versions
-- tell outcomes changed and acts published apart from other revisions. Rows written before this migration keep nulls
-- (unknown) except the open ones, which take what their case says now (it is what they counted).
alter table case_history
    add column outcome           smallint null,
    add column decision_date     date     null,
    add column has_published_act boolean  null;

update case_history h
set outcome = c.outcome, decision_date = c.decision_date, has_published_act = c.has_published_act
from cases c
where h.case_id = c.case_id and h.to_version is null;

-- The changes since a version, in version order (rows closed since a version are found by a scan: see 011).
create index case_history_changes on case_history (from_version, case_id);
