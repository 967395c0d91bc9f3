-- CRC-32C (hex) of a mention's company and surface, and of a report's title, date and source: with the
-- sums of V2 every string the window and the export show from the database is verified when read.
-- NULL until computed for older rows (Checksums.fillMissing on open).
ALTER TABLE mention ADD COLUMN surface_sum VARCHAR(8);
ALTER TABLE report ADD COLUMN meta_sum VARCHAR(8);
