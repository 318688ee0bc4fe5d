-- Live, exact progress at national scale: counts per (plan, tier, ancestor organisation, deadline), kept by
-- statement-level triggers on assignment in the same transaction as every change (reports, reviews, exemptions,
-- extensions, publish, moves). A subtree's figures are then a handful of rows, not a scan of its assignments.
-- Overdue stays exact because open assignments are counted by deadline: overdue = open with deadline < today.
CREATE TABLE progress_count (
    plan_id bigint NOT NULL,
    tier_id bigint NOT NULL,
    org_id bigint NOT NULL,
    deadline date NOT NULL,
    assignments bigint NOT NULL DEFAULT 0,
    pending bigint NOT NULL DEFAULT 0,
    scheduled bigint NOT NULL DEFAULT 0,
    held bigint NOT NULL DEFAULT 0,
    reported bigint NOT NULL DEFAULT 0,
    accepted bigint NOT NULL DEFAULT 0,
    returned bigint NOT NULL DEFAULT 0,
    exempt bigint NOT NULL DEFAULT 0,
    completed_on_time bigint NOT NULL DEFAULT 0,
    attendees bigint NOT NULL DEFAULT 0,
    expected bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (plan_id, org_id, tier_id, deadline)
);

-- Applies the signed contribution of the changed assignment rows (transition tables) to every ancestor of each
-- (the ids in its path, itself included), aggregated, in key order (a fixed lock order: no deadlocks).
CREATE FUNCTION progress_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed text;
BEGIN
    changed := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT 1 AS sign, n.* FROM progress_new n'
        WHEN 'DELETE' THEN 'SELECT -1 AS sign, o.* FROM progress_old o'
        ELSE 'SELECT 1 AS sign, n.* FROM progress_new n UNION ALL SELECT -1 AS sign, o.* FROM progress_old o'
    END;
    EXECUTE format($q$
        WITH delta (plan_id, org_id, tier_id, deadline, assignments, pending, scheduled, held, reported, accepted, returned, exempt,
                    completed_on_time, attendees, expected) AS (
        SELECT d.plan_id, anc.org_id, d.tier_id, d.deadline, sum(d.sign), sum(d.sign * (d.status = 'PENDING')::int),
               sum(d.sign * (d.status = 'SCHEDULED')::int), sum(d.sign * (d.status = 'HELD')::int),
               sum(d.sign * (d.status = 'REPORTED')::int), sum(d.sign * (d.status = 'ACCEPTED')::int),
               sum(d.sign * (d.status = 'RETURNED')::int), sum(d.sign * (d.status = 'EXEMPT')::int),
               sum(d.sign * (d.status IN ('REPORTED', 'ACCEPTED') AND coalesce(d.on_time, false))::int),
               sum(d.sign * CASE WHEN d.status IN ('REPORTED', 'ACCEPTED') THEN coalesce(r.attendees, 0) ELSE 0 END),
               sum(d.sign * CASE WHEN d.status IN ('REPORTED', 'ACCEPTED') THEN coalesce(r.expected, 0) ELSE 0 END)
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

CREATE TRIGGER progress_after_insert AFTER INSERT ON assignment REFERENCING NEW TABLE AS progress_new
    FOR EACH STATEMENT EXECUTE FUNCTION progress_apply();
CREATE TRIGGER progress_after_update AFTER UPDATE ON assignment REFERENCING OLD TABLE AS progress_old NEW TABLE AS progress_new
    FOR EACH STATEMENT EXECUTE FUNCTION progress_apply();
CREATE TRIGGER progress_after_delete AFTER DELETE ON assignment REFERENCING OLD TABLE AS progress_old
    FOR EACH STATEMENT EXECUTE FUNCTION progress_apply();
