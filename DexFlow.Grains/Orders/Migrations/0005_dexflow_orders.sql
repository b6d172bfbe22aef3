-- DexFlow's own tables live in the dexflow schema, beside the Orleans tables.

-- The order read model: one row per order, written by the order grain after each state write. Lists, inboxes and
-- reports read it; the grain remains the truth. A row is only ever replaced by one with a higher version.
CREATE TABLE IF NOT EXISTS dexflow.orders
(
    number             text        PRIMARY KEY,
    version            bigint      NOT NULL,
    stage              text        NOT NULL,
    revision           integer     NOT NULL,
    manager_id         text        NOT NULL,
    manager_name       text        NOT NULL,
    customer_name      text        NOT NULL,
    product            text        NULL,
    title              text        NULL,
    quantity           integer     NULL,
    due_date           date        NULL,
    reached_review     boolean     NOT NULL,
    accounting_review  text        NOT NULL,
    qa_review          text        NOT NULL,
    processing_gave_up boolean     NOT NULL,
    awaiting           integer     NOT NULL,
    stage_since        timestamptz NOT NULL,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    search             tsvector GENERATED ALWAYS AS (
        to_tsvector('simple',
            number || ' ' || replace(number, '-', '') || ' ' || replace(number, '-', ' ') || ' ' ||
            customer_name || ' ' || coalesce(title, '') || ' ' || coalesce(product, '') || ' ' || manager_name)
    ) STORED
);

CREATE INDEX IF NOT EXISTS orders_by_stage ON dexflow.orders (stage, updated_at DESC);
CREATE INDEX IF NOT EXISTS orders_by_manager ON dexflow.orders (manager_id, updated_at DESC);
CREATE INDEX IF NOT EXISTS orders_by_customer ON dexflow.orders (lower(customer_name) text_pattern_ops);
CREATE INDEX IF NOT EXISTS orders_by_update ON dexflow.orders (updated_at DESC, number DESC);
CREATE INDEX IF NOT EXISTS orders_awaiting ON dexflow.orders (stage_since) WHERE awaiting <> 0;
CREATE INDEX IF NOT EXISTS orders_search ON dexflow.orders USING gin (search);

-- Consecutive numbers per series and year (orders now; invoices later), shared by every silo.
CREATE TABLE IF NOT EXISTS dexflow.number_series
(
    series     text    NOT NULL,
    year       integer NOT NULL,
    last_value bigint  NOT NULL,
    PRIMARY KEY (series, year)
);

-- Which resource a client's Idempotency-Key created, and a hash of the request it came with.
CREATE TABLE IF NOT EXISTS dexflow.idempotency_keys
(
    scope        text        NOT NULL,
    key          text        NOT NULL,
    request_hash text        NOT NULL,
    resource     text        NOT NULL,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (scope, key)
);

-- Built-in accounts. Names are stored lower-case; passwords only as salted hashes.
CREATE TABLE IF NOT EXISTS dexflow.users
(
    user_id       text        PRIMARY KEY,
    user_name     text        NOT NULL UNIQUE,
    display_name  text        NOT NULL,
    password_hash text        NOT NULL,
    roles         text[]      NOT NULL,
    active        boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL
);
