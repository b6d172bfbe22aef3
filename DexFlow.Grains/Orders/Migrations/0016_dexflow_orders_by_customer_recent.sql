-- The customer's last manager (OrderReadModelQueries.ManagerOfCustomer: routing makes draft orders from purchase
-- orders for that manager) is found by the customer's name, newest order first. 0010 asked for this index under a name
-- 0005 had already used for the name's prefix search, so it was never made.
CREATE INDEX IF NOT EXISTS orders_by_customer_recent ON dexflow.orders (lower(customer_name), created_at DESC);
