-- H2 has no full-text vectors: search matches words in one normalized copy of headline, standfirst and body
-- (lower case, every run of non-letters and non-digits turned into one space, padded with spaces so that
-- ' word' finds a word start). H2 computes the column on every write.
alter table article add column search_doc varchar(1100000)
    generated always as (
        ' ' || regexp_replace(lower(headline || ' ' || coalesce(standfirst, '') || ' ' || coalesce(body_text, '')),
                              '[^\p{L}\p{N}]+', ' ') || ' '
    );
