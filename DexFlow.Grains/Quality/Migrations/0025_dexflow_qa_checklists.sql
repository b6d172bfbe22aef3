-- The QA checklist, every published version (append-only); a QA review records the version it answered.
CREATE TABLE IF NOT EXISTS dexflow.qa_checklists
(
    version      integer     PRIMARY KEY,
    checklist    jsonb       NOT NULL,
    published_by text        NOT NULL,
    published_at timestamptz NOT NULL,
    comment      text        NOT NULL
);
