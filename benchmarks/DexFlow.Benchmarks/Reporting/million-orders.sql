-- Fills a migrated DexFlow database with {orders} orders over the two years before {now}, in every stage, with their
-- audit entries, stays, invoices, payments and bookings; as many parcels with three documents each (text in English or
-- German, with fields and a reference word shared by about 30 documents); 200 customers; and reads of documents. Rows
-- are written straight into the read models, shaped as the grains and the 0027 projections write them (the stays are
-- derived here in bulk, so the row-by-row projection trigger is off while the audit entries go in; so are the triggers
-- that make each entry an event, since a generated past is nobody's news). Phases are timed apart by the runner;
-- "-- phase:" starts one. setseed makes every run the same data.

-- phase: customers
SELECT setseed(0.27);
INSERT INTO dexflow.customers (customer_id, customer_number, name, match_name, manager_id, created_at)
SELECT 'gen-c' || c, 'G-' || lpad(c::text, 6, '0'), n.name, lower(n.name), 'manager' || (1 + c % 20), {now} - interval '800 days'
FROM generate_series(1, 200) c
CROSS JOIN LATERAL (SELECT (ARRAY['Acme', 'Blue Harbor', 'Nordlicht', 'Zeta', 'Alpen', 'Rhein', 'Baltic', 'Orion', 'Vega', 'Helios'])[1 + c % 10]
    || ' ' || (ARRAY['Druck', 'Print', 'Verlag', 'Media', 'Studio', 'Werbung', 'Press', 'Group', 'Labs', 'Partners'])[1 + (c / 10) % 10]
    || ' ' || (ARRAY['GmbH', 'AG', 'Ltd', 'KG', 'SARL'])[1 + (c / 100) % 5] || ' ' || c AS name) n;

-- phase: order lifecycles
DROP TABLE IF EXISTS gen_orders;
CREATE UNLOGGED TABLE gen_orders AS
WITH base AS (
    SELECT i,
           {now} - interval '730 days' + (i - 1) * (interval '730 days' / {orders}) + random() * interval '1 hour' AS created,
           1 + floor(random() * 200)::int AS customer, random() AS fate, random() AS r1, random() AS r2, random() AS r3,
           random() AS r4, random() AS r5, random() AS r6, random() AS r7, random() AS r8, random() AS r9
    FROM generate_series(1, {orders}) i)
SELECT b.i, b.created, b.customer, b.fate, b.r9,
       to_char(b.created, 'YYYY') || '-' || lpad((row_number() OVER (PARTITION BY extract(year FROM b.created) ORDER BY b.i))::text, 6, '0') AS number,
       'manager' || (1 + b.customer % 20) AS manager,
       s.t_submit, s.t_submit + interval '1 minute' AS t_process, s.t_submit + interval '3 minutes' AS t_review,
       rj.t_reject, rj.t_reject + (4 + b.r3 * 68) * interval '1 hour' AS t_resubmit,
       rf.t_review_final, ap.t_approve, ap.flag_at,
       CASE WHEN b.fate >= 0.97 THEN NULL ELSE ap.t_approve + (4 + b.r5 * 116) * interval '1 hour' END AS t_schedule,
       sc.t_start, sc.t_start + (4 + b.r7 * 68) * interval '1 hour' AS t_complete,
       sc.t_start + (4 + b.r7 * 68) * interval '1 hour' + (7 + b.r8 * 53) * interval '1 day' AS t_archive,
       (b.created + (14 + b.r8 * 16) * interval '1 day')::date AS due_date,
       round((80 + b.r9 * 4920)::numeric, 2) AS net
FROM base b
CROSS JOIN LATERAL (SELECT b.created + (1 + b.r1 * 71) * interval '1 hour' AS t_submit) s
CROSS JOIN LATERAL (SELECT CASE WHEN b.fate < 0.15 THEN s.t_submit + (2 + b.r2 * 94) * interval '1 hour' END AS t_reject) rj
CROSS JOIN LATERAL (SELECT coalesce(rj.t_reject + (4 + b.r3 * 68) * interval '1 hour' + interval '3 minutes', s.t_submit + interval '3 minutes') AS t_review_final) rf
CROSS JOIN LATERAL (SELECT rf.t_review_final + (2 + b.r4 * 94) * interval '1 hour' AS t_approve,
                           CASE WHEN b.r4 > 0.5 THEN rf.t_review_final + interval '48 hours' END AS flag_at) ap
CROSS JOIN LATERAL (SELECT ap.t_approve + (4 + b.r5 * 116) * interval '1 hour' + (24 + b.r6 * 216) * interval '1 hour' AS t_start) sc;

-- phase: audit entries
DROP TABLE IF EXISTS gen_audit;
CREATE UNLOGGED TABLE gen_audit AS
SELECT o.number, v.version, v.at, v.actor, v.action, v.from_stage, v.to_stage, v.revision, v.details
FROM gen_orders o
CROSS JOIN LATERAL (VALUES
    (1, o.created, o.manager, 'Create', 'Draft', 'Draft', 0, NULL::text),
    (2, o.t_submit, o.manager, 'Submit', 'Draft', 'Submitted', 1, NULL),
    (3, o.t_process, 'dexflow', 'StartProcessing', 'Submitted', 'Processing', 1, NULL),
    (4, o.t_review, 'dexflow', 'FinishProcessing', 'Processing', 'InReview', 1, NULL),
    (5, o.t_reject, CASE WHEN o.fate < 0.08 THEN 'qa' ELSE 'accountant' END, CASE WHEN o.fate < 0.08 THEN 'RejectQa' ELSE 'RejectAccounting' END,
        'InReview', 'AdjustmentsRequired', 1,
        (ARRAY['Colours off', 'Bleed missing', 'Wrong paper', 'Price too low', 'Quantity unclear', 'Artwork resolution too low'])[1 + floor(o.r9 * 6)::int]),
    (6, o.t_resubmit, o.manager, 'Submit', 'AdjustmentsRequired', 'Submitted', 2, 'Resubmitted as revision 2'),
    (7, o.t_resubmit + interval '1 minute', 'dexflow', 'StartProcessing', 'Submitted', 'Processing', 2, NULL),
    (8, CASE WHEN o.t_reject IS NOT NULL THEN o.t_review_final END, 'dexflow', 'FinishProcessing', 'Processing', 'InReview', 2, NULL),
    (9, CASE WHEN o.flag_at < o.t_approve THEN o.flag_at END, 'dexflow', 'FlagDeadline', 'InReview', 'InReview',
        CASE WHEN o.t_reject IS NULL THEN 1 ELSE 2 END, 'The review was due by ' || to_char(o.flag_at, 'YYYY-MM-DD HH24:MI') || ' (flagged 1×)'),
    (10, CASE WHEN o.fate < 0.97 THEN o.t_approve - interval '30 minutes' END, 'accountant', 'ApproveAccounting', 'InReview', 'InReview',
        CASE WHEN o.t_reject IS NULL THEN 1 ELSE 2 END, NULL),
    (11, o.t_approve, CASE WHEN o.fate < 0.97 THEN 'qa' ELSE o.manager END, CASE WHEN o.fate < 0.97 THEN 'ApproveQa' ELSE 'Cancel' END,
        'InReview', CASE WHEN o.fate < 0.97 THEN 'Approved' ELSE 'Cancelled' END, CASE WHEN o.t_reject IS NULL THEN 1 ELSE 2 END, NULL),
    (12, o.t_schedule, 'planner', 'Schedule', 'Approved', 'Scheduled', CASE WHEN o.t_reject IS NULL THEN 1 ELSE 2 END, NULL),
    (13, CASE WHEN o.t_schedule IS NOT NULL THEN o.t_start END, 'operator', 'StartProduction', 'Scheduled', 'InProduction', CASE WHEN o.t_reject IS NULL THEN 1 ELSE 2 END, NULL),
    (14, CASE WHEN o.t_schedule IS NOT NULL THEN o.t_complete END, 'operator', 'Complete', 'InProduction', 'Completed', CASE WHEN o.t_reject IS NULL THEN 1 ELSE 2 END, NULL),
    (15, CASE WHEN o.t_schedule IS NOT NULL THEN o.t_archive END, 'admin', 'Archive', 'Completed', 'Archived', CASE WHEN o.t_reject IS NULL THEN 1 ELSE 2 END, NULL)
) v (version, at, actor, action, from_stage, to_stage, revision, details)
WHERE v.at IS NOT NULL AND v.at <= {now};

-- phase: orders
DROP TABLE IF EXISTS gen_last;
CREATE UNLOGGED TABLE gen_last AS
SELECT DISTINCT ON (number) number, version, to_stage, revision, at FROM gen_audit ORDER BY number, version DESC;

INSERT INTO dexflow.orders (number, version, stage, revision, manager_id, manager_name, customer_name, product, title, quantity,
    due_date, reached_review, accounting_review, qa_review, processing_gave_up, awaiting, stage_since, created_at, updated_at,
    production_on_hold, customer_id, net_amount, currency, completed_at, archived_at)
SELECT o.number, last.version, last.to_stage, last.revision, o.manager, 'Manager ' || o.manager, c.name, p.product,
       p.product || ' ' || (ARRAY['spring', 'summer', 'autumn', 'winter', 'launch', 'fair', 'anniversary', 'catalogue', 'mailing', 'campaign'])[1 + o.i % 10] || ' ' || (o.i % 997),
       (ARRAY[250, 500, 1000, 2500, 5000, 10000])[1 + o.i % 6], o.due_date,
       last.version >= 4, CASE WHEN last.version >= 10 AND o.fate < 0.97 THEN 'Approved' ELSE 'Pending' END,
       CASE WHEN last.version >= 11 AND o.fate < 0.97 THEN 'Approved' ELSE 'Pending' END, false, 0, last.at, o.created, last.at,
       false, 'gen-c' || o.customer, CASE WHEN last.version >= 4 THEN o.net END, CASE WHEN last.version >= 4 THEN 'EUR' END,
       CASE WHEN last.version >= 14 THEN o.t_complete END, CASE WHEN last.version >= 15 THEN o.t_archive END
FROM gen_orders o
JOIN dexflow.customers c ON c.customer_id = 'gen-c' || o.customer
CROSS JOIN LATERAL (SELECT (ARRAY['Flyer', 'Leaflet', 'Brochure', 'Booklet', 'Poster', 'BusinessCard', 'Letterhead', 'Postcard', 'Folder', 'Catalogue'])[1 + (o.i / 7) % 10] AS product) p
JOIN gen_last last ON last.number = o.number;

-- phase: audit trail and stays
ALTER TABLE dexflow.order_audit DISABLE TRIGGER order_audit_projected;
ALTER TABLE dexflow.order_audit DISABLE TRIGGER order_audit_event;
INSERT INTO dexflow.order_audit (number, version, at, actor_id, actor_name, action, from_stage, to_stage, revision, details)
SELECT number, version, at, actor, initcap(actor), action, from_stage, to_stage, revision, details FROM gen_audit;
ALTER TABLE dexflow.order_audit ENABLE TRIGGER order_audit_projected;
ALTER TABLE dexflow.order_audit ENABLE TRIGGER order_audit_event;

INSERT INTO dexflow.order_stage_visits (number, entered_version, stage, entered_at, left_at)
SELECT number, version, to_stage, at, lead(at) OVER (PARTITION BY number ORDER BY version)
FROM gen_audit
WHERE action = 'Create' OR from_stage <> to_stage;

-- phase: invoices and payments
INSERT INTO dexflow.invoices (number, series, year, sequence, issue_key, kind, order_number, currency, net, vat, gross, deducted,
    refers_to, issued_at, issued_by, content_sha256, content_length)
SELECT 'GP-' || o.i, 'gen-prepayment', 2000, o.i, 'gen-p-' || o.i, 'Prepayment', o.number, 'EUR',
       round(o.net * 0.3, 2), round(o.net * 0.3 * 0.19, 2), round(o.net * 0.3, 2) + round(o.net * 0.3 * 0.19, 2), 0, NULL,
       o.t_approve, 'accountant', 'generated', 0
FROM gen_orders o WHERE o.fate < 0.97 AND o.t_approve <= {now} AND o.r9 > 0.6;

INSERT INTO dexflow.invoices (number, series, year, sequence, issue_key, kind, order_number, currency, net, vat, gross, deducted,
    refers_to, issued_at, issued_by, content_sha256, content_length)
SELECT 'GF-' || o.i, 'gen-final', 2000, o.i, 'gen-f-' || o.i, 'Final', o.number, 'EUR', o.net, round(o.net * 0.19, 2),
       o.net + round(o.net * 0.19, 2), CASE WHEN o.r9 > 0.6 THEN round(o.net * 0.3, 2) + round(o.net * 0.3 * 0.19, 2) ELSE 0 END, NULL,
       o.t_complete, 'accountant', 'generated', 0
FROM gen_orders o WHERE o.t_schedule IS NOT NULL AND o.t_complete <= {now};

INSERT INTO dexflow.payments (order_number, payment_key, invoice_number, amount, paid_on, recorded_at)
SELECT i.order_number, 'gen-' || i.number, i.number, i.gross - i.deducted, (i.issued_at + (5 + (i.sequence % 36)) * interval '1 day')::date,
       i.issued_at + (5 + (i.sequence % 36)) * interval '1 day'
FROM dexflow.invoices i
WHERE i.series LIKE 'gen-%' AND i.sequence % 7 <> 0 AND i.issued_at + (5 + (i.sequence % 36)) * interval '1 day' <= {now};

-- phase: bookings
INSERT INTO dexflow.order_bookings (number, process_id, resource_id, starts, ends, minutes)
SELECT o.number, p.process, p.resource, o.t_start + p.offset_minutes * interval '1 minute',
       o.t_start + (p.offset_minutes + p.minutes) * interval '1 minute', p.minutes
FROM gen_orders o
CROSS JOIN LATERAL (VALUES ('print', CASE WHEN o.i % 2 = 0 THEN 'press-1' ELSE 'press-2' END, 0, 60 + o.i % 180),
                           ('cut', 'cutter', 300, 20 + o.i % 40),
                           ('fold', 'folder', 400, 15 + o.i % 60)) p (process, resource, offset_minutes, minutes)
WHERE o.t_schedule <= {now};

-- phase: parcels
DROP TABLE IF EXISTS gen_parcels;
CREATE UNLOGGED TABLE gen_parcels AS
SELECT i, 'gen-p' || i AS id, {now} - interval '730 days' + (i - 1) * (interval '730 days' / {orders}) AS received,
       (ARRAY['mail-orders', 'mail-invoices', 'scan-desk-1', 'fax-1', 'folder-1', 'rest-upload'])[1 + i % 6] AS capture_point,
       (ARRAY['Email', 'Email', 'Scanner', 'Fax', 'Folder', 'Upload'])[1 + i % 6] AS channel,
       random() AS fate, 1 + floor(random() * 6)::int AS pages, 55 + random() * 41 AS confidence
FROM generate_series(1, {orders}) i;

INSERT INTO dexflow.parcels (id, version, stage, capture_point_id, channel, received_at, stage_since, documents, reason, sender, subject,
    submitted_by, indexed_by, pages, ocr_pages, ocr_confidence)
SELECT p.id, 6, CASE WHEN p.fate < 0.95 THEN 'Routed' WHEN p.fate < 0.97 THEN 'ManualIndexing' ELSE 'Failed' END,
       p.capture_point, p.channel, p.received, p.received + interval '2 minutes', 3, NULL,
       CASE WHEN p.channel = 'Email' THEN 'orders' || (p.i % 500) || '@customer.example' END,
       CASE WHEN p.channel = 'Email' THEN 'Order documents ' || p.i END, CASE WHEN p.channel = 'Upload' THEN 'clerk' END,
       CASE WHEN p.fate < 0.95 THEN CASE WHEN p.fate < 0.8 THEN 'DexFlow' ELSE 'Clerk' END END, p.pages,
       CASE WHEN p.channel IN ('Scanner', 'Fax') THEN p.pages ELSE 0 END,
       CASE WHEN p.channel IN ('Scanner', 'Fax') THEN p.confidence END
FROM gen_parcels p;

ALTER TABLE dexflow.parcel_audit DISABLE TRIGGER parcel_audit_event;
INSERT INTO dexflow.parcel_audit (parcel_id, sequence, at, actor_id, actor_name, action, from_stage, to_stage, details)
SELECT p.id, v.sequence, p.received + v.after, 'dexflow', 'DexFlow', v.action, v.from_stage, v.to_stage, NULL
FROM gen_parcels p
CROSS JOIN LATERAL (VALUES (0, interval '0 seconds', 'Receive', 'Received', 'Received'),
                           (1, interval '2 minutes', 'Route', 'Routing', 'Routed')) v (sequence, after, action, from_stage, to_stage);
ALTER TABLE dexflow.parcel_audit ENABLE TRIGGER parcel_audit_event;

-- phase: documents
INSERT INTO dexflow.documents (document_id, parcel_id, version, parcel_stage, submitted_by, capture_point_id, channel, received_at, type,
    route_kind, route_role, order_number, file_name, sender, subject, language, pages, fields, text, search)
SELECT d.document_id, p.id, 6, CASE WHEN p.fate < 0.95 THEN 'Routed' WHEN p.fate < 0.97 THEN 'ManualIndexing' ELSE 'Failed' END,
       CASE WHEN p.channel = 'Upload' THEN 'clerk' END, p.capture_point, p.channel, p.received, d.type, d.route_kind, d.route_role,
       d.order_number, d.file_name, NULL, NULL, d.language, 1 + p.pages / 3, d.fields, d.text,
       setweight(to_tsvector(d.language, d.file_name), 'A') || setweight(to_tsvector(d.language, d.fields), 'B')
       || setweight(to_tsvector(d.language, d.text), 'C')
FROM gen_parcels p
CROSS JOIN generate_series(1, 3) k
CROSS JOIN LATERAL (
    SELECT p.id || '-d' || k AS document_id,
           (ARRAY['OrderForm', 'Artwork', 'Invoice', 'Correspondence', 'PaperDescription', 'Other'])[1 + (p.i + k) % 6] AS type,
           CASE WHEN (p.i + k) % 10 < 6 THEN 'AttachToOrder' WHEN (p.i + k) % 10 < 9 THEN 'Inbox' ELSE 'Exception' END AS route_kind,
           CASE WHEN (p.i + k) % 10 BETWEEN 6 AND 8 THEN (ARRAY['Accountant', 'QA', 'Manager'])[1 + (p.i + k) % 3] END AS route_role,
           CASE WHEN (p.i + k) % 10 < 6 THEN to_char(p.received, 'YYYY') || '-' || lpad((1 + (p.i * 7 + k) % 400000)::text, 6, '0') END AS order_number,
           'scan-' || p.i || '-' || k || '.pdf' AS file_name,
           (CASE WHEN p.i % 10 < 3 THEN 'german' ELSE 'english' END)::regconfig AS language,
           'ref' || ((p.i * 3 + k) % 100000) || ' ' || (1000 + p.i % 9000) || ' EUR' AS fields,
           array_to_string(ARRAY(
               SELECT (CASE WHEN p.i % 10 < 3
                            THEN ARRAY['Auftrag', 'Druck', 'Papier', 'Rechnung', 'Lieferung', 'Menge', 'Farbe', 'Umschlag', 'Falzung', 'Bindung',
                                       'Termin', 'Kunde', 'bitte', 'für', 'mit', 'und', 'der', 'die', 'das', 'Angebot', 'Broschüre', 'Plakat',
                                       'Visitenkarten', 'Bogen', 'gestrichen', 'matt', 'glänzend', 'Beschnitt', 'Proof', 'Freigabe']
                            ELSE ARRAY['order', 'print', 'paper', 'invoice', 'delivery', 'quantity', 'colour', 'cover', 'folding', 'binding',
                                       'deadline', 'customer', 'please', 'for', 'with', 'and', 'the', 'of', 'to', 'quote', 'brochure', 'poster',
                                       'business', 'cards', 'sheet', 'coated', 'matt', 'gloss', 'bleed', 'proof'] END)[1 + floor(random() * 30)::int]
                      || CASE WHEN g % 9 = 0 THEN ' ' || (p.i + g) % 5000 ELSE '' END
               FROM generate_series(1, 60) g), ' ') || ' ref' || ((p.i * 3 + k) % 100000) AS text) d;

-- phase: document reads
INSERT INTO dexflow.document_reads (at, actor_id, actor_name, client_address, document_id, part)
SELECT {now} - i * interval '5 minutes', (ARRAY['admin', 'accountant', 'qa', 'clerk', 'manager1'])[1 + i % 5], 'Reader', '10.0.0.' || (i % 250),
       'gen-p' || (1 + i % {orders}) || '-d' || (1 + i % 3), (ARRAY['Metadata', 'Content', 'PageImage', 'Text'])[1 + i % 4]
FROM generate_series(1, 200000) i;

-- phase: clean up and analyse
DROP TABLE gen_orders;
DROP TABLE gen_audit;
DROP TABLE gen_last;
DROP TABLE gen_parcels;
ANALYZE;
