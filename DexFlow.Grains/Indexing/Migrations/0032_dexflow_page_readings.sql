-- What reading found on each page of a stored file: its text, and its words with their boxes (for the viewer's
-- highlights and the indexing station). Kept here rather than in the parcel's state, which stays small however much
-- its pages say. Keyed by the file's content, not by parcel: what a page reads as follows from its bytes, so a file
-- delivered twice is one set of rows, and a reading repeated after a crash writes the same row again. The rows go
-- with the content they were read from.
CREATE TABLE IF NOT EXISTS dexflow.page_readings
(
    sha256        text        NOT NULL REFERENCES dexflow.content (sha256) ON DELETE CASCADE,
    page          integer     NOT NULL, -- in the file, from 0
    source        text        NOT NULL, -- TextLayer, Ocr or None (a control page, not read)
    quarter_turns smallint    NOT NULL,
    text          text        NOT NULL,
    words         jsonb       NOT NULL, -- [[text, left, top, width, height, confidence], ...], boxes as shares of the page
    read_at       timestamptz NOT NULL,
    PRIMARY KEY (sha256, page)
);
