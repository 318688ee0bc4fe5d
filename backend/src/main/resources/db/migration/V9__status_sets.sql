-- The assignment status sets for SQL. Their one home is vn.tiendo.assignment.AssignmentStatus (OPEN, COMPLETED, COUNTED,
-- SESSION_HELD); these functions mirror it for every native query and the counting trigger, and StatusSetsTest fails
-- when the two disagree on any status (a new status is added to both in one change). Simple IMMUTABLE SQL functions:
-- PostgreSQL inlines them, so a query using them plans as the literal IN list (the partial index of V3 still applies).
CREATE FUNCTION assignment_open(status varchar) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT status IN ('PENDING', 'SCHEDULED', 'HELD', 'RETURNED') $$;
CREATE FUNCTION assignment_completed(status varchar) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT status IN ('REPORTED', 'ACCEPTED') $$;
CREATE FUNCTION assignment_counted(status varchar) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT status IN ('PENDING', 'SCHEDULED', 'HELD', 'REPORTED', 'ACCEPTED', 'RETURNED') $$;
CREATE FUNCTION assignment_session_held(status varchar) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT status IN ('HELD', 'REPORTED', 'ACCEPTED', 'RETURNED') $$;
-- overdue: still owed and today (local) after the deadline (DeadlineRules.overdue)
CREATE FUNCTION assignment_overdue(status varchar, deadline date, today date) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT assignment_open(status) AND deadline < today $$;
-- completed on time: a completed assignment whose completion was judged on time
CREATE FUNCTION assignment_on_time(status varchar, on_time boolean) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT assignment_completed(status) AND coalesce(on_time, false) $$;
-- attendance counts the current report of a completed assignment only (attendees, or expected, of that report)
CREATE FUNCTION assignment_attendance(status varchar, n integer) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN assignment_completed(status) THEN coalesce(n, 0) ELSE 0 END::bigint $$;

-- The counting trigger of V4, now reading the sets from the functions above (same figures).
CREATE OR REPLACE FUNCTION progress_apply() RETURNS trigger LANGUAGE plpgsql AS $$
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

