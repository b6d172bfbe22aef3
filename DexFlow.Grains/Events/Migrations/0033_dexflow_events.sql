-- What happens to orders and parcels, as a log of domain events for those who listen (live screens now; notifications
-- and webhooks read it too). An event is an audit entry as it is appended: the triggers below add one row for each
-- entry actually inserted, in the same transaction, so an event exists exactly when its change is committed, once,
-- however often a grain re-publishes its entries.
--
-- Readers follow the log in commit order by (tx, id) and read only up to the oldest transaction still running
-- (pg_snapshot_xmin), so no event can appear later behind a position already read. Each row carries what the access
-- policy needs to decide who may see it: the order's manager, whether it reached review and its resources, as the
-- read model row written in the same transaction shows them; the parcel's submitter.
CREATE TABLE IF NOT EXISTS dexflow.events
(
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tx             xid8        NOT NULL DEFAULT pg_current_xact_id(),
    subject_kind   text        NOT NULL, -- Order or Parcel
    subject        text        NOT NULL, -- the order's number or the parcel's id
    version        bigint      NOT NULL, -- the order's version, or the parcel's history entry (from 0)
    at             timestamptz NOT NULL,
    action         text        NOT NULL,
    actor_id       text        NOT NULL,
    actor_name     text        NOT NULL,
    from_stage     text        NOT NULL,
    to_stage       text        NOT NULL,
    details        text        NULL,
    manager_id     text        NULL,
    reached_review boolean     NULL,
    resources      text[]      NULL,
    submitted_by   text        NULL
);

CREATE INDEX IF NOT EXISTS events_in_commit_order ON dexflow.events (tx, id);

CREATE OR REPLACE FUNCTION dexflow.order_audit_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO dexflow.events (subject_kind, subject, version, at, action, actor_id, actor_name, from_stage, to_stage, details,
                                manager_id, reached_review, resources)
    SELECT 'Order', NEW.number, NEW.version, NEW.at, NEW.action, NEW.actor_id, NEW.actor_name, NEW.from_stage, NEW.to_stage,
           NEW.details, o.manager_id, o.reached_review, o.resources
    FROM (SELECT 1) AS one LEFT JOIN dexflow.orders o ON o.number = NEW.number;
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS order_audit_event ON dexflow.order_audit;
CREATE TRIGGER order_audit_event AFTER INSERT ON dexflow.order_audit
    FOR EACH ROW EXECUTE FUNCTION dexflow.order_audit_event();

CREATE OR REPLACE FUNCTION dexflow.parcel_audit_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO dexflow.events (subject_kind, subject, version, at, action, actor_id, actor_name, from_stage, to_stage, details,
                                submitted_by)
    SELECT 'Parcel', NEW.parcel_id, NEW.sequence, NEW.at, NEW.action, NEW.actor_id, NEW.actor_name, NEW.from_stage, NEW.to_stage,
           NEW.details, p.submitted_by
    FROM (SELECT 1) AS one LEFT JOIN dexflow.parcels p ON p.id = NEW.parcel_id;
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS parcel_audit_event ON dexflow.parcel_audit;
CREATE TRIGGER parcel_audit_event AFTER INSERT ON dexflow.parcel_audit
    FOR EACH ROW EXECUTE FUNCTION dexflow.parcel_audit_event();
