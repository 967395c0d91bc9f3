-- Decisions on a report that is not in the library (its original file was lost before a rebuild):
-- kept here with the journal entry they came from, listed as orphaned, and applied when the
-- report's file is imported again (report ids come from the file's bytes, so they match).
CREATE TABLE orphaned_decision (
    seq          BIGINT        NOT NULL,
    step         INTEGER       NOT NULL,
    report_id    VARCHAR(32)   NOT NULL,
    description  VARCHAR(256)  NOT NULL,
    command      TEXT          NOT NULL,
    PRIMARY KEY (seq, step)
);
CREATE INDEX orphaned_decision_report ON orphaned_decision(report_id);

-- CRC-32C (hex) of what a flipped bit must not silently change: a report's text, a note's quote
-- and words, a figure's quote. Verified on every read; NULL until computed for older rows.
ALTER TABLE report ADD COLUMN text_sum VARCHAR(8);
ALTER TABLE annotation ADD COLUMN content_sum VARCHAR(8);
ALTER TABLE figure ADD COLUMN quote_sum VARCHAR(8);
