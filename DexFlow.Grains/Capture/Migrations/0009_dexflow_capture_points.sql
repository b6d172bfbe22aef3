-- Capture points as their grains last published them (settings without secrets, statistics), for listing.
CREATE TABLE IF NOT EXISTS dexflow.capture_points
(
    id      text   PRIMARY KEY,
    version bigint NOT NULL,
    view    jsonb  NOT NULL
);
