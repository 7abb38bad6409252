-- Migrations hold schema only: the per-case figures (the case shapes and longest terms) are computed in C#
-- (Figures/, ProjectionMapper) and written with the case row in one statement. The SQL functions that computed them
-- (created by 003/004 on databases migrated before this one; fresh databases never get them) go.
drop function if exists refresh_case_figures(text[]);
drop function if exists case_figures(text[]);

-- A shape's id is now the first 64 bits of its fingerprint (CaseShape.IdOf), so a case names its shape in the statement
-- that writes it, whatever other writers add meanwhile. Ids numbered by 004 stay valid for the cases that use them
-- (their fingerprints, an md5 of other text, never equal a new one: such a shape may be stored twice, which changes no sum).
alter table case_shapes alter column shape_id drop identity if exists;
alter table case_shapes alter column shape_id type bigint;
alter table cases alter column shape_id type bigint;
