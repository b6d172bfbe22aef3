-- Whether production waits for the prepayment: inboxes show the order to Accounting and its manager instead of the
-- shop floor, by the same rule that refuses to start a process. Rows written before this column read false until
-- their order next changes or activates.
ALTER TABLE dexflow.orders ADD COLUMN IF NOT EXISTS production_on_hold boolean NOT NULL DEFAULT false;

-- The words of an order that everyone who sees it may search by: its number, title and product. The full "search"
-- column also holds the customer's and the manager's names, which only callers who see an order's parties may match.
ALTER TABLE dexflow.orders ADD COLUMN IF NOT EXISTS search_work tsvector GENERATED ALWAYS AS (
    to_tsvector('simple',
        number || ' ' || replace(number, '-', '') || ' ' || replace(number, '-', ' ') || ' ' ||
        coalesce(title, '') || ' ' || coalesce(product, ''))
) STORED;

CREATE INDEX IF NOT EXISTS orders_search_work ON dexflow.orders USING gin (search_work);
