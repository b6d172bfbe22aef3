-- The company profile, every published version (append-only); an invoice records the version it was issued with.
CREATE TABLE IF NOT EXISTS dexflow.company_profiles
(
    version      integer     PRIMARY KEY,
    profile      jsonb       NOT NULL,
    published_by text        NOT NULL,
    published_at timestamptz NOT NULL,
    comment      text        NOT NULL
);

-- What an invoice says beyond its amounts (seller and buyer as they were, VAT rate, dates, bank details): written with
-- the invoice, so a PDF or e-invoice rendered again later says the same. Invoices issued before have none.
ALTER TABLE dexflow.invoices ADD COLUMN IF NOT EXISTS details jsonb NULL;
