-- Webhooks: endpoints an admin registers, with the events each wants, and the outbox of
-- deliveries. A delivery row is written in the same transaction as its event, so an event
-- that happened is never lost (a crash after the commit leaves the row to deliver), and
-- one (endpoint, event) pair is one row: an event raised twice is delivered once.
-- A process claims a delivery by setting claimed_until in a compare-and-set update, so
-- two processes never send one delivery at the same time.
CREATE TABLE webhook_endpoints (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url                  TEXT      NOT NULL,
    description          TEXT      NOT NULL,
    -- The signing secret, "whsec_" and base64: kept as is, since signing needs it.
    secret               TEXT      NOT NULL,
    -- The event types it wants, space-separated.
    events               TEXT      NOT NULL,
    -- Failed attempts in a row; reset by a success.
    failures_in_a_row    INTEGER   NOT NULL DEFAULT 0,
    disabled_at          TIMESTAMP,
    created_at           TIMESTAMP NOT NULL
);

CREATE TABLE webhook_deliveries (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    endpoint_id          BIGINT    NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    -- The Standard Webhooks message id: the same for every attempt of this delivery.
    message_id           TEXT      NOT NULL,
    -- What happened, once: the same event raised twice has the same key.
    event_key            TEXT      NOT NULL,
    event_type           TEXT      NOT NULL,
    payload              TEXT      NOT NULL,
    created_at           TIMESTAMP NOT NULL,
    -- pending, delivered or failed (gave up after a day of retries).
    state                TEXT      NOT NULL,
    attempts             INTEGER   NOT NULL DEFAULT 0,
    next_attempt_at      TIMESTAMP NOT NULL,
    claimed_until        TIMESTAMP,
    last_status          INTEGER,
    last_error           TEXT      NOT NULL DEFAULT '',
    last_duration_ms     INTEGER,
    last_attempt_at      TIMESTAMP,
    UNIQUE (endpoint_id, event_key)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (state, next_attempt_at);
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, created_at);
