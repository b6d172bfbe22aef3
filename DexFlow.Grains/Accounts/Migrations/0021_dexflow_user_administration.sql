-- What administrators keep about a user beyond the sign-in: where notifications go, the language, the resources an
-- operator works on. `version` counts every change (the ETag of PUT); `security_version` counts only the changes to
-- what a token grants (roles, resources, active, password): API processes read every user's security version twice a
-- minute and refuse tokens issued at an older one.
ALTER TABLE dexflow.users
    ADD COLUMN IF NOT EXISTS email            text        NULL,
    ADD COLUMN IF NOT EXISTS language         text        NULL,
    ADD COLUMN IF NOT EXISTS resources        text[]      NOT NULL DEFAULT '{}',
    ADD COLUMN IF NOT EXISTS version          bigint      NOT NULL DEFAULT 1,
    ADD COLUMN IF NOT EXISTS security_version bigint      NOT NULL DEFAULT 1,
    ADD COLUMN IF NOT EXISTS updated_at       timestamptz NULL;

-- Refresh tokens, by the SHA-256 of the token (the token itself is only ever with its client). Each use replaces the
-- token by a new one of the same family; a token used twice means it was copied, and its whole family is revoked.
CREATE TABLE IF NOT EXISTS dexflow.refresh_tokens
(
    token_hash        bytea       PRIMARY KEY,
    family            uuid        NOT NULL,
    user_id           text        NOT NULL REFERENCES dexflow.users (user_id),
    family_started_at timestamptz NOT NULL,
    issued_at         timestamptz NOT NULL,
    expires_at        timestamptz NOT NULL,
    used_at           timestamptz NULL,
    revoked_at        timestamptz NULL
);

CREATE INDEX IF NOT EXISTS refresh_tokens_by_family ON dexflow.refresh_tokens (family);
CREATE INDEX IF NOT EXISTS refresh_tokens_live_by_user ON dexflow.refresh_tokens (user_id) WHERE used_at IS NULL AND revoked_at IS NULL;

-- Every change to a user: who did it, when, and each changed field's value before and after (never a password).
-- Append-only: the trigger below refuses updates and deletes.
CREATE TABLE IF NOT EXISTS dexflow.user_audit
(
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         timestamptz NOT NULL,
    actor_id   text        NOT NULL,
    actor_name text        NOT NULL,
    user_id    text        NOT NULL,
    action     text        NOT NULL,
    changes    jsonb       NULL
);

CREATE INDEX IF NOT EXISTS user_audit_by_user ON dexflow.user_audit (user_id, id);

-- One function for every append-only audit table from here on: it names the table it refused.
CREATE OR REPLACE FUNCTION dexflow.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%.% is append-only', TG_TABLE_SCHEMA, TG_TABLE_NAME;
END
$$;

DROP TRIGGER IF EXISTS user_audit_append_only ON dexflow.user_audit;
CREATE TRIGGER user_audit_append_only BEFORE UPDATE OR DELETE ON dexflow.user_audit
    FOR EACH ROW EXECUTE FUNCTION dexflow.refuse_audit_change();
