-- Issue 17: what classification says beyond the coarse punishment kind, kept for the case table, the CSV and releases.
-- Rows projected before this migration keep the defaults (nothing known) until their case is projected again
-- (a new revision, a reclassification, or a replay of CasesClassified).

-- The main punishment's kind of art. 44 (PenaltyKind), its regime, fine, withheld percent and hours, and the
-- additional punishments (art. 45 ч.2), one column each; and whether the card hides the defendant's name.
alter table defendants
    add column penalty_kind                 smallint not null default 0,
    add column regime                       smallint not null default 0,
    add column fine_rubles                  bigint   not null default 0,
    add column withholding_percent          integer  not null default 0,
    add column compulsory_hours             integer  not null default 0,
    add column additional_fine_rubles       bigint   not null default 0,
    add column additional_restriction_months integer not null default 0,
    add column additional_ban_months        integer  not null default 0,
    add column additional_rank_deprived     boolean  not null default false,
    add column name_hidden                  boolean  not null default false;

-- The art. 30 stage (OffenceStage) and art. 33 role (ComplicityRole) written with a charge.
alter table defendant_charges
    add column stage      smallint not null default 0,
    add column complicity smallint not null default 0;

-- Where the revision came from (the card's URL, when it was fetched, the SHA-256 of the raw page).
alter table cases
    add column source_url  text        not null default '',
    add column fetched_at  timestamptz null,
    add column page_sha256 text        not null default '';

-- The people charged at a stage of art. 30, per article and per (article, part): parallel arrays like the article
-- and part arrays of 004 (the article level has part ''), so that a filter by article and stage (attempted
-- desertion: 338 and ATTEMPT) counts only them. Keys "338@2" and "338|1@2" join charge_keys.
alter table case_shapes
    add column stage_articles   text[]     not null default '{}',
    add column stage_parts      text[]     not null default '{}',
    add column stages           smallint[] not null default '{}',
    add column stage_defendants integer[]  not null default '{}',
    add column stage_convicted  integer[]  not null default '{}',
    add column stage_acquitted  integer[]  not null default '{}',
    add column stage_known      integer[]  not null default '{}',
    add column stage_suspended  integer[]  not null default '{}';
