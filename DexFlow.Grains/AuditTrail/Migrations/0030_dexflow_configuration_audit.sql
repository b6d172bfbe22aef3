-- Changes of the configuration that grains hold themselves (resources, capture points), one row per change with the
-- fields that changed. A grain keeps a change in its state until this table has it: the id makes a repeated insert
-- (after a crash between the two) harmless.
CREATE TABLE IF NOT EXISTS dexflow.configuration_audit
(
    id          uuid        PRIMARY KEY,
    at          timestamptz NOT NULL,
    actor_id    text        NOT NULL,
    actor_name  text        NOT NULL,
    object_type text        NOT NULL,
    object_id   text        NOT NULL,
    action      text        NOT NULL,
    changes     jsonb       NOT NULL
);

CREATE INDEX IF NOT EXISTS configuration_audit_by_time ON dexflow.configuration_audit (at);
CREATE INDEX IF NOT EXISTS configuration_audit_by_object ON dexflow.configuration_audit (object_id, at);

DROP TRIGGER IF EXISTS configuration_audit_append_only ON dexflow.configuration_audit;
CREATE TRIGGER configuration_audit_append_only BEFORE UPDATE OR DELETE ON dexflow.configuration_audit
    FOR EACH ROW EXECUTE FUNCTION dexflow.refuse_audit_change();

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
    SELECT published_at, published_by, published_by, 'CompanyProfile', version::text, 'Publish', comment FROM dexflow.company_profiles
    UNION ALL
    SELECT at, actor_id, actor_name, object_type, object_id, action, changes::text FROM dexflow.configuration_audit;
