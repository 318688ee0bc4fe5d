-- pgbench script: the same transaction a report submission commits (insert the report, complete the assignment).
-- :lo and :hi bound the assignment ids it may use (set by bench/run.sh).
\set aid random(:lo, :hi)
BEGIN;
SELECT id FROM assignment WHERE id = :aid FOR UPDATE;
WITH r AS (
  INSERT INTO report (assignment_id, version, held_on, attendees, expected, absent_with_reason, write_ups,
                      action_programme_adopted, propaganda_forms, submitted_by, submitted_at, state)
  VALUES (:aid, (SELECT coalesce(max(version), 0) + 1 FROM report WHERE assignment_id = :aid), current_date, 20, 22, 1, 20,
          true, '{}', 1, now(), 'SUBMITTED')
  ON CONFLICT (assignment_id, version) DO NOTHING
  RETURNING id)
UPDATE assignment a SET status = 'REPORTED', current_report_id = r.id, completed_at = now(), on_time = true,
       version = a.version + 1, updated_at = now()
FROM r WHERE a.id = :aid;
END;
