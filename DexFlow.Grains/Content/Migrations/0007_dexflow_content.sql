-- The content store: document bytes addressed by their SHA-256. Chunks are written under a fresh storage key while a
-- file arrives and hashed; publishing inserts the content row, or drops the chunks when that hash is already stored.
CREATE TABLE IF NOT EXISTS dexflow.content
(
    sha256      text        PRIMARY KEY,
    length      bigint      NOT NULL,
    storage_key uuid        NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS dexflow.content_chunks
(
    storage_key uuid    NOT NULL,
    index       integer NOT NULL,
    data        bytea   NOT NULL,
    PRIMARY KEY (storage_key, index)
);

-- Chunks are never compressed by PostgreSQL (documents are compressed already) and are read whole.
ALTER TABLE dexflow.content_chunks ALTER COLUMN data SET STORAGE EXTERNAL;
