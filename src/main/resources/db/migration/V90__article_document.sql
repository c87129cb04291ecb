-- The delivery representation of each published article, rendered after every write that changes it (README
-- "Stored representations"). A GET by id or slug in the default shape reads one row and checks visibility here;
-- a missing, stale or outdated row just means the article is rendered from its tables as before.
create table article_document (
    article_id     uuid primary key references article (id) on delete cascade,
    slug           varchar(200) not null,
    status         varchar(20) not null,
    published_at   timestamp with time zone,
    expires_at     timestamp with time zone,
    -- The first moment after rendering at which what the body shows changes with no write (a photo's usage
    -- rights, the article's expiry): the row is not served from then on.
    valid_until    timestamp with time zone,
    format         integer not null,
    body           bytea not null,
    -- The gzip coding and the ETag of body, as HttpCaching computes them: a read neither hashes nor compresses.
    body_gzip      bytea not null,
    etag           varchar(32) not null,
    surrogate_keys varchar(100000) not null,
    -- What a render says about its language to a request naming none: Content-Language, whether the answer
    -- varies with Accept-Language, and the alternates' Link header values (one per line).
    language       varchar(35) not null,
    vary_language  boolean not null,
    links          varchar(100000) not null,
    last_modified  timestamp with time zone not null,
    rendered_at    timestamp with time zone not null
);
create index article_document_slug on article_document (slug);
create index article_document_valid_until on article_document (valid_until);

-- Articles whose document must be rendered again: written in the transaction that changed them, emptied by the
-- renderer (at once after an HTTP write, by the background job otherwise and for large fan-outs).
create table article_document_backlog (
    article_id   uuid primary key references article (id) on delete cascade,
    requested_at timestamp with time zone not null
);
create index article_document_backlog_requested on article_document_backlog (requested_at);
