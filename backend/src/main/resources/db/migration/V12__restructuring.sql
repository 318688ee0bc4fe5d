-- Issue 14: a tree that changes under running plans. Never edit once landed.

-- Levels are data: rank 0 (central) allowed, a level can be retired (no new organisations at it), and a level can
-- say until when it was in use (the district level ended on 30/6/2025; old plans still read right).
ALTER TABLE level ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE level ADD COLUMN used_until date;
INSERT INTO level (code, name, rank) VALUES ('trung-uong', 'Trung ương', 0) ON CONFLICT (code) DO NOTHING;
UPDATE level SET name = 'Cấp huyện và tương đương (trước 1/7/2025)', used_until = DATE '2025-06-30'
 WHERE code = 'huyen' AND name = 'Cấp huyện và tương đương';
UPDATE level SET name = 'Cấp cơ sở (xã, phường, đặc khu và tương đương)' WHERE code = 'co-so' AND name = 'Cấp cơ sở';

-- A source of a merger or split points to its (primary) successor.
ALTER TABLE organization ADD COLUMN successor_id bigint REFERENCES organization (id);
CREATE INDEX organization_successor ON organization (successor_id) WHERE successor_id IS NOT NULL;

-- One row per decision carried out: a merger, a split, a rename or a move, with the effect counts it had.
CREATE TABLE restructuring (
    id bigserial PRIMARY KEY,
    kind varchar(16) NOT NULL CHECK (kind IN ('MERGE', 'SPLIT', 'RENAME', 'MOVE')),
    decision varchar(500) NOT NULL,
    effective_on date NOT NULL,
    source_org_ids bigint[] NOT NULL,
    successor_org_ids bigint[] NOT NULL DEFAULT '{}',
    effects jsonb NOT NULL,
    created_by bigint REFERENCES app_user (id),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX restructuring_sources ON restructuring USING gin (source_org_ids);
CREATE INDEX restructuring_successors ON restructuring USING gin (successor_org_ids);

-- MERGED: the assignment of an organisation merged (or split) away while the plan was open. It stays in history,
-- points to the successor's assignment that answers for it, and leaves every count and denominator.
ALTER TABLE assignment DROP CONSTRAINT assignment_status_check;
ALTER TABLE assignment ADD CONSTRAINT assignment_status_check
    CHECK (status IN ('PENDING', 'SCHEDULED', 'HELD', 'REPORTED', 'ACCEPTED', 'RETURNED', 'EXEMPT', 'MERGED'));
ALTER TABLE assignment ADD COLUMN merged_into_id bigint REFERENCES assignment (id);
CREATE INDEX assignment_merged_into ON assignment (merged_into_id) WHERE merged_into_id IS NOT NULL;

-- The counting trigger of V9 (status sets from its functions), except that a MERGED assignment counts nowhere, not even
-- in "assignments". assignment_open/completed/counted/session_held already leave MERGED out (AssignmentStatus).
CREATE OR REPLACE FUNCTION progress_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed text;
BEGIN
    changed := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT 1 AS sign, n.* FROM progress_new n WHERE n.status <> ''MERGED'''
        WHEN 'DELETE' THEN 'SELECT -1 AS sign, o.* FROM progress_old o WHERE o.status <> ''MERGED'''
        ELSE 'SELECT 1 AS sign, n.* FROM progress_new n WHERE n.status <> ''MERGED'' UNION ALL SELECT -1 AS sign, o.* FROM progress_old o WHERE o.status <> ''MERGED'''
    END;
    EXECUTE format($q$
        WITH delta (plan_id, org_id, tier_id, deadline, assignments, pending, scheduled, held, reported, accepted, returned, exempt,
                    completed_on_time, attendees, expected) AS (
        SELECT d.plan_id, anc.org_id, d.tier_id, d.deadline, sum(d.sign), sum(d.sign * (d.status = 'PENDING')::int),
               sum(d.sign * (d.status = 'SCHEDULED')::int), sum(d.sign * (d.status = 'HELD')::int),
               sum(d.sign * (d.status = 'REPORTED')::int), sum(d.sign * (d.status = 'ACCEPTED')::int),
               sum(d.sign * (d.status = 'RETURNED')::int), sum(d.sign * (d.status = 'EXEMPT')::int),
               sum(d.sign * assignment_on_time(d.status, d.on_time)::int),
               sum(d.sign * assignment_attendance(d.status, r.attendees)),
               sum(d.sign * assignment_attendance(d.status, r.expected))
        FROM (%s) d
        LEFT JOIN report r ON r.id = d.current_report_id
        CROSS JOIN LATERAL unnest(string_to_array(trim(BOTH '/' FROM d.org_path), '/')::bigint[]) AS anc(org_id)
        GROUP BY d.plan_id, anc.org_id, d.tier_id, d.deadline)
        INSERT INTO progress_count AS pc (plan_id, org_id, tier_id, deadline, assignments, pending, scheduled, held, reported, accepted,
                                          returned, exempt, completed_on_time, attendees, expected)
        SELECT * FROM delta
        -- an update that changes nothing counted (say updated_at) must not lock the ancestors' rows
        WHERE assignments <> 0 OR pending <> 0 OR scheduled <> 0 OR held <> 0 OR reported <> 0 OR accepted <> 0 OR returned <> 0
           OR exempt <> 0 OR completed_on_time <> 0 OR attendees <> 0 OR expected <> 0
        ORDER BY plan_id, org_id, tier_id, deadline
        ON CONFLICT (plan_id, org_id, tier_id, deadline) DO UPDATE SET
            assignments = pc.assignments + EXCLUDED.assignments, pending = pc.pending + EXCLUDED.pending,
            scheduled = pc.scheduled + EXCLUDED.scheduled, held = pc.held + EXCLUDED.held,
            reported = pc.reported + EXCLUDED.reported, accepted = pc.accepted + EXCLUDED.accepted,
            returned = pc.returned + EXCLUDED.returned, exempt = pc.exempt + EXCLUDED.exempt,
            completed_on_time = pc.completed_on_time + EXCLUDED.completed_on_time,
            attendees = pc.attendees + EXCLUDED.attendees, expected = pc.expected + EXCLUDED.expected
    $q$, changed);
    RETURN NULL;
END $$;

-- Closing a plan freezes its tree: the organisations its counts were kept for, with their parent, path, code, name
-- and level at that moment. A closed plan's assignments keep the paths they had (moves no longer rewrite them), so
-- its progress, export and summary read the same after any later merger, move, rename or deactivation.
CREATE TABLE closed_plan_org (
    plan_id bigint NOT NULL REFERENCES plan (id),
    org_id bigint NOT NULL,
    parent_id bigint,
    path varchar(2000) NOT NULL,
    code varchar(64) NOT NULL,
    name varchar(255) NOT NULL,
    level_code varchar(32) NOT NULL,
    PRIMARY KEY (plan_id, org_id)
);
CREATE INDEX closed_plan_org_parent ON closed_plan_org (plan_id, parent_id);

INSERT INTO closed_plan_org (plan_id, org_id, parent_id, path, code, name, level_code)
SELECT DISTINCT pc.plan_id, o.id, o.parent_id, o.path, o.code, o.name, o.level_code
FROM progress_count pc JOIN plan p ON p.id = pc.plan_id AND p.status = 'CLOSED' JOIN organization o ON o.id = pc.org_id;
