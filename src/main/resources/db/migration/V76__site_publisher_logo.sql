-- The publisher logo of the site settings (issue 11): the JSON-LD publisher's logo, an ImageObject with its size as
-- Google's Article structured data asks (fits 600x60: 60 px high, or 600 px wide). All three set, or none.
alter table site_settings add column publisher_logo_url varchar(2048);
alter table site_settings add column publisher_logo_width integer;
alter table site_settings add column publisher_logo_height integer;
