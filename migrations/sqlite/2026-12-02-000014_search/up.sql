-- Search: one document per post of every kind, whatever its state (drafts, held and hidden
-- posts included: the query filters by what the reader may open), kept in step in the
-- transaction of every change. SQLite's FTS5 indexes its text (external content, kept in
-- step by the triggers below), stemmed for English by the Porter tokenizer.
CREATE TABLE search_documents (
    id              INTEGER   PRIMARY KEY AUTOINCREMENT,
    kind            TEXT      NOT NULL,
    post_id         BIGINT    NOT NULL,
    title           TEXT      NOT NULL,
    body            TEXT      NOT NULL,
    url             TEXT      NOT NULL,
    area_id         BIGINT,
    author_id       BIGINT    NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    -- When the post is public from (NULL: a draft); the page is public from then.
    published_at    TIMESTAMP,
    -- The post's own visibility, or its question's or subject's when that is worse;
    -- 'merged' for an idea merged into another.
    visibility      TEXT      NOT NULL,
    expert_answered BOOLEAN   NOT NULL DEFAULT FALSE,
    accepted        BOOLEAN   NOT NULL DEFAULT FALSE,
    idea_status     TEXT      NOT NULL DEFAULT '',
    -- Added to the engine's score: accepted and experts' answers rank a little higher.
    boost           DOUBLE PRECISION NOT NULL DEFAULT 0,
    UNIQUE (kind, post_id)
);
CREATE INDEX search_documents_created ON search_documents (created_at);

CREATE VIRTUAL TABLE search_fts USING fts5(
    title, body,
    content = 'search_documents', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER search_documents_ai AFTER INSERT ON search_documents BEGIN
    INSERT INTO search_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER search_documents_ad AFTER DELETE ON search_documents BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO search_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
