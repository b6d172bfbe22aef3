-- Two more daily rollups (see 0028): orders completed per day, on time or late (the on-time delivery report), and
-- parcels per day of receipt, capture point and channel (the intake, indexing and OCR confidence reports). A parcel's
-- figures change after the day it arrived (indexed, routed, failed): the days of parcels whose history grew since the
-- last refresh are recomputed.

CREATE TABLE IF NOT EXISTS dexflow.report_completion_days
(
    day         date    PRIMARY KEY,
    completed   integer NOT NULL,
    on_time     integer NOT NULL,
    late        integer NOT NULL,
    no_due_date integer NOT NULL
);

-- ocr_confidence_pages: the sum of each OCR-read parcel's mean confidence times its OCR pages, so that means over any
-- span are exact (divided by the pages).
CREATE TABLE IF NOT EXISTS dexflow.report_parcel_days
(
    day                  date             NOT NULL,
    capture_point_id     text             NOT NULL,
    channel              text             NOT NULL,
    parcels              integer          NOT NULL,
    documents            integer          NOT NULL,
    failed               integer          NOT NULL,
    automatic            integer          NOT NULL,
    by_hand              integer          NOT NULL,
    ocr_parcels          integer          NOT NULL,
    ocr_pages            integer          NOT NULL,
    ocr_confidence_pages double precision NOT NULL,
    poor                 integer          NOT NULL,
    PRIMARY KEY (day, capture_point_id, channel)
);
