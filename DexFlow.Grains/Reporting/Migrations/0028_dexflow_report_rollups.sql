-- Daily rollups of the reports that read the most rows (throughput, rejections, deadline breaches, time in stage, invoicing): one
-- row per day of the shop's time zone (and per key), recomputed from the read models for the days before today by
-- ReportRollups. A report reads its rolled-up days and computes the days after them live, with the same SQL.

CREATE TABLE IF NOT EXISTS dexflow.report_rollups
(
    name          text        PRIMARY KEY,
    rolled_until  date        NOT NULL,
    zone          text        NOT NULL,
    refreshed_at  timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS dexflow.report_order_days
(
    day       date    PRIMARY KEY,
    created   integer NOT NULL,
    submitted integer NOT NULL,
    completed integer NOT NULL,
    archived  integer NOT NULL,
    cancelled integer NOT NULL
);

CREATE TABLE IF NOT EXISTS dexflow.report_rejection_days
(
    day        date    NOT NULL,
    side       text    NOT NULL,
    reason     text    NOT NULL,
    rejections integer NOT NULL,
    PRIMARY KEY (day, side, reason)
);

CREATE TABLE IF NOT EXISTS dexflow.report_breach_days
(
    day        date    PRIMARY KEY,
    review     integer NOT NULL,
    planning   integer NOT NULL,
    prepayment integer NOT NULL
);

-- Stays by the bucket of their length (bucket b holds lengths from 1.05^b to 1.05^(b+1) seconds).
CREATE TABLE IF NOT EXISTS dexflow.report_stage_days
(
    day    date    NOT NULL,
    stage  text    NOT NULL,
    bucket integer NOT NULL,
    stays  integer NOT NULL,
    PRIMARY KEY (day, stage, bucket)
);

CREATE TABLE IF NOT EXISTS dexflow.report_invoice_days
(
    day           date          NOT NULL,
    customer_name text          NOT NULL,
    currency      text          NOT NULL,
    invoiced      numeric(16,2) NOT NULL,
    prepaid       numeric(16,2) NOT NULL,
    paid          numeric(16,2) NOT NULL,
    PRIMARY KEY (day, customer_name, currency)
);

CREATE INDEX IF NOT EXISTS payments_by_recording ON dexflow.payments (recorded_at);

-- Search ranks the most recent matches (SearchQueries.Candidates): documents are read newest first.
CREATE INDEX IF NOT EXISTS documents_by_received ON dexflow.documents (received_at DESC);
