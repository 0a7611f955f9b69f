-- Personal access tokens for the JSON API: a member makes one on /account with scopes
-- (read, post, vote, moderate) and an expiry. Only the SHA-256 of the token is kept; the
-- token itself is shown once. A revoked token keeps its row (revoked_at) so the member's
-- list says what happened to it.
CREATE TABLE api_tokens (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      BIGINT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT      NOT NULL,
    token_hash   TEXT      NOT NULL UNIQUE,
    scopes       TEXT      NOT NULL,
    created_at   TIMESTAMP NOT NULL,
    expires_at   TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP,
    revoked_at   TIMESTAMP
);
CREATE INDEX api_tokens_user ON api_tokens (user_id, created_at);
