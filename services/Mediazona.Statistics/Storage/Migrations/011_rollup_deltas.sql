-- The rollups become sums of rows: the projection appends its batch's delta rows (compacted = false) in the transaction
-- that changes the cases, instead of updating one row per key (an insert costs a tenth of an `on conflict do update`),
-- and RollupCompactor folds the delta rows into one compacted row per key in the background (Rollups/RollupCompaction).
-- Every query sums the rows of a key, so an answer is the same before and after a compaction. Rows here are compacted.
alter table case_rollup add column compacted boolean not null default true;
alter table charge_rollup add column compacted boolean not null default true;
alter table court_rollup add column compacted boolean not null default true;
alter table sentence_rollup add column compacted boolean not null default true;

drop index case_rollup_key;
drop index charge_rollup_key;
drop index court_rollup_key;
drop index sentence_rollup_key;
create unique index case_rollup_key on case_rollup (mobilisation_era, entry_date, decision_date, outcome)
    nulls not distinct where compacted;
create unique index charge_rollup_key on charge_rollup
    (mobilisation_era, entry_date, decision_date, outcome, kind, article, part, category) nulls not distinct where compacted;
create unique index court_rollup_key on court_rollup
    (court_code, court_name, mobilisation_era, entry_date, decision_date, outcome) nulls not distinct where compacted;
create unique index sentence_rollup_key on sentence_rollup
    (mobilisation_era, entry_date, decision_date, outcome, article, kind, term) nulls not distinct where compacted;
