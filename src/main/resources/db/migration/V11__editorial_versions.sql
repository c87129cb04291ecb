-- Optimistic-lock versions, so editorial changes to reference data need If-Match like articles do.
alter table section add column version bigint default 0 not null;
alter table author add column version bigint default 0 not null;
alter table tag add column version bigint default 0 not null;
alter table media_asset add column version bigint default 0 not null;
