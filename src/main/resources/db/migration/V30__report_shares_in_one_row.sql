-- A report's kept shares of the overview's counts (V25, store/KeptCounts): its mentions by company (C), its tags by
-- theme (T) and its figures waiting (W) were a row each in report_tally, about twenty per report, every one written
-- again in report_tally's primary key and in its index by kind: with them the kept counts were a twelfth of a bench
-- library's database. Now they are one row per report, one line per share, "KIND n m key", in the order of kind
-- and key (a backslash or line break in a key escaped). The cash and burn shares (M) stay rows of report_tally:
-- runway reads them by company through report_tally_kind. The sums in library_tally do not change.
CREATE TABLE report_share (
    report_id VARCHAR(32) PRIMARY KEY,
    shares    VARCHAR     NOT NULL
);

INSERT INTO report_share (report_id, shares)
SELECT report_id, LISTAGG(kind || ' ' || n || ' ' || m || ' ' || REPLACE(REPLACE(tally_key, '\', '\\'), CHAR(10), '\n'), CHAR(10))
       WITHIN GROUP (ORDER BY kind, tally_key)
FROM report_tally WHERE kind <> 'M' GROUP BY report_id;

DELETE FROM report_tally WHERE kind <> 'M';
