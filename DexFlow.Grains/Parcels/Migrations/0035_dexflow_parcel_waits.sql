-- A parcel that waits for a clerk (for manual indexing, or failed and waiting for a retry) longer than DexFlow allows
-- is announced once per wait: one row per parcel and the moment its wait began, made in the same statement as its
-- Parcel.WaitTooLong event, so that the watch, however often it looks and on whichever silo, announces a wait once.
CREATE TABLE IF NOT EXISTS dexflow.parcel_wait_alerts
(
    parcel_id   text        NOT NULL,
    stage_since timestamptz NOT NULL,
    alerted_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (parcel_id, stage_since)
);
