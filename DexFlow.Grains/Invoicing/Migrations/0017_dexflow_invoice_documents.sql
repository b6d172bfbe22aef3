-- An invoice's PDF is a rendering of its row, attached once the row is committed: the gapless number is taken under
-- the series row's lock, and that lock is no longer held while the PDF is rendered and stored. One document per
-- invoice, never changed. Invoices issued before keep their content columns, and their documents are copied here, the
-- one place documents are read from.
CREATE TABLE IF NOT EXISTS dexflow.invoice_documents
(
    number         text   PRIMARY KEY REFERENCES dexflow.invoices (number),
    content_sha256 text   NOT NULL,
    content_length bigint NOT NULL
);

INSERT INTO dexflow.invoice_documents (number, content_sha256, content_length)
SELECT number, content_sha256, content_length FROM dexflow.invoices
ON CONFLICT (number) DO NOTHING;

ALTER TABLE dexflow.invoices ALTER COLUMN content_sha256 DROP NOT NULL;
ALTER TABLE dexflow.invoices ALTER COLUMN content_length DROP NOT NULL;

DROP TRIGGER IF EXISTS invoice_documents_immutable ON dexflow.invoice_documents;
CREATE TRIGGER invoice_documents_immutable BEFORE UPDATE OR DELETE ON dexflow.invoice_documents
    FOR EACH ROW EXECUTE FUNCTION dexflow.refuse_invoice_change();
