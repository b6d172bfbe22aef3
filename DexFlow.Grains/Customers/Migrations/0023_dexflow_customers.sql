-- The customer master. customer_id is what orders refer to; customer_number is the shop's own number for the customer
-- (C-000001 unless one is given), unique regardless of case. match_name is the name folded for matching documents to
-- customers (lower case, legal forms and punctuation dropped; CustomerNames.MatchKey). Contacts are a JSON array of
-- {name, email, phone, role}, e-mail addresses lower case. `version` counts every change (the ETag of PUT).
CREATE SEQUENCE IF NOT EXISTS dexflow.customer_numbers;

CREATE TABLE IF NOT EXISTS dexflow.customers
(
    customer_id        text          PRIMARY KEY,
    customer_number    text          NOT NULL,
    name               text          NOT NULL,
    match_name         text          NOT NULL,
    billing_address    text          NULL,
    vat_id             text          NULL,
    contacts           jsonb         NOT NULL DEFAULT '[]',
    payment_terms_days integer       NULL,
    credit_limit       numeric(14,2) NULL,
    manager_id         text          NOT NULL,
    notes              text          NULL,
    version            bigint        NOT NULL DEFAULT 1,
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NULL
);

CREATE UNIQUE INDEX IF NOT EXISTS customers_by_number ON dexflow.customers (lower(customer_number));
CREATE INDEX IF NOT EXISTS customers_by_name ON dexflow.customers (lower(name));
CREATE INDEX IF NOT EXISTS customers_by_match_name ON dexflow.customers (match_name text_pattern_ops);
CREATE INDEX IF NOT EXISTS customers_by_manager ON dexflow.customers (manager_id);
CREATE INDEX IF NOT EXISTS customers_by_contact ON dexflow.customers USING gin (contacts jsonb_path_ops);

-- Every change to a customer: who, when, each changed field before and after. Append-only (0021's trigger function).
CREATE TABLE IF NOT EXISTS dexflow.customer_audit
(
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL,
    actor_id    text        NOT NULL,
    actor_name  text        NOT NULL,
    customer_id text        NOT NULL,
    action      text        NOT NULL,
    changes     jsonb       NULL
);

CREATE INDEX IF NOT EXISTS customer_audit_by_customer ON dexflow.customer_audit (customer_id, id);

DROP TRIGGER IF EXISTS customer_audit_append_only ON dexflow.customer_audit;
CREATE TRIGGER customer_audit_append_only BEFORE UPDATE OR DELETE ON dexflow.customer_audit
    FOR EACH ROW EXECUTE FUNCTION dexflow.refuse_audit_change();

-- Orders refer to their customer. The order grains' saved states do not know the id of an order made before this
-- script: the read model keeps the id set here (its writer never replaces an id by none), and the grain links its
-- order by name when it is next submitted or invoiced, finding the customer made here.
ALTER TABLE dexflow.orders ADD COLUMN IF NOT EXISTS customer_id text NULL;
CREATE INDEX IF NOT EXISTS orders_by_customer_id ON dexflow.orders (customer_id, created_at DESC);

-- Each distinct customer name of the orders so far (ignoring case and surrounding blanks) becomes a customer, spelt
-- and served as on its newest order, numbered in the order of its first order. The match name is folded as
-- CustomerNames.MatchKey folds it, but for a trailing legal form, which stays until the customer is next saved (documents
-- are matched to customers by the first word of the name).
WITH names AS (
    SELECT lower(btrim(customer_name)) AS name_key,
           (array_agg(btrim(customer_name) ORDER BY created_at DESC))[1] AS name,
           (array_agg(manager_id ORDER BY created_at DESC))[1] AS manager_id,
           min(created_at) AS first_order_at
    FROM dexflow.orders
    WHERE btrim(customer_name) <> ''
    GROUP BY lower(btrim(customer_name))
),
numbered AS (
    SELECT names.*, nextval('dexflow.customer_numbers') AS number
    FROM (SELECT * FROM names ORDER BY first_order_at, name_key) names
)
INSERT INTO dexflow.customers (customer_id, customer_number, name, match_name, manager_id, notes, created_at)
SELECT 'cus-' || replace(gen_random_uuid()::text, '-', ''),
       'C-' || lpad(number::text, 6, '0'),
       name,
       btrim(regexp_replace(
           replace(replace(replace(replace(translate(lower(name),
               'àáâãäåāăąçćčĉďđèéêëēėęěĕğĝìíîïīįłñńňņòóôõöøōőŕřśšşșţťțùúûüūůűųýÿźżž',
               'aaaaaaaaaccccddeeeeeeeeeggiiiiiilnnnnoooooooorrsssstttuuuuuuuuyyzzz'),
               'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe'), 'þ', 'th'),
           '[^[:alnum:]]+', ' ', 'g')),
       manager_id,
       'Made from the customer names of the orders before the customer master.',
       now()
FROM numbered
WHERE NOT EXISTS (SELECT 1 FROM dexflow.customers c WHERE lower(c.name) = numbered.name_key);

UPDATE dexflow.orders o SET customer_id = c.customer_id
FROM dexflow.customers c
WHERE o.customer_id IS NULL AND lower(c.name) = lower(btrim(o.customer_name));
