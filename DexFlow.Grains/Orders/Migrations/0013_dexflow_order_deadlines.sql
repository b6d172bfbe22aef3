-- The wait an order has overrun (review, planning, prepayment), for inboxes and reports; null when none.
ALTER TABLE dexflow.orders ADD COLUMN IF NOT EXISTS overdue text NULL;

CREATE INDEX IF NOT EXISTS orders_overdue ON dexflow.orders (overdue) WHERE overdue IS NOT NULL;
