-- Moderation: what can be held or hidden, members' trust and restrictions, the flags that
-- fill the moderation queue, the policy settings, and per-member rate limits.

-- 'visible', 'held' (waits for a moderator; seen by its author and moderators) or 'hidden'
-- (taken down by a moderator; kept, seen by moderators). Comments keep theirs in
-- replies.status.
ALTER TABLE articles ADD COLUMN visibility TEXT NOT NULL DEFAULT 'visible';
ALTER TABLE questions ADD COLUMN visibility TEXT NOT NULL DEFAULT 'visible';
ALTER TABLE answers ADD COLUMN visibility TEXT NOT NULL DEFAULT 'visible';
ALTER TABLE ideas ADD COLUMN visibility TEXT NOT NULL DEFAULT 'visible';

-- Trusted members skip pre-moderation and the new-member hold. A restriction is
-- 'silenced' (may not post or comment) or 'suspended' (may only read), until a time.
ALTER TABLE users ADD COLUMN trusted BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE users ADD COLUMN restriction TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN restricted_until TIMESTAMP;
ALTER TABLE users ADD COLUMN restriction_reason TEXT NOT NULL DEFAULT '';

-- One row per reason to look at a post: an automatic check, a member's report or the
-- pre-moderation policy. Resolved together when a moderator acts on the post.
CREATE TABLE flags (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    subject_kind TEXT    NOT NULL,
    subject_id   INTEGER  NOT NULL,
    author_id    INTEGER  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    area_id      INTEGER  REFERENCES areas (id) ON DELETE SET NULL,
    rule         TEXT    NOT NULL,
    detail       TEXT    NOT NULL,
    held         BOOLEAN NOT NULL,
    reporter_id  INTEGER  REFERENCES users (id) ON DELETE SET NULL,
    created_at   TIMESTAMP NOT NULL,
    resolved_at  TIMESTAMP,
    resolved_by  TEXT    NOT NULL DEFAULT '',
    resolution   TEXT    NOT NULL DEFAULT '',
    -- The text as posted, when a moderator edited it before approving.
    original_md  TEXT
);
CREATE INDEX flags_open ON flags (resolved_at, created_at);
CREATE INDEX flags_subject ON flags (subject_kind, subject_id);
CREATE INDEX flags_author ON flags (author_id);
-- A member's repeated reports of one post count once (automatic flags have no reporter,
-- and NULLs never collide).
CREATE UNIQUE INDEX flags_one_report ON flags (subject_kind, subject_id, reporter_id);

CREATE TABLE settings (
    name       TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- Posting, commenting, voting and reporting per member, counted in the database so that
-- every app process sees the same counts.
CREATE TABLE rate_events (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    action     TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX rate_events_recent ON rate_events (user_id, action, created_at);
