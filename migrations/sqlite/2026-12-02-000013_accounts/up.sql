-- Accounts a community needs: verified addresses, profiles, sessions one can recognise,
-- and single-use links sent by e-mail.

-- When the member proved the address is theirs (NULL: not yet). Accounts made before this
-- migration were made by people already using them: counted as confirmed.
ALTER TABLE users ADD COLUMN email_confirmed_at TIMESTAMP;
UPDATE users SET email_confirmed_at = created_at;
-- A name shown on the profile beside the username (empty: the username).
ALTER TABLE users ADD COLUMN display_name TEXT NOT NULL DEFAULT '';
-- The member keeps their list of posts off their public profile.
ALTER TABLE users ADD COLUMN hide_activity BOOLEAN NOT NULL DEFAULT FALSE;

-- The browser family the session was started from ("Firefox on Linux"), never the full
-- user agent or the address.
ALTER TABLE sessions ADD COLUMN device TEXT NOT NULL DEFAULT '';

-- When an expert was given an area ("expert since").
-- Existing experts count from when they joined.
ALTER TABLE expert_areas ADD COLUMN created_at TIMESTAMP NOT NULL DEFAULT '1970-01-01 00:00:00';
UPDATE expert_areas SET created_at = (SELECT created_at FROM users WHERE users.id = expert_areas.user_id);

-- Links sent by e-mail: password reset, address confirmation, undoing an address change.
-- Only the SHA-256 of the token is kept; a row is deleted when used.
CREATE TABLE account_tokens (
    token_hash TEXT      NOT NULL PRIMARY KEY,
    user_id    INTEGER   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    TEXT      NOT NULL,
    email      TEXT      NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX account_tokens_user ON account_tokens (user_id, purpose);
