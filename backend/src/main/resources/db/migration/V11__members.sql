-- Party members (đảng viên), attendance per member, make-up sessions (học bù), write-ups (thu hoạch) and the
-- coverage figures over them, live and exact like progress_count.

-- The roster. A member belongs to the organisation that holds their membership (usually a cell). exempt_reason set
-- = miễn sinh hoạt: such members leave every denominator. Deactivated members are kept (history), never deleted.
CREATE TABLE member (
    id bigserial PRIMARY KEY,
    code varchar(64) NOT NULL UNIQUE,
    full_name varchar(255) NOT NULL,
    org_id bigint NOT NULL REFERENCES organization (id),
    status varchar(16) NOT NULL CHECK (status IN ('CHINH_THUC', 'DU_BI')),
    exempt_reason varchar(500) CHECK (exempt_reason IS NULL OR exempt_reason <> ''),
    active boolean NOT NULL DEFAULT true,
    -- lower-case code and name without diacritics, for accent-insensitive search
    search_key varchar(400) NOT NULL,
    version integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX member_org ON member (org_id);

-- A make-up session (học bù): its attendees count for members absent before. It may be held after the report.
ALTER TABLE session ADD COLUMN make_up boolean NOT NULL DEFAULT false;

CREATE TABLE attendance (
    session_id bigint NOT NULL REFERENCES session (id),
    member_id bigint NOT NULL REFERENCES member (id),
    status varchar(16) NOT NULL CHECK (status IN ('PRESENT', 'ABSENT_EXCUSED', 'ABSENT')),
    reason varchar(500),
    PRIMARY KEY (session_id, member_id)
);
CREATE INDEX attendance_member ON attendance (member_id);

CREATE TABLE write_up (
    assignment_id bigint NOT NULL REFERENCES assignment (id),
    member_id bigint NOT NULL REFERENCES member (id),
    submitted_on date NOT NULL,
    grade varchar(16) CHECK (grade IN ('CHUA_DAT', 'DAT', 'KHA', 'TOT')),
    PRIMARY KEY (assignment_id, member_id)
);
CREATE INDEX write_up_member ON write_up (member_id);

-- A photo or file of a write-up, like report evidence (recognised by content, 10 MB at most).
CREATE TABLE write_up_file (
    assignment_id bigint NOT NULL,
    member_id bigint NOT NULL,
    file_name varchar(255) NOT NULL,
    content_type varchar(100) NOT NULL,
    size_bytes integer NOT NULL,
    sha256 varchar(64) NOT NULL,
    content bytea NOT NULL,
    uploaded_by bigint NOT NULL REFERENCES app_user (id),
    uploaded_at timestamptz NOT NULL,
    PRIMARY KEY (assignment_id, member_id),
    FOREIGN KEY (assignment_id, member_id) REFERENCES write_up (assignment_id, member_id) ON DELETE CASCADE
);

-- Coverage. A member is expected by a plan when a non-exempt assignment of the plan lies on their organisation or
-- above it, and counted once per plan (tier_id 0) and once per tier (tier_id = the tier). coverage_direct holds the
-- counts of each organisation's own members; coverage_count the sums over each organisation's subtree (itself
-- included), so a subtree's figures are one row whatever its size.
CREATE TABLE coverage_direct (
    plan_id bigint NOT NULL,
    tier_id bigint NOT NULL,
    org_id bigint NOT NULL,
    members integer NOT NULL DEFAULT 0,
    studied integer NOT NULL DEFAULT 0,
    wrote_up integer NOT NULL DEFAULT 0,
    PRIMARY KEY (plan_id, org_id, tier_id)
);
CREATE INDEX coverage_direct_org ON coverage_direct (org_id);

CREATE TABLE coverage_count (
    plan_id bigint NOT NULL,
    tier_id bigint NOT NULL,
    org_id bigint NOT NULL,
    members bigint NOT NULL DEFAULT 0,
    studied bigint NOT NULL DEFAULT 0,
    wrote_up bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (plan_id, org_id, tier_id)
);

CREATE FUNCTION coverage_ancestors(path varchar) RETURNS bigint[] LANGUAGE sql IMMUTABLE AS $$
    SELECT string_to_array(trim(BOTH '/' FROM path), '/')::bigint[]
$$;

-- The end (exclusive) of a subtree's path range: '/1/5/' covers ['/1/5/', '/1/50') in byte order (ids are digits).
CREATE FUNCTION coverage_path_end(path varchar) RETURNS varchar LANGUAGE sql IMMUTABLE AS $$
    SELECT left(path, -1) || '0'
$$;

CREATE FUNCTION coverage_lock_key(plan_id bigint, org_id bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
    SELECT hashtextextended('coverage/' || plan_id || '/' || org_id, 0)
$$;

-- Recomputes the own-member counts of these (plan, organisation) pairs and carries the difference to every ancestor.
-- Refreshes of one pair are serialised: a large one (a publish) locks its plans, a small one shares the plan lock and
-- locks its pairs. Each statement below reads what committed before the locks were taken.
CREATE FUNCTION coverage_refresh(p_plan bigint[], p_org bigint[]) RETURNS void LANGUAGE plpgsql AS $$
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

-- Refreshes every organisation with a roster in the subtrees at these paths, for these plans.
CREATE FUNCTION coverage_refresh_subtrees(p_plan bigint[], p_path varchar[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    plans bigint[];
    orgs bigint[];
BEGIN
    IF coalesce(cardinality(p_plan), 0) = 0 OR NOT EXISTS (SELECT 1 FROM member) THEN
        RETURN;
    END IF;
    IF cardinality(p_plan) <= 1000 THEN
        -- a few subtrees: one range scan each on the path index
        WITH roots AS (
            SELECT DISTINCT r.plan_id, r.org_path FROM unnest(p_plan, p_path) AS r(plan_id, org_path)
        ), pairs AS (
            SELECT DISTINCT r.plan_id, og.id AS org_id
            FROM roots r
            JOIN organization og ON og.path::text ~>=~ r.org_path::text AND og.path::text ~<~ coverage_path_end(r.org_path)::text
            WHERE EXISTS (SELECT 1 FROM member m WHERE m.org_id = og.id)
        )
        SELECT array_agg(plan_id), array_agg(org_id) INTO plans, orgs FROM pairs;
    ELSE
        -- a publish: every organisation with a roster, matched to the new assignments by its ancestors (hash joins)
        WITH roots AS (
            SELECT DISTINCT r.plan_id, (coverage_ancestors(r.org_path))[cardinality(coverage_ancestors(r.org_path))] AS org_id
            FROM unnest(p_plan, p_path) AS r(plan_id, org_path)
        ), rostered AS (
            SELECT DISTINCT m.org_id FROM member m
        ), pairs AS (
            SELECT DISTINCT r.plan_id, o.id AS org_id
            FROM rostered x JOIN organization o ON o.id = x.org_id
            CROSS JOIN LATERAL unnest(coverage_ancestors(o.path)) AS anc(org_id)
            JOIN roots r ON r.org_id = anc.org_id
        )
        SELECT array_agg(plan_id), array_agg(org_id) INTO plans, orgs FROM pairs;
    END IF;
    PERFORM coverage_refresh(plans, orgs);
END $$;

-- Assignments created, removed, exempted or un-exempted: their subtrees' members are (no longer) expected.
CREATE FUNCTION coverage_after_assignment_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM coverage_refresh_subtrees(array_agg(n.plan_id), array_agg(n.org_path)) FROM coverage_new n;
    RETURN NULL;
END $$;

CREATE FUNCTION coverage_after_assignment_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- a report, a review or a session changes nothing here: only exemption does (and moves, see the organisation trigger)
    PERFORM coverage_refresh_subtrees(array_agg(n.plan_id), array_agg(n.org_path))
    FROM coverage_new n JOIN coverage_old o ON o.id = n.id
    WHERE (n.status = 'EXEMPT') <> (o.status = 'EXEMPT');
    RETURN NULL;
END $$;

CREATE FUNCTION coverage_after_assignment_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM coverage_refresh_subtrees(array_agg(o.plan_id), array_agg(o.org_path)) FROM coverage_old o;
    RETURN NULL;
END $$;

CREATE TRIGGER coverage_after_assignment_insert AFTER INSERT ON assignment REFERENCING NEW TABLE AS coverage_new
    FOR EACH STATEMENT EXECUTE FUNCTION coverage_after_assignment_insert();
CREATE TRIGGER coverage_after_assignment_update AFTER UPDATE ON assignment
    REFERENCING OLD TABLE AS coverage_old NEW TABLE AS coverage_new
    FOR EACH STATEMENT EXECUTE FUNCTION coverage_after_assignment_update();
CREATE TRIGGER coverage_after_assignment_delete AFTER DELETE ON assignment REFERENCING OLD TABLE AS coverage_old
    FOR EACH STATEMENT EXECUTE FUNCTION coverage_after_assignment_delete();

-- Refreshes these organisations for every plan with an assignment on them or above them (or counted there before).
CREATE FUNCTION coverage_refresh_orgs(p_org bigint[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    plans bigint[];
    orgs bigint[];
BEGIN
    IF coalesce(cardinality(p_org), 0) = 0 THEN
        RETURN;
    END IF;
    WITH changed AS (
        SELECT DISTINCT x.org_id FROM unnest(p_org) AS x(org_id)
    ), pairs AS (
        SELECT a.plan_id, c.org_id
        FROM changed c JOIN organization o ON o.id = c.org_id
        JOIN assignment a ON a.org_id = ANY (coverage_ancestors(o.path))
        UNION
        SELECT d.plan_id, d.org_id FROM coverage_direct d JOIN changed c ON c.org_id = d.org_id
    )
    SELECT array_agg(plan_id), array_agg(org_id) INTO plans, orgs FROM pairs;
    PERFORM coverage_refresh(plans, orgs);
END $$;

-- Members joining, leaving, moving, exempted or deactivated.
CREATE FUNCTION coverage_after_member_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM coverage_refresh_orgs(array_agg(DISTINCT n.org_id)) FROM coverage_new n;
    RETURN NULL;
END $$;

CREATE FUNCTION coverage_after_member_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM coverage_refresh_orgs(array_agg(DISTINCT x.org_id)) FROM (
        SELECT n.org_id FROM coverage_new n JOIN coverage_old o ON o.id = n.id
        WHERE n.org_id <> o.org_id OR n.active <> o.active OR (n.exempt_reason IS NULL) <> (o.exempt_reason IS NULL)
        UNION ALL
        SELECT o.org_id FROM coverage_new n JOIN coverage_old o ON o.id = n.id
        WHERE n.org_id <> o.org_id) x;
    RETURN NULL;
END $$;

CREATE FUNCTION coverage_after_member_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM coverage_refresh_orgs(array_agg(DISTINCT o.org_id)) FROM coverage_old o;
    RETURN NULL;
END $$;

CREATE TRIGGER coverage_after_member_insert AFTER INSERT ON member REFERENCING NEW TABLE AS coverage_new
    FOR EACH STATEMENT EXECUTE FUNCTION coverage_after_member_insert();
CREATE TRIGGER coverage_after_member_update AFTER UPDATE ON member REFERENCING OLD TABLE AS coverage_old NEW TABLE AS coverage_new
    FOR EACH STATEMENT EXECUTE FUNCTION coverage_after_member_update();
CREATE TRIGGER coverage_after_member_delete AFTER DELETE ON member REFERENCING OLD TABLE AS coverage_old
    FOR EACH STATEMENT EXECUTE FUNCTION coverage_after_member_delete();

-- Attendance and write-ups: the (plan, member's organisation) pairs they touch.
CREATE FUNCTION coverage_refresh_members(p_plan bigint[], p_member bigint[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    plans bigint[];
    orgs bigint[];
BEGIN
    SELECT array_agg(plan_id), array_agg(org_id) INTO plans, orgs FROM (
        SELECT DISTINCT x.plan_id, m.org_id FROM unnest(p_plan, p_member) AS x(plan_id, member_id) JOIN member m ON m.id = x.member_id) p;
    PERFORM coverage_refresh(plans, orgs);
END $$;

CREATE FUNCTION coverage_after_attendance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM coverage_refresh_members(array_agg(a.plan_id), array_agg(x.member_id))
        FROM coverage_new x JOIN session s ON s.id = x.session_id JOIN assignment a ON a.id = s.assignment_id;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM coverage_refresh_members(array_agg(a.plan_id), array_agg(x.member_id))
        FROM coverage_old x JOIN session s ON s.id = x.session_id JOIN assignment a ON a.id = s.assignment_id;
    ELSE
        PERFORM coverage_refresh_members(array_agg(a.plan_id), array_agg(x.member_id))
        FROM (SELECT n.session_id, n.member_id FROM coverage_new n
              JOIN coverage_old o ON o.session_id = n.session_id AND o.member_id = n.member_id WHERE n.status <> o.status) x
        JOIN session s ON s.id = x.session_id JOIN assignment a ON a.id = s.assignment_id;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION coverage_after_write_up() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM coverage_refresh_members(array_agg(a.plan_id), array_agg(x.member_id))
        FROM coverage_new x JOIN assignment a ON a.id = x.assignment_id;
    ELSE
        PERFORM coverage_refresh_members(array_agg(a.plan_id), array_agg(x.member_id))
        FROM coverage_old x JOIN assignment a ON a.id = x.assignment_id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER coverage_after_attendance_insert AFTER INSERT ON attendance REFERENCING NEW TABLE AS coverage_new
    FOR EACH STATEMENT EXECUTE FUNCTION coverage_after_attendance();
CREATE TRIGGER coverage_after_attendance_update AFTER UPDATE ON attendance
    REFERENCING OLD TABLE AS coverage_old NEW TABLE AS coverage_new
    FOR EACH STATEMENT EXECUTE FUNCTION coverage_after_attendance();
CREATE TRIGGER coverage_after_attendance_delete AFTER DELETE ON attendance REFERENCING OLD TABLE AS coverage_old
    FOR EACH STATEMENT EXECUTE FUNCTION coverage_after_attendance();
-- a grade change does not change the counts: only a write-up appearing or going
CREATE TRIGGER coverage_after_write_up_insert AFTER INSERT ON write_up REFERENCING NEW TABLE AS coverage_new
    FOR EACH STATEMENT EXECUTE FUNCTION coverage_after_write_up();
CREATE TRIGGER coverage_after_write_up_delete AFTER DELETE ON write_up REFERENCING OLD TABLE AS coverage_old
    FOR EACH STATEMENT EXECUTE FUNCTION coverage_after_write_up();

-- Organisations moved (their paths rewritten): the counts already stored for them leave the old ancestors and join
-- the new ones, then they are recomputed (the assignments above them may differ).
CREATE FUNCTION coverage_after_organization_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    moved bigint[];
BEGIN
    SELECT array_agg(n.id) INTO moved FROM coverage_new n JOIN coverage_old o ON o.id = n.id WHERE n.path <> o.path;
    IF moved IS NULL THEN
        RETURN NULL;
    END IF;
    PERFORM pg_advisory_xact_lock(coverage_lock_key(x.plan_id, 0))
    FROM (SELECT DISTINCT d.plan_id FROM coverage_direct d WHERE d.org_id = ANY (moved) ORDER BY 1) x;
    INSERT INTO coverage_count AS cc (plan_id, tier_id, org_id, members, studied, wrote_up)
    SELECT d.plan_id, d.tier_id, anc.org_id, sum(x.sign * d.members), sum(x.sign * d.studied), sum(x.sign * d.wrote_up)
    FROM (SELECT -1 AS sign, o.id, o.path FROM coverage_old o WHERE o.id = ANY (moved)
          UNION ALL
          SELECT 1, n.id, n.path FROM coverage_new n WHERE n.id = ANY (moved)) x
    JOIN coverage_direct d ON d.org_id = x.id
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

CREATE TRIGGER coverage_after_organization_update AFTER UPDATE ON organization
    REFERENCING OLD TABLE AS coverage_old NEW TABLE AS coverage_new
    FOR EACH STATEMENT EXECUTE FUNCTION coverage_after_organization_update();
