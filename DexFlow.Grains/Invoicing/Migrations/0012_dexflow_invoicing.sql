-- Issued invoices, prepayment invoices and credit notes: one row each, never updated or deleted. A number is taken
-- from dexflow.number_series in the same transaction as the row is inserted, so a number is used exactly when an
-- invoice exists: no gaps, no repeats. issue_key makes a retried issue (after a crash) find the invoice it made.
CREATE TABLE IF NOT EXISTS dexflow.invoices
(
    number         text          PRIMARY KEY,
    series         text          NOT NULL,
    year           integer       NOT NULL,
    sequence       bigint        NOT NULL,
    issue_key      text          NOT NULL UNIQUE,
    kind           text          NOT NULL,
    order_number   text          NOT NULL,
    currency       text          NOT NULL,
    net            numeric(14,2) NOT NULL,
    vat            numeric(14,2) NOT NULL,
    gross          numeric(14,2) NOT NULL,
    deducted       numeric(14,2) NOT NULL,
    refers_to      text          NULL REFERENCES dexflow.invoices (number),
    reason         text          NULL,
    issued_at      timestamptz   NOT NULL,
    issued_by      text          NOT NULL,
    content_sha256 text          NOT NULL,
    content_length bigint        NOT NULL,
    UNIQUE (series, year, sequence)
);

CREATE INDEX IF NOT EXISTS invoices_by_order ON dexflow.invoices (order_number);
CREATE INDEX IF NOT EXISTS invoices_by_month ON dexflow.invoices (issued_at);

-- Issued invoices are immutable: the database refuses changes whoever asks.
CREATE OR REPLACE FUNCTION dexflow.refuse_invoice_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'issued invoices are immutable (invoice %)', OLD.number;
END $$;

DROP TRIGGER IF EXISTS invoices_immutable ON dexflow.invoices;
CREATE TRIGGER invoices_immutable BEFORE UPDATE OR DELETE ON dexflow.invoices
    FOR EACH ROW EXECUTE FUNCTION dexflow.refuse_invoice_change();
