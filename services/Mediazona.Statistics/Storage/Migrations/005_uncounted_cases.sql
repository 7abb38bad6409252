-- Cases of other proceedings (criminal appeal and cassation, КоАП, civil…: CourtCase.proceeding_kind) are not counted.
-- Their latest (revision, rules_version) is kept here, so that an older counted revision arriving late cannot bring the
-- case back into the figures, and a newer first-instance revision can.
create table uncounted_cases (
    case_id text primary key,
    revision integer not null,
    rules_version integer not null,
    proceeding_kind smallint not null,
    projected_at timestamptz not null default now()
);
