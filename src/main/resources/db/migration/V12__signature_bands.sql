-- Bands of each report's MinHash signature (locality-sensitive hashing): a new report is compared only
-- with the reports that share a band with it, found through this index, not with every report stored.
CREATE TABLE report_band (
    band_key  BIGINT      NOT NULL,
    report_id VARCHAR(32) NOT NULL
);
CREATE INDEX report_band_key ON report_band(band_key);
CREATE INDEX report_band_report ON report_band(report_id);
