-- Refresh tokens for the SPA (issue 8). Opaque and random; only their SHA-256 is stored. A login starts a family;
-- every refresh marks its token used and issues the next one in the same family. A used token presented again
-- means it was copied: the whole family is revoked.
CREATE TABLE refresh_token (
    id bigserial PRIMARY KEY,
    token_hash varchar(64) NOT NULL UNIQUE,
    family_id uuid NOT NULL,
    user_id bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    -- SHA-256 of the user's password hash when the family began: a password change makes the family fail
    credential_stamp varchar(64) NOT NULL,
    issued_at timestamptz NOT NULL,
    -- the idle window, never beyond the family's absolute end
    expires_at timestamptz NOT NULL,
    family_expires_at timestamptz NOT NULL,
    used_at timestamptz,
    revoked_at timestamptz
);
CREATE INDEX refresh_token_family ON refresh_token (family_id);
CREATE INDEX refresh_token_user ON refresh_token (user_id, family_expires_at);
