-- Consecutive failed sign-ins per account name, and until when the name is locked. Keyed by the name as typed
-- (normalized), not by account, so that names without an account lock exactly like real ones and a lockout says
-- nothing about which names exist. Shared by every API process; a row is deleted again when its count returns to zero.
CREATE TABLE IF NOT EXISTS dexflow.sign_in_lockouts
(
    user_name    text        PRIMARY KEY,
    failures     integer     NOT NULL DEFAULT 0,
    locked_until timestamptz NULL
);

-- Every sign-in attempt and its outcome, for administrators and auditors: who (client address) tried which account
-- name, when, and what happened. Append-only: the trigger below refuses updates and deletes.
CREATE TABLE IF NOT EXISTS dexflow.sign_in_audit
(
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at             timestamptz NOT NULL,
    user_name      text        NOT NULL,
    client_address text        NOT NULL,
    outcome        text        NOT NULL,
    detail         text        NULL
);

CREATE INDEX IF NOT EXISTS sign_in_audit_by_user ON dexflow.sign_in_audit (user_name, id);
CREATE INDEX IF NOT EXISTS sign_in_audit_by_address ON dexflow.sign_in_audit (client_address, id);

CREATE OR REPLACE FUNCTION dexflow.sign_in_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'dexflow.sign_in_audit is append-only';
END
$$;

DROP TRIGGER IF EXISTS sign_in_audit_append_only ON dexflow.sign_in_audit;
CREATE TRIGGER sign_in_audit_append_only BEFORE UPDATE OR DELETE ON dexflow.sign_in_audit
    FOR EACH ROW EXECUTE FUNCTION dexflow.sign_in_audit_is_append_only();
