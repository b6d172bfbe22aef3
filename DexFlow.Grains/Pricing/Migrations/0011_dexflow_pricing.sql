-- The price list, every published version (append-only); an order records the version it was priced with.
CREATE TABLE IF NOT EXISTS dexflow.price_lists
(
    version      integer     PRIMARY KEY,
    price_list   jsonb       NOT NULL,
    published_by text        NOT NULL,
    published_at timestamptz NOT NULL,
    comment      text        NOT NULL
);
