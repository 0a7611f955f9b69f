-- Images, staff articles (with tags, old slugs and revisions) and replies.
-- Replies are one table for every kind of subject (articles now; answers and ideas later),
-- so comments, answers' comments and idea comments share one mechanism.
CREATE TABLE media (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    hash         TEXT    NOT NULL UNIQUE,
    extension    TEXT    NOT NULL,
    content_type TEXT    NOT NULL,
    width        INTEGER NOT NULL,
    height       INTEGER NOT NULL,
    bytes        BLOB  NOT NULL,
    uploader_id  INTEGER   REFERENCES users (id) ON DELETE SET NULL,
    created_at   TIMESTAMP NOT NULL
);

CREATE TABLE articles (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    slug            TEXT    NOT NULL UNIQUE,
    author_id       INTEGER   NOT NULL REFERENCES users (id),
    title           TEXT    NOT NULL,
    excerpt         TEXT    NOT NULL,
    body_md         TEXT    NOT NULL,
    body_html       TEXT    NOT NULL,
    reading_minutes INTEGER NOT NULL,
    cover_id        INTEGER   REFERENCES media (id),
    cover_alt       TEXT    NOT NULL,
    tags            TEXT    NOT NULL,
    -- NULL: a draft. In the future: scheduled. In the past: published.
    published_at    TIMESTAMP,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL
);
CREATE INDEX articles_published_at ON articles (published_at);
CREATE INDEX articles_author_published ON articles (author_id, published_at);

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag        TEXT  NOT NULL,
    PRIMARY KEY (article_id, tag)
);
CREATE INDEX article_tags_tag ON article_tags (tag, article_id);

-- Slugs an article answered at before its title changed: they redirect (301).
CREATE TABLE article_slugs (
    slug       TEXT  PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);

CREATE TABLE article_revisions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    editor_id  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    title      TEXT  NOT NULL,
    body_md    TEXT  NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX article_revisions_article ON article_revisions (article_id, created_at);

CREATE TABLE replies (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    subject_kind TEXT  NOT NULL,
    subject_id   INTEGER NOT NULL,
    parent_id    INTEGER REFERENCES replies (id),
    author_id    INTEGER NOT NULL REFERENCES users (id),
    body_md      TEXT  NOT NULL,
    body_html    TEXT  NOT NULL,
    status       TEXT  NOT NULL,
    created_at   TIMESTAMP NOT NULL,
    edited_at    TIMESTAMP
);
CREATE INDEX replies_subject ON replies (subject_kind, subject_id, created_at);
CREATE INDEX replies_author ON replies (author_id);
