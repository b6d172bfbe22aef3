-- The parcel read model: one row per parcel, written by the parcel grain after each state write. The clerks' queue
-- and intake lists read it; the grain remains the truth.
CREATE TABLE IF NOT EXISTS dexflow.parcels
(
    id               text        PRIMARY KEY,
    version          bigint      NOT NULL,
    stage            text        NOT NULL,
    capture_point_id text        NOT NULL,
    channel          text        NOT NULL,
    received_at      timestamptz NOT NULL,
    stage_since      timestamptz NOT NULL,
    documents        integer     NOT NULL,
    reason           text        NULL,
    sender           text        NULL,
    subject          text        NULL,
    submitted_by     text        NULL
);

CREATE INDEX IF NOT EXISTS parcels_waiting ON dexflow.parcels (stage_since) WHERE stage IN ('ManualIndexing', 'Failed');
CREATE INDEX IF NOT EXISTS parcels_by_capture_point ON dexflow.parcels (capture_point_id, received_at DESC);
