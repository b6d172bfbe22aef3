-- Routing rules, every published version (append-only).
CREATE TABLE IF NOT EXISTS dexflow.rule_sets
(
    version      integer     PRIMARY KEY,
    rules        jsonb       NOT NULL,
    published_by text        NOT NULL,
    published_at timestamptz NOT NULL,
    comment      text        NOT NULL
);

-- Each routed document's facts and the decision taken, for replaying draft rules over recent traffic.
CREATE TABLE IF NOT EXISTS dexflow.routing_decisions
(
    document_id text        PRIMARY KEY,
    parcel_id   text        NOT NULL,
    facts       jsonb       NOT NULL,
    decision    jsonb       NOT NULL,
    decided_at  timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS routing_decisions_recent ON dexflow.routing_decisions (decided_at DESC);

-- Documents routed to a role's inbox or to the exception queue; inserted once per document, done when dealt with.
CREATE TABLE IF NOT EXISTS dexflow.routed_documents
(
    document_id text        PRIMARY KEY,
    parcel_id   text        NOT NULL,
    kind        text        NOT NULL,
    role        text        NOT NULL,
    priority    integer     NOT NULL,
    reason      text        NOT NULL,
    title       text        NULL,
    created_at  timestamptz NOT NULL,
    done_by     text        NULL,
    done_at     timestamptz NULL,
    done_note   text        NULL
);

CREATE INDEX IF NOT EXISTS routed_documents_waiting ON dexflow.routed_documents (role, priority DESC, created_at) WHERE done_at IS NULL;

-- Routing gives a new draft order to the manager who last served the customer.
CREATE INDEX IF NOT EXISTS orders_by_customer ON dexflow.orders (lower(customer_name), created_at DESC);
