-- Ask the Experts: areas of expertise, expert profiles, questions, answers, votes,
-- follows, invitations and in-app notifications.
ALTER TABLE users ADD COLUMN bio TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN avatar_id BIGINT REFERENCES media (id);

CREATE TABLE areas (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL,
    created_at  TIMESTAMP NOT NULL
);

CREATE TABLE expert_areas (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    area_id BIGINT NOT NULL REFERENCES areas (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, area_id)
);
CREATE INDEX expert_areas_area ON expert_areas (area_id, user_id);

CREATE TABLE questions (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                TEXT    NOT NULL,
    asker_id            BIGINT   NOT NULL REFERENCES users (id),
    area_id             BIGINT   NOT NULL REFERENCES areas (id),
    title               TEXT    NOT NULL,
    body_md             TEXT    NOT NULL,
    body_html           TEXT    NOT NULL,
    image_id            BIGINT   REFERENCES media (id),
    image_alt           TEXT    NOT NULL,
    answer_count        INTEGER NOT NULL DEFAULT 0,
    expert_answer_count INTEGER NOT NULL DEFAULT 0,
    vote_count          INTEGER NOT NULL DEFAULT 0,
    accepted_answer_id  BIGINT,
    created_at          TIMESTAMP NOT NULL,
    last_activity_at    TIMESTAMP NOT NULL
);
CREATE INDEX questions_created ON questions (created_at);
CREATE INDEX questions_activity ON questions (last_activity_at);
CREATE INDEX questions_votes ON questions (vote_count, created_at);
CREATE INDEX questions_area_created ON questions (area_id, created_at);
CREATE INDEX questions_unanswered ON questions (answer_count, area_id, created_at);
CREATE INDEX questions_asker ON questions (asker_id);

CREATE TABLE answers (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    question_id BIGINT   NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    author_id   BIGINT   NOT NULL REFERENCES users (id),
    body_md     TEXT    NOT NULL,
    body_html   TEXT    NOT NULL,
    by_expert   BOOLEAN NOT NULL,
    score       INTEGER NOT NULL DEFAULT 0,
    created_at  TIMESTAMP NOT NULL,
    edited_at   TIMESTAMP
);
CREATE INDEX answers_question ON answers (question_id, created_at);
CREATE INDEX answers_author ON answers (author_id);

-- One vote per member per answer: the primary key keeps concurrent double votes out.
CREATE TABLE answer_votes (
    answer_id  BIGINT NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (answer_id, user_id)
);

CREATE TABLE question_follows (
    question_id BIGINT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (question_id, user_id)
);
CREATE INDEX question_follows_user ON question_follows (user_id);

CREATE TABLE expert_invites (
    question_id BIGINT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    invitee_id  BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    inviter_id  BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (question_id, invitee_id)
);

CREATE TABLE notifications (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       TEXT  NOT NULL,
    text       TEXT  NOT NULL,
    url        TEXT  NOT NULL,
    created_at TIMESTAMP NOT NULL,
    read_at    TIMESTAMP
);
CREATE INDEX notifications_user ON notifications (user_id, read_at, created_at);

-- Which kinds of notification a member also wants by e-mail; no row: the default.
CREATE TABLE notification_prefs (
    user_id BIGINT   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind    TEXT    NOT NULL,
    email   BOOLEAN NOT NULL,
    PRIMARY KEY (user_id, kind)
);

-- Reminders already sent, so that every app process sends each one once.
CREATE TABLE accept_reminders (
    question_id BIGINT PRIMARY KEY REFERENCES questions (id) ON DELETE CASCADE,
    sent_at     TIMESTAMP NOT NULL
);
