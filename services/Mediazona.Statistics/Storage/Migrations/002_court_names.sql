-- Court names for the per-court answers and the case table (the writer stores Court.name from now on;
-- cases projected before this migration show "" until they are replayed).
alter table cases add column court_name text not null default '';
