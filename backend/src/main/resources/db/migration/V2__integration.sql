-- Integration for portals: API keys, idempotency, transactional outbox, webhooks and their deliveries.

-- A key acts as a service user (so every row it writes names who did it); such users cannot log in.
ALTER TABLE app_user ADD COLUMN service boolean NOT NULL DEFAULT false;

CREATE TABLE api_key (
    id bigserial PRIMARY KEY,
    name varchar(255) NOT NULL,
    -- SHA-256 of the key; the key itself is shown once and never stored
    key_hash varchar(64) NOT NULL UNIQUE,
    key_prefix varchar(16) NOT NULL,
    user_id bigint NOT NULL REFERENCES app_user (id),
    org_id bigint NOT NULL REFERENCES organization (id),
    roles varchar(32)[] NOT NULL,
    created_by bigint NOT NULL REFERENCES app_user (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    revoked_at timestamptz
);

-- Idempotency-Key: one row per (caller, key); the primary key makes concurrent duplicates produce one result.
CREATE TABLE idempotency_record (
    caller varchar(64) NOT NULL,
    idem_key varchar(255) NOT NULL,
    request_hash varchar(64) NOT NULL,
    method varchar(8) NOT NULL,
    path varchar(1000) NOT NULL,
    state varchar(16) NOT NULL CHECK (state IN ('IN_PROGRESS', 'DONE')),
    response_status integer,
    response_type varchar(255),
    response_body text,
    response_etag varchar(64),
    created_at timestamptz NOT NULL DEFAULT now(),
    completed_at timestamptz,
    PRIMARY KEY (caller, idem_key)
);
CREATE INDEX idempotency_record_created ON idempotency_record (created_at);

-- Transactional outbox: written in the same transaction as the change. xid orders the change feed.
CREATE TABLE outbox_event (
    id bigserial PRIMARY KEY,
    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    event_type varchar(64) NOT NULL,
    entity_type varchar(32) NOT NULL,
    entity_id bigint NOT NULL,
    org_path varchar(2000) NOT NULL,
    payload jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outbox_event_feed ON outbox_event (xid, id);
-- an assignment becomes overdue once
CREATE UNIQUE INDEX outbox_event_overdue_once ON outbox_event (entity_id) WHERE event_type = 'assignment.overdue';

CREATE TABLE webhook (
    id bigserial PRIMARY KEY,
    url varchar(2000) NOT NULL,
    secret varchar(255) NOT NULL,
    events varchar(64)[] NOT NULL,
    org_id bigint REFERENCES organization (id),
    org_path varchar(2000) NOT NULL,
    created_by bigint NOT NULL REFERENCES app_user (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    active boolean NOT NULL DEFAULT true
);

CREATE TABLE webhook_delivery (
    id bigserial PRIMARY KEY,
    webhook_id bigint NOT NULL REFERENCES webhook (id),
    event_id bigint NOT NULL REFERENCES outbox_event (id),
    state varchar(16) NOT NULL CHECK (state IN ('PENDING', 'DELIVERED', 'GAVE_UP')),
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    lease_until timestamptz,
    last_status integer,
    last_error varchar(1000),
    created_at timestamptz NOT NULL DEFAULT now(),
    delivered_at timestamptz,
    UNIQUE (webhook_id, event_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE state = 'PENDING';

CREATE TABLE webhook_attempt (
    id bigserial PRIMARY KEY,
    delivery_id bigint NOT NULL REFERENCES webhook_delivery (id),
    attempt integer NOT NULL,
    attempted_at timestamptz NOT NULL,
    status integer,
    error varchar(1000),
    duration_ms integer NOT NULL,
    UNIQUE (delivery_id, attempt)
);
