-- Consumers that follow the event log durably keep their place here: each reads the events after its cursor and moves
-- the cursor in the same transaction as what it made of them, so a crash repeats nothing and loses nothing.
CREATE TABLE IF NOT EXISTS dexflow.event_cursors
(
    consumer   text        PRIMARY KEY,
    tx         xid8        NOT NULL,
    id         bigint      NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Endpoints administrators register for the events of the types they name. A webhook hears the events of transactions
-- after its registration's (registered_tx) in the log's order: the dispatcher reads an event only once every older
-- transaction has ended, so by then the registration is committed and the webhook seen. The secret signs each
-- delivery; it is needed in clear to sign.
CREATE TABLE IF NOT EXISTS dexflow.webhooks
(
    id              uuid        PRIMARY KEY,
    url             text        NOT NULL,
    event_types     text[]      NOT NULL,
    secret          text        NOT NULL,
    enabled         boolean     NOT NULL,
    disabled_reason text        NULL,
    disabled_at     timestamptz NULL,
    registered_tx   xid8        NOT NULL DEFAULT pg_current_xact_id(),
    created_at      timestamptz NOT NULL,
    created_by      text        NOT NULL,
    version         integer     NOT NULL
);

-- One row per webhook and event, made once when the dispatcher reads the event (the key refuses a second), then tried
-- until it is Delivered or, after the retry window, Failed. The body is kept as first sent, so a retry sends the same
-- bytes under a fresh signature.
CREATE TABLE IF NOT EXISTS dexflow.webhook_deliveries
(
    webhook_id       uuid        NOT NULL REFERENCES dexflow.webhooks (id),
    event_id         bigint      NOT NULL,
    event_type       text        NOT NULL,
    subject          text        NOT NULL,
    body             text        NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    status           text        NOT NULL DEFAULT 'Pending', -- Pending, Delivered, Failed
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    last_attempt_at  timestamptz NULL,
    last_status_code integer     NULL,
    last_error       text        NULL,
    delivered_at     timestamptz NULL,
    PRIMARY KEY (webhook_id, event_id)
);

CREATE INDEX IF NOT EXISTS webhook_deliveries_due ON dexflow.webhook_deliveries (next_attempt_at) WHERE status = 'Pending';
CREATE INDEX IF NOT EXISTS webhook_deliveries_newest ON dexflow.webhook_deliveries (webhook_id, created_at DESC, event_id DESC);
