-- Follow-up and accountability: reminder claims, notifications, report evidence, the audit trail.

-- One row per notice sent about an assignment. The scheduled stages are claimed here with
-- INSERT ... ON CONFLICT DO NOTHING in the same transaction as their notifications, so however many runs or
-- replicas race, each (assignment, stage, deadline) is sent once. The deadline is part of the key: after an
-- extension the organisation is reminded again about its new deadline. MANUAL reminders (chase list) repeat freely.
CREATE TABLE notice (
    id bigserial PRIMARY KEY,
    assignment_id bigint NOT NULL REFERENCES assignment (id),
    stage varchar(32) NOT NULL CHECK (stage IN ('DUE_SOON', 'OVERDUE', 'ESCALATION_PARENT', 'ESCALATION_GRANDPARENT', 'MANUAL')),
    deadline date NOT NULL,
    -- deadline minus the run's day: positive = days left, negative = days late
    days_left integer NOT NULL,
    sent_at timestamptz NOT NULL,
    sent_by bigint REFERENCES app_user (id),
    emailed_to varchar(255)
);
CREATE UNIQUE INDEX notice_once ON notice (assignment_id, stage, deadline) WHERE stage <> 'MANUAL';
CREATE INDEX notice_assignment ON notice (assignment_id, sent_at DESC);
-- the daily run looks for open assignments by deadline
CREATE INDEX assignment_open_deadline ON assignment (deadline) WHERE status IN ('PENDING', 'SCHEDULED', 'HELD', 'RETURNED');

-- In-app notifications, one per recipient user.
CREATE TABLE notification (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES app_user (id),
    notice_id bigint REFERENCES notice (id),
    plan_id bigint REFERENCES plan (id),
    assignment_id bigint REFERENCES assignment (id),
    kind varchar(32) NOT NULL,
    title varchar(500) NOT NULL,
    body text NOT NULL,
    created_at timestamptz NOT NULL,
    read_at timestamptz
);
CREATE INDEX notification_user ON notification (user_id, created_at DESC, id DESC);
CREATE INDEX notification_unread ON notification (user_id) WHERE read_at IS NULL;

-- Evidence attached to one report version; the bytes live in their own table so listing never reads them.
CREATE TABLE attachment (
    id bigserial PRIMARY KEY,
    report_id bigint NOT NULL REFERENCES report (id),
    file_name varchar(255) NOT NULL,
    content_type varchar(100) NOT NULL,
    size_bytes integer NOT NULL CHECK (size_bytes > 0),
    sha256 varchar(64) NOT NULL,
    uploaded_by bigint NOT NULL REFERENCES app_user (id),
    uploaded_at timestamptz NOT NULL
);
CREATE INDEX attachment_report ON attachment (report_id);

CREATE TABLE attachment_content (
    attachment_id bigint PRIMARY KEY REFERENCES attachment (id),
    content bytea NOT NULL
);

-- The audit trail: written in the same transaction as the change it records; append-only.
CREATE TABLE audit_event (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL,
    request_id varchar(100),
    actor_user_id bigint,
    actor_username varchar(64) NOT NULL,
    actor_org_id bigint,
    entity_type varchar(32) NOT NULL,
    entity_id varchar(64) NOT NULL,
    action varchar(32) NOT NULL,
    -- the organisation the entity belongs to when it changed
    org_id bigint,
    before jsonb,
    after jsonb
);
CREATE INDEX audit_event_entity ON audit_event (entity_type, entity_id, id);

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP;
END
$$;
CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
