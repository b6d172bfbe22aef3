-- Every order's audit trail, append-only: one row per change, keyed by the order version the change produced. The
-- order grain writes its state first (with the new entries in an outbox) and then these rows, in the same round trip
-- as its read-model row; re-publishing after a crash is harmless because a version is only ever inserted once.
CREATE TABLE IF NOT EXISTS dexflow.order_audit
(
    number     text        NOT NULL,
    version    bigint      NOT NULL,
    at         timestamptz NOT NULL,
    actor_id   text        NOT NULL,
    actor_name text        NOT NULL,
    action     text        NOT NULL,
    from_stage text        NOT NULL,
    to_stage   text        NOT NULL,
    revision   integer     NOT NULL,
    details    text        NULL,
    PRIMARY KEY (number, version)
);

CREATE INDEX IF NOT EXISTS order_audit_by_time ON dexflow.order_audit (at);
