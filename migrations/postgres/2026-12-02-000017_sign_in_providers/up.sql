-- Signing in with the retailer's own accounts (OpenID Connect). The providers themselves,
-- with their secrets, are the operator's configuration, never rows here.

-- A member's account at a provider: the provider's key (from the configuration) and the
-- subject it gave, which never changes for that account there.
CREATE TABLE member_identities (
    provider     TEXT      NOT NULL,
    subject      TEXT      NOT NULL,
    user_id      BIGINT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP NOT NULL,
    PRIMARY KEY (provider, subject)
);
CREATE INDEX member_identities_user ON member_identities (user_id);

-- A trip to a provider under way: found again by the hash of its `state`, and only from the
-- browser session that started it; used once. The PKCE verifier and nonce stay here, never
-- in the browser.
CREATE TABLE sign_in_trips (
    state_hash    TEXT      PRIMARY KEY,
    session_hash  TEXT      NOT NULL,
    provider      TEXT      NOT NULL,
    nonce         TEXT      NOT NULL,
    pkce_verifier TEXT      NOT NULL,
    next          TEXT      NOT NULL,
    -- A signed-in member linking a provider from their account page.
    link_to       BIGINT    REFERENCES users (id) ON DELETE CASCADE,
    created_at    TIMESTAMP NOT NULL
);
CREATE INDEX sign_in_trips_created ON sign_in_trips (created_at);

-- Someone a provider vouched for who has no member yet, between the provider's answer and
-- their choice (a new member, or an existing account after its password). One per browser
-- session. `groups` is the directory's claim as a JSON list.
CREATE TABLE sign_in_arrivals (
    session_hash   TEXT      PRIMARY KEY,
    provider       TEXT      NOT NULL,
    subject        TEXT      NOT NULL,
    username       TEXT      NOT NULL,
    email          TEXT      NOT NULL,
    email_verified BOOLEAN   NOT NULL,
    groups         TEXT      NOT NULL,
    next           TEXT      NOT NULL,
    created_at     TIMESTAMP NOT NULL
);

-- Which provider a session signed in with ('' for a password), for signing out there too.
ALTER TABLE sessions ADD COLUMN provider TEXT NOT NULL DEFAULT '';
