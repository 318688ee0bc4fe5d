-- Fit for the office (issue 18): a password to change at first sign-in, each user's mailbox and how they want
-- their notices mailed, notifications waiting for the daily digest, and a window against repeated manual reminders.

ALTER TABLE app_user ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
ALTER TABLE app_user ADD COLUMN email varchar(255);
-- IMMEDIATE: one mail per notice; DAILY: one digest a day of what arrived since; NONE: the bell only
ALTER TABLE app_user ADD COLUMN notice_mail varchar(16) NOT NULL DEFAULT 'IMMEDIATE'
    CHECK (notice_mail IN ('IMMEDIATE', 'DAILY', 'NONE'));

-- true while a notification waits for its user's daily digest
ALTER TABLE notification ADD COLUMN digest_pending boolean NOT NULL DEFAULT false;
CREATE INDEX notification_digest ON notification (user_id, id) WHERE digest_pending;
