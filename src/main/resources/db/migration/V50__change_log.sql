-- The change log (issue 10): every change a reader of the delivery API can observe, numbered in commit order.
--
-- change_counter holds one row. Each writing transaction, as its last step, locks it (select ... for update), takes
-- the next numbers and writes them back; the row lock is held until commit, so transactions that record changes
-- commit one after another in the order of their numbers, and a reader never sees seq n+1 without seq n.
-- purged_through: the highest seq removed by retention; a token at or below it is too old (410).
create table change_counter (
    id integer primary key,
    last_seq bigint not null,
    purged_through bigint not null
);
insert into change_counter (id, last_seq, purged_through) values (1, 0, 0);

-- One row per observable change. attributes_before/after (JSON text) hold what filters match on (section,
-- language, tags), so a filtered feed can still deliver a deletion or an out_of_scope tombstone.
create table change_log (
    seq bigint primary key,
    item_type varchar(20) not null,
    item_id varchar(64) not null,
    kind varchar(10) not null,
    reason varchar(40) not null,
    changed varchar(2000) not null,
    surrogate_keys text not null,
    attributes_before text,
    attributes_after text,
    occurred_at timestamp with time zone not null,
    -- kind is 'upsert' or 'tombstone', written only by ChangeRecorder from its enum. No CHECK constraint: H2 (the
    -- embedded default) evaluates one with the session that created it, and after a lost connection every insert
    -- into this table failed with "The database has been closed".
    recorded_at timestamp with time zone not null
);
create index change_log_recorded_idx on change_log (recorded_at);

-- What readers last observed of each item, as the change log recorded it: the next change is computed against it
-- (visible -> not visible is a tombstone; fingerprints name the changed fields).
create table change_item_state (
    item_type varchar(20) not null,
    item_id varchar(64) not null,
    visible boolean not null,
    attributes text,
    fingerprint text not null,
    surrogate_keys text not null,
    last_seq bigint not null,
    primary key (item_type, item_id)
);

-- Scheduled publications and expiries are recorded by a job (change feed README): how far it has looked. Every
-- instance runs the job; recording is idempotent (a change is written only if it differs from change_item_state,
-- compared under the counter lock), so an instance that looks at the same window again records nothing.
create table change_transition_scan (
    id integer primary key,
    checked_through timestamp with time zone not null
);
insert into change_transition_scan (id, checked_through) values (1, current_timestamp);
