-- The editorial media list (GET /api/v1/editorial/media) walks assets newest first, (created_at, id) descending,
-- from its cursor on: this index gives it that order, so a page reads its rows instead of sorting the whole table
-- (a generated newsroom has one lead photo per article). A rights filter is checked on the rows as they come.
create index media_asset_created_idx on media_asset (created_at, id);
