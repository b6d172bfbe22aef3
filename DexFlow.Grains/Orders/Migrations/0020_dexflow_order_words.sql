-- The words orders are searched by move out of dexflow.orders into a table of their own. As generated columns with GIN
-- indexes they were recomputed and indexed again with every change of an order (a fifth of the store's time when
-- editing), though an edit rarely changes a searched word. Now they are written when the order's row is first
-- written and when a field they come from changes.
--   search_work: what everyone who sees an order may search by: its number, title and product.
--   search:      those words and the customer's and the manager's names, for callers who see an order's parties.
CREATE TABLE IF NOT EXISTS dexflow.order_words
(
    number      text     PRIMARY KEY REFERENCES dexflow.orders (number) ON DELETE CASCADE,
    search_work tsvector NOT NULL,
    search      tsvector NOT NULL
);

CREATE INDEX IF NOT EXISTS order_words_work ON dexflow.order_words USING gin (search_work);
CREATE INDEX IF NOT EXISTS order_words_all ON dexflow.order_words USING gin (search);

CREATE OR REPLACE FUNCTION dexflow.write_order_words() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    work text := NEW.number || ' ' || replace(NEW.number, '-', '') || ' ' || replace(NEW.number, '-', ' ') || ' ' ||
                 coalesce(NEW.title, '') || ' ' || coalesce(NEW.product, '');
BEGIN
    INSERT INTO dexflow.order_words (number, search_work, search)
    VALUES (NEW.number, to_tsvector('simple', work), to_tsvector('simple', work || ' ' || NEW.customer_name || ' ' || NEW.manager_name))
    ON CONFLICT (number) DO UPDATE SET search_work = EXCLUDED.search_work, search = EXCLUDED.search;
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS orders_words_written ON dexflow.orders;
CREATE TRIGGER orders_words_written AFTER INSERT ON dexflow.orders
    FOR EACH ROW EXECUTE FUNCTION dexflow.write_order_words();

DROP TRIGGER IF EXISTS orders_words_changed ON dexflow.orders;
CREATE TRIGGER orders_words_changed AFTER UPDATE ON dexflow.orders
    FOR EACH ROW
    WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.product IS DISTINCT FROM NEW.product
          OR OLD.customer_name IS DISTINCT FROM NEW.customer_name OR OLD.manager_name IS DISTINCT FROM NEW.manager_name)
    EXECUTE FUNCTION dexflow.write_order_words();

-- The orders written before this script keep their words.
INSERT INTO dexflow.order_words (number, search_work, search)
SELECT number, search_work, search FROM dexflow.orders
ON CONFLICT (number) DO NOTHING;

ALTER TABLE dexflow.orders DROP COLUMN IF EXISTS search_work, DROP COLUMN IF EXISTS search;
