-- The ideas board: ideas, one vote per member, and each idea's public status history.
CREATE TABLE ideas (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug            TEXT    NOT NULL,
    author_id       BIGINT   NOT NULL REFERENCES users (id),
    area_id         BIGINT   REFERENCES areas (id),
    title           TEXT    NOT NULL,
    body_md         TEXT    NOT NULL,
    body_html       TEXT    NOT NULL,
    -- awaiting review until a moderator approves it; then a public status.
    status          TEXT    NOT NULL,
    approved        BOOLEAN NOT NULL,
    vote_count      INTEGER NOT NULL DEFAULT 0,
    created_at      TIMESTAMP NOT NULL,
    first_response_at TIMESTAMP,
    -- Set when a moderator merged this idea into another as a duplicate.
    merged_into_id  BIGINT   REFERENCES ideas (id)
);
CREATE INDEX ideas_board_top ON ideas (approved, vote_count, created_at);
CREATE INDEX ideas_board_new ON ideas (approved, created_at);
CREATE INDEX ideas_status ON ideas (status, created_at);
CREATE INDEX ideas_author ON ideas (author_id);

-- One vote per member per idea: the key keeps concurrent double votes out.
CREATE TABLE idea_votes (
    idea_id    BIGINT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (idea_id, user_id)
);
CREATE INDEX idea_votes_user ON idea_votes (user_id);

CREATE TABLE idea_status_changes (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idea_id      BIGINT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    moderator_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    moderator    TEXT  NOT NULL,
    old_status   TEXT  NOT NULL,
    new_status   TEXT  NOT NULL,
    note         TEXT  NOT NULL,
    created_at   TIMESTAMP NOT NULL
);
CREATE INDEX idea_status_changes_idea ON idea_status_changes (idea_id, created_at);

-- "Not for me": ideas a member hid from their own lists. Never shown to anyone else.
CREATE TABLE idea_hidden (
    idea_id BIGINT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, idea_id)
);
