-- The W3C traceparent of the request that stored the batch, so the relay publishes inside the same trace.
alter table outbox add column traceparent text;

-- Whether the latest revision carries annotations: a later card or structured submit keeps them.
alter table cases add column has_annotations boolean not null default false;

-- Rule versions already replayed for (RulesActivated): one replay per version, across replicas and redeliveries.
create table rules_replays (
    rules_version  integer primary key,
    effective_from text not null default '',
    cases_queued   bigint not null,
    replayed_at    timestamptz not null default now()
);

