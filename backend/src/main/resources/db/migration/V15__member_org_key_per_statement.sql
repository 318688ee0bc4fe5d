-- The key from member to organisation, checked once per statement instead of once per row. PostgreSQL checks a
-- foreign key row by row (a query and a row lock on the organisation for each member); in the import of a province's
-- roster (165,000 members in one COPY) that was 40 % of the statement. Organisations are deactivated, never deleted
-- (now refused below), so what the key guarded is only the writing of member rows: the two triggers check every row
-- an INSERT or UPDATE wrote, in one anti-join, and refuse the statement with the error the key gave.
ALTER TABLE member DROP CONSTRAINT member_org_id_fkey;

CREATE FUNCTION member_org_exists() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    missing bigint;
BEGIN
    SELECT w.org_id INTO missing FROM member_written w
    WHERE NOT EXISTS (SELECT 1 FROM organization o WHERE o.id = w.org_id) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'insert or update on table "member" violates foreign key constraint "member_org_id_fkey"'
            USING ERRCODE = 'foreign_key_violation',
                  DETAIL = format('Key (org_id)=(%s) is not present in table "organization".', missing);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER member_org_exists_insert AFTER INSERT ON member REFERENCING NEW TABLE AS member_written
    FOR EACH STATEMENT EXECUTE FUNCTION member_org_exists();
CREATE TRIGGER member_org_exists_update AFTER UPDATE ON member REFERENCING NEW TABLE AS member_written
    FOR EACH STATEMENT EXECUTE FUNCTION member_org_exists();

CREATE FUNCTION organization_never_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'organisations are deactivated, never deleted' USING ERRCODE = 'restrict_violation';
END $$;

CREATE TRIGGER organization_never_deleted BEFORE DELETE OR TRUNCATE ON organization
    FOR EACH STATEMENT EXECUTE FUNCTION organization_never_deleted();
