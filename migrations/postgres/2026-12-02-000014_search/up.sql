-- Search: one document per post of every kind, whatever its state (drafts, held and hidden
-- posts included: the query filters by what the reader may open), kept in step in the
-- transaction of every change. PostgreSQL indexes a weighted tsvector (title A, text B,
-- English stemming) with GIN.
CREATE TABLE search_documents (
    id              BIGSERIAL PRIMARY KEY,
    kind            TEXT      NOT NULL,
    post_id         BIGINT    NOT NULL,
    title           TEXT      NOT NULL,
    body            TEXT      NOT NULL,
    url             TEXT      NOT NULL,
    area_id         BIGINT,
    author_id       BIGINT    NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    published_at    TIMESTAMP,
    visibility      TEXT      NOT NULL,
    expert_answered BOOLEAN   NOT NULL DEFAULT FALSE,
    accepted        BOOLEAN   NOT NULL DEFAULT FALSE,
    idea_status     TEXT      NOT NULL DEFAULT '',
    boost           DOUBLE PRECISION NOT NULL DEFAULT 0,
    tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')
    ) STORED,
    UNIQUE (kind, post_id)
);
CREATE INDEX search_documents_created ON search_documents (created_at);
CREATE INDEX search_documents_tsv ON search_documents USING GIN (tsv);
