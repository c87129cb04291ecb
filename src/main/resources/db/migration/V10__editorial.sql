-- Editorial API: API keys (stored only as hashes) and immutable article revisions.

create table api_key (
    id         uuid primary key,
    name       varchar(100) not null,
    role       varchar(20)  not null,
    -- SHA-256 of the secret, hex: keys are 256-bit random values, so a fast hash cannot be brute-forced.
    key_hash   varchar(64)  not null,
    -- The first characters of the secret, so an admin can tell keys apart without seeing them.
    key_prefix varchar(16)  not null,
    created_at timestamp with time zone not null,
    revoked_at timestamp with time zone,
    constraint api_key_hash_uk unique (key_hash),
    constraint api_key_role_ck check (role in ('EDITOR', 'PUBLISHER', 'ADMIN'))
);

create table article_revision (
    id           uuid primary key,
    article_id   uuid         not null references article (id),
    number       integer      not null,
    kind         varchar(20)  not null,
    created_at   timestamp with time zone not null,
    key_name     varchar(100) not null,
    note         varchar(2000),
    minor        boolean      not null,
    -- When readers could first see this revision; null for revisions readers never saw (drafts, unpublishing).
    visible_from timestamp with time zone,
    snapshot     varchar(1048576) not null,
    constraint article_revision_number_uk unique (article_id, number),
    constraint article_revision_kind_ck check (kind in ('CREATED', 'EDITED', 'PUBLISHED', 'UNPUBLISHED', 'CORRECTION',
        'DELETED'))
);
