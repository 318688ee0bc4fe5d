-- Tiến độ schema. Never edit once landed: add V2__..., V3__...

CREATE TABLE level (
    code varchar(32) PRIMARY KEY,
    name varchar(255) NOT NULL,
    rank integer NOT NULL
);
INSERT INTO level (code, name, rank) VALUES
    ('tinh', 'Cấp tỉnh', 1),
    ('huyen', 'Cấp huyện và tương đương', 2),
    ('co-so', 'Cấp cơ sở', 3),
    ('chi-bo', 'Chi bộ', 4),
    ('doan-the', 'Mặt trận và đoàn thể', 5);

-- The organisation tree. path = '/<root id>/.../<own id>/' so a subtree is one range scan on path.
CREATE TABLE organization (
    id bigserial PRIMARY KEY,
    code varchar(64) NOT NULL UNIQUE,
    name varchar(255) NOT NULL,
    parent_id bigint REFERENCES organization (id),
    level_code varchar(32) NOT NULL REFERENCES level (code),
    member_count integer NOT NULL DEFAULT 0 CHECK (member_count >= 0),
    secretary_name varchar(255),
    phone varchar(64),
    email varchar(255),
    active boolean NOT NULL DEFAULT true,
    path varchar(2000) NOT NULL UNIQUE,
    depth integer NOT NULL,
    -- lower-case name and code without Vietnamese diacritics, for accent-insensitive search
    search_key varchar(600) NOT NULL,
    version integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX organization_path_prefix ON organization (path varchar_pattern_ops);
CREATE INDEX organization_parent ON organization (parent_id);
CREATE INDEX organization_level ON organization (level_code);

CREATE TABLE app_user (
    id bigserial PRIMARY KEY,
    username varchar(64) NOT NULL UNIQUE,
    password_hash varchar(100) NOT NULL,
    full_name varchar(255) NOT NULL,
    -- null only for the bootstrap system administrator, who stands above every tree
    org_id bigint REFERENCES organization (id),
    roles varchar(32)[] NOT NULL,
    active boolean NOT NULL DEFAULT true,
    version integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX app_user_org ON app_user (org_id);

CREATE TABLE plan (
    id bigserial PRIMARY KEY,
    number varchar(64) NOT NULL,
    title varchar(1000) NOT NULL,
    issuer_org_id bigint NOT NULL REFERENCES organization (id),
    resolution varchar(1000),
    issued_on date,
    purpose text,
    requirements text,
    materials text,
    parent_plan_id bigint REFERENCES plan (id),
    status varchar(16) NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED')),
    published_at timestamptz,
    closed_at timestamptz,
    version integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_issuer ON plan (issuer_org_id);
CREATE INDEX plan_parent ON plan (parent_plan_id);

CREATE TABLE tier (
    id bigserial PRIMARY KEY,
    plan_id bigint NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position integer NOT NULL,
    name varchar(500) NOT NULL,
    activity varchar(32) NOT NULL CHECK (activity IN ('STUDY', 'PROPAGANDA', 'ACTION_PROGRAMME', 'OTHER')),
    level_codes varchar(32)[] NOT NULL DEFAULT '{}',
    organization_ids bigint[] NOT NULL DEFAULT '{}',
    audience text,
    duration_days numeric(6, 2),
    presenter varchar(500),
    format varchar(16) NOT NULL CHECK (format IN ('IN_PERSON', 'ONLINE', 'HYBRID')),
    deadline date NOT NULL
);
CREATE INDEX tier_plan ON tier (plan_id);

-- One per tier x targeted organisation. org_path is the organisation's path, kept in step on moves,
-- so a plan's subtree figures are one range scan on (plan_id, org_path).
CREATE TABLE assignment (
    id bigserial PRIMARY KEY,
    plan_id bigint NOT NULL REFERENCES plan (id),
    tier_id bigint NOT NULL REFERENCES tier (id),
    org_id bigint NOT NULL REFERENCES organization (id),
    org_path varchar(2000) NOT NULL,
    deadline date NOT NULL,
    original_deadline date NOT NULL,
    status varchar(16) NOT NULL CHECK (status IN ('PENDING', 'SCHEDULED', 'HELD', 'REPORTED', 'ACCEPTED', 'RETURNED', 'EXEMPT')),
    completed_at timestamptz,
    on_time boolean,
    exempt_reason varchar(1000),
    extension_reason varchar(1000),
    current_report_id bigint,
    version integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tier_id, org_id)
);
CREATE INDEX assignment_plan_path ON assignment (plan_id, org_path varchar_pattern_ops);
CREATE INDEX assignment_org ON assignment (org_id);

CREATE TABLE session (
    id bigserial PRIMARY KEY,
    assignment_id bigint NOT NULL REFERENCES assignment (id),
    starts_at timestamptz NOT NULL,
    ends_at timestamptz,
    venue varchar(500),
    format varchar(16) NOT NULL CHECK (format IN ('IN_PERSON', 'ONLINE', 'HYBRID')),
    presenter varchar(500),
    expected_attendees integer CHECK (expected_attendees >= 0),
    status varchar(16) NOT NULL CHECK (status IN ('SCHEDULED', 'HELD', 'CANCELLED')),
    host_session_id bigint REFERENCES session (id),
    version integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX session_assignment ON session (assignment_id);
CREATE INDEX session_host ON session (host_session_id);
CREATE INDEX session_starts ON session (starts_at);

CREATE TABLE report (
    id bigserial PRIMARY KEY,
    assignment_id bigint NOT NULL REFERENCES assignment (id),
    version integer NOT NULL,
    held_on date NOT NULL,
    attendees integer NOT NULL CHECK (attendees >= 0),
    expected integer NOT NULL CHECK (expected >= 0),
    absent_with_reason integer NOT NULL DEFAULT 0 CHECK (absent_with_reason >= 0),
    write_ups integer NOT NULL DEFAULT 0 CHECK (write_ups >= 0),
    action_programme_adopted boolean NOT NULL DEFAULT false,
    action_programme_ref varchar(500),
    propaganda_forms varchar(64)[] NOT NULL DEFAULT '{}',
    notes text,
    submitted_by bigint NOT NULL REFERENCES app_user (id),
    submitted_at timestamptz NOT NULL,
    state varchar(16) NOT NULL CHECK (state IN ('SUBMITTED', 'ACCEPTED', 'RETURNED')),
    review_comment varchar(2000),
    reviewed_by bigint REFERENCES app_user (id),
    reviewed_at timestamptz,
    UNIQUE (assignment_id, version),
    CHECK (attendees <= expected)
);
CREATE INDEX report_state ON report (state);
ALTER TABLE assignment ADD CONSTRAINT assignment_current_report FOREIGN KEY (current_report_id) REFERENCES report (id);
