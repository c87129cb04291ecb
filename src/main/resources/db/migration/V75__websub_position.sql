-- WebSub (issue 11): how far the hub has been told of the change log. One row. An instance claims the changes after
-- last_seq by moving it forward with a compare-and-set (update ... where last_seq = <what it read>), so each change
-- is announced once, by one instance, whichever write or scheduled transition recorded it. It starts at the head:
-- changes recorded before this migration are not announced again.
create table websub_position (
    id integer primary key,
    last_seq bigint not null
);
insert into websub_position (id, last_seq) select 1, last_seq from change_counter where id = 1;
