-- The read models reports, search and the cross-object audit trail read. Each is projected from what the grains
-- already publish (order rows and audit entries, parcel rows), never by asking grains one by one.

-- When an order was completed and archived (set from its audit entries, below) and the net amount of its estimate:
-- the archive search filters on them.
ALTER TABLE dexflow.orders
    ADD COLUMN IF NOT EXISTS completed_at timestamptz   NULL,
    ADD COLUMN IF NOT EXISTS archived_at  timestamptz   NULL,
    ADD COLUMN IF NOT EXISTS net_amount   numeric(14,2) NULL,
    ADD COLUMN IF NOT EXISTS currency     text          NULL;

CREATE INDEX IF NOT EXISTS orders_by_created ON dexflow.orders (created_at);
CREATE INDEX IF NOT EXISTS orders_by_due ON dexflow.orders (due_date) WHERE due_date IS NOT NULL;
CREATE INDEX IF NOT EXISTS orders_by_completed ON dexflow.orders (completed_at) WHERE completed_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS orders_by_archived ON dexflow.orders (archived_at) WHERE archived_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS orders_by_stage_since ON dexflow.orders (stage, stage_since);

-- Every stay of an order in a stage: entered with the audit entry that moved it there, left with the next one. Time
-- in stage is read from here; a stay still open has no left_at.
CREATE TABLE IF NOT EXISTS dexflow.order_stage_visits
(
    number          text        NOT NULL,
    entered_version bigint      NOT NULL,
    stage           text        NOT NULL,
    entered_at      timestamptz NOT NULL,
    left_at         timestamptz NULL,
    PRIMARY KEY (number, entered_version)
);

CREATE INDEX IF NOT EXISTS order_stage_visits_open ON dexflow.order_stage_visits (number) WHERE left_at IS NULL;
CREATE INDEX IF NOT EXISTS order_stage_visits_by_left ON dexflow.order_stage_visits (left_at, stage) WHERE left_at IS NOT NULL;

-- Audit entries are inserted once per version (a re-published one is skipped, and fires nothing), and an order
-- publishes its entries in version order, so each entry closes the previous stay and opens the next.
CREATE OR REPLACE FUNCTION dexflow.project_order_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.action = 'Create' OR NEW.from_stage <> NEW.to_stage THEN
        UPDATE dexflow.order_stage_visits SET left_at = NEW.at WHERE number = NEW.number AND left_at IS NULL;
        INSERT INTO dexflow.order_stage_visits (number, entered_version, stage, entered_at)
        VALUES (NEW.number, NEW.version, NEW.to_stage, NEW.at)
        ON CONFLICT DO NOTHING;
    END IF;
    IF NEW.action = 'Complete' THEN
        UPDATE dexflow.orders SET completed_at = NEW.at WHERE number = NEW.number;
    ELSIF NEW.action = 'Archive' THEN
        UPDATE dexflow.orders SET archived_at = NEW.at WHERE number = NEW.number;
    END IF;
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS order_audit_projected ON dexflow.order_audit;
CREATE TRIGGER order_audit_projected AFTER INSERT ON dexflow.order_audit
    FOR EACH ROW EXECUTE FUNCTION dexflow.project_order_audit();

-- The stays and dates of orders audited before this script.
INSERT INTO dexflow.order_stage_visits (number, entered_version, stage, entered_at, left_at)
SELECT number, version, to_stage, at, lead(at) OVER (PARTITION BY number ORDER BY version)
FROM dexflow.order_audit
WHERE action = 'Create' OR from_stage <> to_stage
ON CONFLICT DO NOTHING;

UPDATE dexflow.orders o SET completed_at = a.at
FROM (SELECT number, max(at) AS at FROM dexflow.order_audit WHERE action = 'Complete' GROUP BY number) a
WHERE a.number = o.number;

UPDATE dexflow.orders o SET archived_at = a.at
FROM (SELECT number, max(at) AS at FROM dexflow.order_audit WHERE action = 'Archive' GROUP BY number) a
WHERE a.number = o.number;

CREATE INDEX IF NOT EXISTS order_audit_by_action ON dexflow.order_audit (action, at);
CREATE INDEX IF NOT EXISTS order_audit_by_actor ON dexflow.order_audit (actor_id, at);

-- Payments recorded on orders, published with the audit entry that recorded them.
CREATE TABLE IF NOT EXISTS dexflow.payments
(
    order_number   text          NOT NULL,
    payment_key    text          NOT NULL,
    invoice_number text          NOT NULL,
    amount         numeric(14,2) NOT NULL,
    paid_on        date          NOT NULL,
    recorded_at    timestamptz   NOT NULL,
    PRIMARY KEY (order_number, payment_key)
);

CREATE INDEX IF NOT EXISTS payments_by_invoice ON dexflow.payments (invoice_number);

-- Parcels: how they were indexed (by DexFlow alone, or by a clerk) and how sure their OCR was.
ALTER TABLE dexflow.parcels
    ADD COLUMN IF NOT EXISTS indexed_by     text    NULL,
    ADD COLUMN IF NOT EXISTS pages          integer NOT NULL DEFAULT 0,
    ADD COLUMN IF NOT EXISTS ocr_pages      integer NOT NULL DEFAULT 0,
    ADD COLUMN IF NOT EXISTS ocr_confidence real    NULL;

CREATE INDEX IF NOT EXISTS parcels_by_received ON dexflow.parcels (received_at);

-- A parcel's history, one row per entry of the grain's own history.
CREATE TABLE IF NOT EXISTS dexflow.parcel_audit
(
    parcel_id  text        NOT NULL,
    sequence   integer     NOT NULL,
    at         timestamptz NOT NULL,
    actor_id   text        NOT NULL,
    actor_name text        NOT NULL,
    action     text        NOT NULL,
    from_stage text        NOT NULL,
    to_stage   text        NOT NULL,
    details    text        NULL,
    PRIMARY KEY (parcel_id, sequence)
);

CREATE INDEX IF NOT EXISTS parcel_audit_by_time ON dexflow.parcel_audit (at);

-- The documents cut from parcels, once indexed: what search finds them by, and who may see them (the parcel's
-- stage and submitter, the document's route and type, as ParcelAccessPolicy and DocumentAccessPolicy decide).
CREATE TABLE IF NOT EXISTS dexflow.documents
(
    document_id      text        PRIMARY KEY,
    parcel_id        text        NOT NULL,
    version          bigint      NOT NULL,
    parcel_stage     text        NOT NULL,
    submitted_by     text        NULL,
    capture_point_id text        NOT NULL,
    channel          text        NOT NULL,
    received_at      timestamptz NOT NULL,
    type             text        NULL,
    route_kind       text        NULL,
    route_role       text        NULL,
    order_number     text        NULL,
    file_name        text        NOT NULL,
    sender           text        NULL,
    subject          text        NULL,
    language         regconfig   NOT NULL,
    pages            integer     NOT NULL,
    fields           text        NOT NULL,
    text             text        NOT NULL,
    search           tsvector    NOT NULL
);

CREATE INDEX IF NOT EXISTS documents_search ON dexflow.documents USING gin (search);
CREATE INDEX IF NOT EXISTS documents_by_order ON dexflow.documents (order_number) WHERE order_number IS NOT NULL;
CREATE INDEX IF NOT EXISTS documents_by_parcel ON dexflow.documents (parcel_id);

-- Who read which document or its content, when and from where: written in batches as reads happen.
CREATE TABLE IF NOT EXISTS dexflow.document_reads
(
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at             timestamptz NOT NULL,
    actor_id       text        NOT NULL,
    actor_name     text        NOT NULL,
    client_address text        NOT NULL,
    document_id    text        NOT NULL,
    part           text        NOT NULL
);

CREATE INDEX IF NOT EXISTS document_reads_by_time ON dexflow.document_reads (at);
CREATE INDEX IF NOT EXISTS document_reads_by_document ON dexflow.document_reads (document_id, at);

CREATE INDEX IF NOT EXISTS user_audit_by_time ON dexflow.user_audit (at);
CREATE INDEX IF NOT EXISTS customer_audit_by_time ON dexflow.customer_audit (at);
CREATE INDEX IF NOT EXISTS sign_in_audit_by_time ON dexflow.sign_in_audit (at);

-- Every audited event in one shape: orders, parcels, document reads, sign-ins, and changes of configuration (users,
-- customers, price lists, routing rules, QA checklists, the company profile).
CREATE OR REPLACE VIEW dexflow.audit_trail AS
    SELECT at, actor_id, actor_name, 'Order' AS object_type, number AS object_id, action, details FROM dexflow.order_audit
    UNION ALL
    SELECT at, actor_id, actor_name, 'Parcel', parcel_id, action, details FROM dexflow.parcel_audit
    UNION ALL
    SELECT at, actor_id, actor_name, 'Document', document_id, 'Read' || part, client_address FROM dexflow.document_reads
    UNION ALL
    SELECT at, user_name, user_name, 'SignIn', user_name, outcome, concat_ws(' ', client_address, detail) FROM dexflow.sign_in_audit
    UNION ALL
    SELECT at, actor_id, actor_name, 'User', user_id, action, changes::text FROM dexflow.user_audit
    UNION ALL
    SELECT at, actor_id, actor_name, 'Customer', customer_id, action, changes::text FROM dexflow.customer_audit
    UNION ALL
    SELECT published_at, published_by, published_by, 'PriceList', version::text, 'Publish', comment FROM dexflow.price_lists
    UNION ALL
    SELECT published_at, published_by, published_by, 'RoutingRules', version::text, 'Publish', comment FROM dexflow.rule_sets
    UNION ALL
    SELECT published_at, published_by, published_by, 'QaChecklist', version::text, 'Publish', comment FROM dexflow.qa_checklists
    UNION ALL
    SELECT published_at, published_by, published_by, 'CompanyProfile', version::text, 'Publish', comment FROM dexflow.company_profiles;

CREATE INDEX IF NOT EXISTS price_lists_by_time ON dexflow.price_lists (published_at);
CREATE INDEX IF NOT EXISTS rule_sets_by_time ON dexflow.rule_sets (published_at);
CREATE INDEX IF NOT EXISTS qa_checklists_by_time ON dexflow.qa_checklists (published_at);
CREATE INDEX IF NOT EXISTS company_profiles_by_time ON dexflow.company_profiles (published_at);

-- The audit tables keep what they were given.
DROP TRIGGER IF EXISTS order_audit_append_only ON dexflow.order_audit;
CREATE TRIGGER order_audit_append_only BEFORE UPDATE OR DELETE ON dexflow.order_audit
    FOR EACH ROW EXECUTE FUNCTION dexflow.refuse_audit_change();

DROP TRIGGER IF EXISTS parcel_audit_append_only ON dexflow.parcel_audit;
CREATE TRIGGER parcel_audit_append_only BEFORE UPDATE OR DELETE ON dexflow.parcel_audit
    FOR EACH ROW EXECUTE FUNCTION dexflow.refuse_audit_change();

DROP TRIGGER IF EXISTS document_reads_append_only ON dexflow.document_reads;
CREATE TRIGGER document_reads_append_only BEFORE UPDATE OR DELETE ON dexflow.document_reads
    FOR EACH ROW EXECUTE FUNCTION dexflow.refuse_audit_change();

DROP TRIGGER IF EXISTS payments_append_only ON dexflow.payments;
CREATE TRIGGER payments_append_only BEFORE UPDATE OR DELETE ON dexflow.payments
    FOR EACH ROW EXECUTE FUNCTION dexflow.refuse_audit_change();

-- The processes an order's schedule books on resources, replaced whenever the order is planned or cancelled: the
-- resource load report reads them.
CREATE TABLE IF NOT EXISTS dexflow.order_bookings
(
    number      text        NOT NULL,
    process_id  text        NOT NULL,
    resource_id text        NOT NULL,
    starts      timestamptz NOT NULL,
    ends        timestamptz NOT NULL,
    minutes     integer     NOT NULL,
    PRIMARY KEY (number, process_id)
);

CREATE INDEX IF NOT EXISTS order_bookings_by_start ON dexflow.order_bookings (starts);
