-- Issue 12, items 7 to 10: webhook secrets sealed outside the database, delivery errors as categories, fair
-- delivery claims, usernames unique whatever their case, and reports filed by a portal key on behalf of an organisation.

-- Webhook secrets: sealed with AES-GCM by the application (the key lives in the data directory, not here). The plain
-- column empties at the next start (WebhookSecrets.sealPlainRows); it stays only so old rows can be sealed.
ALTER TABLE webhook ADD COLUMN secret_sealed text;
ALTER TABLE webhook ALTER COLUMN secret DROP NOT NULL;

-- The delivery log keeps a category, never an exception's text.
UPDATE webhook_attempt SET error = CASE WHEN status >= 500 THEN 'HTTP_5XX' WHEN status >= 400 THEN 'HTTP_4XX'
                                        WHEN status >= 300 THEN 'HTTP_3XX' ELSE 'NETWORK' END
WHERE error IS NOT NULL;
UPDATE webhook_delivery SET last_error = CASE WHEN last_error = 'webhook deleted' THEN 'WEBHOOK_DELETED'
                                              WHEN last_status >= 500 THEN 'HTTP_5XX' WHEN last_status >= 400 THEN 'HTTP_4XX'
                                              WHEN last_status >= 300 THEN 'HTTP_3XX' ELSE 'NETWORK' END
WHERE last_error IS NOT NULL;

-- Each webhook's due deliveries in order: the delivery worker claims per webhook (one slow receiver delays only itself).
CREATE INDEX webhook_delivery_lane ON webhook_delivery (webhook_id, next_attempt_at, id) WHERE state = 'PENDING';

-- Usernames are unique whatever their case. Accounts that collide today keep the oldest name; the later ones are
-- renamed '<name>-<id>' (still able to sign in under the new name, which the administrator hands on).
UPDATE app_user u SET username = left(u.username, 50) || '-' || u.id
WHERE EXISTS (SELECT 1 FROM app_user o WHERE lower(o.username) = lower(u.username) AND o.id < u.id);
CREATE UNIQUE INDEX app_user_username_lower ON app_user (lower(username));

-- A report filed through an API key names the key and the organisation it was filed for (a portal files on behalf
-- of the organisations of its subtree).
ALTER TABLE report ADD COLUMN api_key_id bigint REFERENCES api_key (id);
ALTER TABLE report ADD COLUMN filed_for_org_id bigint REFERENCES organization (id);
