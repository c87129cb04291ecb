-- The transition job asks every second for the assets whose usage rights started or ended since its last run
-- (MediaAssetRepository.findWithRightsBoundaryIn). Without these, that was a full scan of media_asset on every run:
-- at a million assets, three parallel workers a second, found by the 1M benchmark.
create index media_asset_rights_from_idx on media_asset (rights_valid_from);
create index media_asset_rights_until_idx on media_asset (rights_valid_until);
