-- Issue 13: media that front ends use as is.
-- Audio and video: mime type and size of the file, duration in seconds, caption/transcript tracks (a JSON array of
-- {kind, language, url, mimeType, label}) and a poster image, itself a media asset with its own credit and rights.
alter table media_asset add column mime_type varchar(100);
alter table media_asset add column size_bytes bigint;
alter table media_asset add column duration_seconds double precision;
alter table media_asset add column tracks varchar(20000);
alter table media_asset add column poster_id uuid references media_asset (id);

-- Usage rights: outside [rights_valid_from, rights_valid_until) the asset is gone from the delivery API. Decided when
-- a reader asks, so no job has to run at the boundary. Null bounds are open.
alter table media_asset add column usage_terms varchar(2000);
alter table media_asset add column rights_valid_from timestamp with time zone;
alter table media_asset add column rights_valid_until timestamp with time zone;
alter table media_asset add column syndication_allowed boolean default false not null;

alter table media_asset add constraint media_rights_window_ck
    check (rights_valid_from is null or rights_valid_until is null or rights_valid_until > rights_valid_from);
alter table media_asset add constraint media_size_bytes_ck check (size_bytes is null or size_bytes >= 0);
alter table media_asset add constraint media_duration_ck check (duration_seconds is null or duration_seconds >= 0);

-- Deleting a photo that is some video's poster is refused (409); this finds those videos.
create index media_asset_poster_idx on media_asset (poster_id);
