-- Recording one attendance list refreshes the coverage of one (plan, organisation) pair: about 20 members. Planned
-- with hash joins, the "present" step started from every session of the plan and scanned their attendance, so its
-- cost grew with the plan's sessions: 3.4 s per list at national scale after 3,300 sessions, against 0.06 s when it
-- starts from the members and follows the indexes (attendance by member, session, assignment). A small refresh now
-- runs with hash and merge joins off; a large one (a publish: hundreds of thousands of pairs) keeps them, since there
-- the hash joins are the fast plan. The counting itself is unchanged (V14's function, renamed).
ALTER FUNCTION coverage_refresh(bigint[], bigint[]) RENAME TO coverage_recount;

CREATE FUNCTION coverage_recount_by_index(p_plan bigint[], p_org bigint[]) RETURNS void LANGUAGE plpgsql
    SET enable_hashjoin = off SET enable_mergejoin = off AS $$
BEGIN
    PERFORM coverage_recount(p_plan, p_org);
END $$;

CREATE FUNCTION coverage_refresh(p_plan bigint[], p_org bigint[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(cardinality(p_plan), 0) <= 1000 THEN
        PERFORM coverage_recount_by_index(p_plan, p_org);
    ELSE
        PERFORM coverage_recount(p_plan, p_org);
    END IF;
END $$;
