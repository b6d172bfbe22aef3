-- Audit entries arrive many to a statement (the order grains' batched publications), and projecting them row by row
-- ran the stays' update and insert once per entry: an entry cost four times what it did before it was projected. The
-- projection now runs once per statement over the entries it inserted (a re-published entry is skipped and is not among
-- them). Within a statement an order's stays end where its next stage change begins; its stay open before the
-- statement ends at the first of them.
CREATE OR REPLACE FUNCTION dexflow.project_order_audit_entries() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    WITH changes AS (
        SELECT number, version, to_stage, at,
               lead(at) OVER (PARTITION BY number ORDER BY version) AS left_at,
               row_number() OVER (PARTITION BY number ORDER BY version) AS nth
        FROM new_entries
        WHERE action = 'Create' OR from_stage <> to_stage),
    ended AS (
        UPDATE dexflow.order_stage_visits v SET left_at = c.at
        FROM changes c
        WHERE c.nth = 1 AND v.number = c.number AND v.left_at IS NULL)
    INSERT INTO dexflow.order_stage_visits (number, entered_version, stage, entered_at, left_at)
    SELECT number, version, to_stage, at, left_at FROM changes
    ON CONFLICT DO NOTHING;

    UPDATE dexflow.orders o SET completed_at = e.at FROM new_entries e WHERE e.action = 'Complete' AND o.number = e.number;
    UPDATE dexflow.orders o SET archived_at = e.at FROM new_entries e WHERE e.action = 'Archive' AND o.number = e.number;
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS order_audit_projected ON dexflow.order_audit;
CREATE TRIGGER order_audit_projected AFTER INSERT ON dexflow.order_audit
    REFERENCING NEW TABLE AS new_entries
    FOR EACH STATEMENT EXECUTE FUNCTION dexflow.project_order_audit_entries();

DROP FUNCTION IF EXISTS dexflow.project_order_audit();

-- Every query of the audit by action or actor also bounds its time (order_audit_by_time): these two were only written.
DROP INDEX IF EXISTS dexflow.order_audit_by_action;
DROP INDEX IF EXISTS dexflow.order_audit_by_actor;
