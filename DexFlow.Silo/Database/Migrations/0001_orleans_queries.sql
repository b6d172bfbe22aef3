-- The named queries Orleans' ADO.NET providers execute. The providers read this table at start-up and run nothing
-- else; each later migration upserts the query texts it owns.
CREATE TABLE IF NOT EXISTS orleansquery
(
    querykey  varchar(64) PRIMARY KEY,
    querytext text NOT NULL
);
