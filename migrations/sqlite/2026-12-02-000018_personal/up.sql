-- Personalisation from what members tell us, never from what they look at: their
-- interests, their "not for me" marks, and how often they want a digest. Nothing here (or
-- anywhere in the schema) records a page view, a click or a reading time.

-- Areas and article tags a member chose. `kind` is 'area' (`item_id` the area) or 'tag'
-- (`tag` the tag).
CREATE TABLE member_interests (
    user_id    INTEGER   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       TEXT      NOT NULL,
    item_id    BIGINT    NOT NULL DEFAULT 0,
    tag        TEXT      NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, kind, item_id, tag)
);

-- "Not for me": an article, question or idea (`item_id`), an area (`item_id`) or a tag
-- (`tag`) the member does not want in their front page, lists and digests. Never shown to
-- anyone else. It replaces the ideas-only `idea_hidden`.
CREATE TABLE not_for_me (
    user_id    INTEGER   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       TEXT      NOT NULL,
    item_id    BIGINT    NOT NULL DEFAULT 0,
    tag        TEXT      NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, kind, item_id, tag)
);
INSERT INTO not_for_me (user_id, kind, item_id, tag, created_at)
SELECT user_id, 'idea', idea_id, '', CURRENT_TIMESTAMP FROM idea_hidden;
DROP TABLE idea_hidden;

-- 'never', 'weekly' or 'daily'; and whether the interests page was offered after sign-up.
ALTER TABLE users ADD COLUMN digest TEXT NOT NULL DEFAULT 'never';
ALTER TABLE users ADD COLUMN interests_offered BOOLEAN NOT NULL DEFAULT FALSE;

-- One digest per member per period ('2026-12-02' for a day, '2026-W49' for a week): the
-- key makes a second app process sending the same digest fail and roll back.
CREATE TABLE digests_sent (
    user_id INTEGER   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    period  TEXT      NOT NULL,
    sent_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, period)
);
CREATE INDEX users_digest ON users (digest);

-- "For you" reads a member's areas' recent questions and ideas' recent status changes.
CREATE INDEX questions_area_activity ON questions (area_id, last_activity_at);
CREATE INDEX idea_status_changes_created ON idea_status_changes (created_at);
