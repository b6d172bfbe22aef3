-- The resources an order's processes are booked on: operators see the orders on their resources. A row written before
-- this column holds none until its order next changes or activates (an activation re-asserts its row).
ALTER TABLE dexflow.orders ADD COLUMN IF NOT EXISTS resources text[] NOT NULL DEFAULT '{}';
