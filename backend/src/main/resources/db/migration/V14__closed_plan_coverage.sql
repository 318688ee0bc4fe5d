-- A closed plan's member coverage never moves (issue 14: closing freezes the tree). Its counts stay where they were
-- when it closed: a later move, merge, transfer or deactivation recomputes only the plans still open. The two
-- functions are V11's, each with the closed plans left out (the only change).

CREATE OR REPLACE FUNCTION coverage_refresh(p_plan bigint[], p_org bigint[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    n integer := coalesce(cardinality(p_plan), 0);
BEGIN
    IF n = 0 THEN
        RETURN;
    END IF;
    IF n > 1000 THEN
        PERFORM pg_advisory_xact_lock(coverage_lock_key(x.plan_id, 0))
        FROM (SELECT DISTINCT unnest(p_plan) AS plan_id ORDER BY 1) x;
    ELSE
        PERFORM pg_advisory_xact_lock_shared(coverage_lock_key(x.plan_id, 0))
        FROM (SELECT DISTINCT unnest(p_plan) AS plan_id ORDER BY 1) x;
        PERFORM pg_advisory_xact_lock(coverage_lock_key(x.plan_id, x.org_id))
        FROM (SELECT DISTINCT t.plan_id, t.org_id FROM unnest(p_plan, p_org) AS t(plan_id, org_id) ORDER BY 1, 2) x;
    END IF;
    WITH target AS (
        SELECT DISTINCT t.plan_id, t.org_id FROM unnest(p_plan, p_org) AS t(plan_id, org_id)
        JOIN plan p ON p.id = t.plan_id AND p.status <> 'CLOSED'
    ), covered AS (
        -- the tiers whose non-exempt assignments lie on the organisation or above it
        SELECT DISTINCT t.plan_id, a.tier_id, t.org_id
        FROM target t
        JOIN organization o ON o.id = t.org_id
        CROSS JOIN LATERAL unnest(coverage_ancestors(o.path)) AS anc(org_id)
        JOIN assignment a ON a.org_id = anc.org_id AND a.plan_id = t.plan_id AND a.status <> 'EXEMPT'
    ), scope AS (
        SELECT plan_id, tier_id, org_id FROM covered
        UNION
        SELECT plan_id, 0, org_id FROM covered
    ), expected AS MATERIALIZED (
        SELECT s.plan_id, s.tier_id, s.org_id, m.id AS member_id
        FROM scope s
        JOIN member m ON m.org_id = s.org_id AND m.active AND m.exempt_reason IS NULL
    ), present AS (
        SELECT DISTINCT x.plan_id, x.tier_id, x.member_id
        FROM expected x
        JOIN attendance at ON at.member_id = x.member_id AND at.status = 'PRESENT'
        JOIN session se ON se.id = at.session_id
        JOIN assignment sa ON sa.id = se.assignment_id AND sa.plan_id = x.plan_id AND (x.tier_id = 0 OR sa.tier_id = x.tier_id)
    ), wrote AS (
        SELECT DISTINCT x.plan_id, x.tier_id, x.member_id
        FROM expected x
        JOIN write_up w ON w.member_id = x.member_id
        JOIN assignment wa ON wa.id = w.assignment_id AND wa.plan_id = x.plan_id AND (x.tier_id = 0 OR wa.tier_id = x.tier_id)
    ), fresh AS (
        SELECT x.plan_id, x.tier_id, x.org_id, count(*)::int AS members, count(p.member_id)::int AS studied,
               count(w.member_id)::int AS wrote_up
        FROM expected x
        LEFT JOIN present p ON p.plan_id = x.plan_id AND p.tier_id = x.tier_id AND p.member_id = x.member_id
        LEFT JOIN wrote w ON w.plan_id = x.plan_id AND w.tier_id = x.tier_id AND w.member_id = x.member_id
        GROUP BY x.plan_id, x.tier_id, x.org_id
    ), stored AS (
        SELECT d.plan_id, d.tier_id, d.org_id, d.members, d.studied, d.wrote_up
        FROM coverage_direct d JOIN target t ON t.plan_id = d.plan_id AND t.org_id = d.org_id
    ), delta AS (
        SELECT coalesce(f.plan_id, s.plan_id) AS plan_id, coalesce(f.tier_id, s.tier_id) AS tier_id,
               coalesce(f.org_id, s.org_id) AS org_id,
               coalesce(f.members, 0) AS members, coalesce(f.studied, 0) AS studied, coalesce(f.wrote_up, 0) AS wrote_up,
               coalesce(f.members, 0) - coalesce(s.members, 0) AS d_members,
               coalesce(f.studied, 0) - coalesce(s.studied, 0) AS d_studied,
               coalesce(f.wrote_up, 0) - coalesce(s.wrote_up, 0) AS d_wrote_up
        FROM fresh f
        FULL JOIN stored s ON s.plan_id = f.plan_id AND s.tier_id = f.tier_id AND s.org_id = f.org_id
    ), changed AS MATERIALIZED (
        SELECT * FROM delta WHERE d_members <> 0 OR d_studied <> 0 OR d_wrote_up <> 0
    ), direct AS (
        INSERT INTO coverage_direct AS cd (plan_id, tier_id, org_id, members, studied, wrote_up)
        SELECT plan_id, tier_id, org_id, members, studied, wrote_up FROM changed
        ORDER BY plan_id, org_id, tier_id
        ON CONFLICT (plan_id, org_id, tier_id) DO UPDATE
            SET members = EXCLUDED.members, studied = EXCLUDED.studied, wrote_up = EXCLUDED.wrote_up
    )
    INSERT INTO coverage_count AS cc (plan_id, tier_id, org_id, members, studied, wrote_up)
    SELECT c.plan_id, c.tier_id, anc.org_id, sum(c.d_members), sum(c.d_studied), sum(c.d_wrote_up)
    FROM changed c
    JOIN organization o ON o.id = c.org_id
    CROSS JOIN LATERAL unnest(coverage_ancestors(o.path)) AS anc(org_id)
    GROUP BY c.plan_id, anc.org_id, c.tier_id
    ORDER BY c.plan_id, anc.org_id, c.tier_id
    ON CONFLICT (plan_id, org_id, tier_id) DO UPDATE
        SET members = cc.members + EXCLUDED.members, studied = cc.studied + EXCLUDED.studied,
            wrote_up = cc.wrote_up + EXCLUDED.wrote_up;
END $$;

CREATE OR REPLACE FUNCTION coverage_after_organization_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    moved bigint[];
BEGIN
    SELECT array_agg(n.id) INTO moved FROM coverage_new n JOIN coverage_old o ON o.id = n.id WHERE n.path <> o.path;
    IF moved IS NULL THEN
        RETURN NULL;
    END IF;
    PERFORM pg_advisory_xact_lock(coverage_lock_key(x.plan_id, 0))
    FROM (SELECT DISTINCT d.plan_id FROM coverage_direct d JOIN plan p ON p.id = d.plan_id AND p.status <> 'CLOSED'
          WHERE d.org_id = ANY (moved) ORDER BY 1) x;
    INSERT INTO coverage_count AS cc (plan_id, tier_id, org_id, members, studied, wrote_up)
    SELECT d.plan_id, d.tier_id, anc.org_id, sum(x.sign * d.members), sum(x.sign * d.studied), sum(x.sign * d.wrote_up)
    FROM (SELECT -1 AS sign, o.id, o.path FROM coverage_old o WHERE o.id = ANY (moved)
          UNION ALL
          SELECT 1, n.id, n.path FROM coverage_new n WHERE n.id = ANY (moved)) x
    JOIN coverage_direct d ON d.org_id = x.id
    JOIN plan p ON p.id = d.plan_id AND p.status <> 'CLOSED'
    CROSS JOIN LATERAL unnest(coverage_ancestors(x.path)) AS anc(org_id)
    GROUP BY d.plan_id, anc.org_id, d.tier_id
    HAVING sum(x.sign * d.members) <> 0 OR sum(x.sign * d.studied) <> 0 OR sum(x.sign * d.wrote_up) <> 0
    ORDER BY d.plan_id, anc.org_id, d.tier_id
    ON CONFLICT (plan_id, org_id, tier_id) DO UPDATE
        SET members = cc.members + EXCLUDED.members, studied = cc.studied + EXCLUDED.studied,
            wrote_up = cc.wrote_up + EXCLUDED.wrote_up;
    PERFORM coverage_refresh_orgs(array_agg(m.org_id)) FROM (SELECT DISTINCT org_id FROM member WHERE org_id = ANY (moved)) m;
    RETURN NULL;
END $$;
