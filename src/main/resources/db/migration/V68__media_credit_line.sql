-- The printed credit line ("Photo : Harbour Light Agency") apart from the credited names ("Harbour Light Agency"):
-- credit keeps the names, credit_line the editors' own line when they wrote one (null: label of the type + names).
-- V69 moves the lines stored in credit until now.
alter table media_asset add column credit_line varchar(600);
