-- The overview's counts kept as the library is written (store/KeptCounts): opening the window read the whole
-- mention, theme-tag and figure tables for them (seconds of both cores at 10,000 reports, while the first
-- report was being opened). report_tally holds each report's share, library_tally the sums; both are filled
-- here from the library as it stands, with the conditions of the scans they replace.
-- kind: C mentions of a company (tally_key) in counted reports; T tags of a theme not rejected in counted
-- reports; W figures waiting for review in live reports (n; m of them flagged after re-processing);
-- M a company's cash (n) and burn (m) figures in a counted report, with the report's date.
CREATE TABLE report_tally (
    report_id   VARCHAR(32)  NOT NULL,
    kind        VARCHAR(1)   NOT NULL,
    tally_key   VARCHAR(128) NOT NULL,
    n           INTEGER      NOT NULL,
    m           INTEGER      NOT NULL,
    report_day  DATE,
    PRIMARY KEY (report_id, kind, tally_key)
);
CREATE TABLE library_tally (
    kind       VARCHAR(1)   NOT NULL,
    tally_key  VARCHAR(128) NOT NULL,
    n          BIGINT       NOT NULL,
    m          BIGINT       NOT NULL,
    reports    INTEGER      NOT NULL,
    PRIMARY KEY (kind, tally_key)
);
-- runway's companies: the few reports with cash or burn figures, by company
CREATE INDEX report_tally_kind ON report_tally(kind, tally_key);

CREATE TABLE counted_report (id VARCHAR(32) PRIMARY KEY);
INSERT INTO counted_report SELECT r.id FROM report r WHERE r.deleted = FALSE AND NOT EXISTS (
    SELECT 1 FROM report_version v JOIN report k ON k.id = v.version_of WHERE v.report_id = r.id AND k.deleted = FALSE);

INSERT INTO report_tally (report_id, kind, tally_key, n, m, report_day)
SELECT report_id, 'C', company_id, COUNT(*), 0, NULL FROM mention
WHERE report_id IN (SELECT id FROM counted_report) GROUP BY report_id, company_id;

INSERT INTO report_tally (report_id, kind, tally_key, n, m, report_day)
SELECT report_id, 'T', theme_id, COUNT(*), 0, NULL FROM theme_tag
WHERE status <> 'rejected' AND report_id IN (SELECT id FROM counted_report) GROUP BY report_id, theme_id;

INSERT INTO report_tally (report_id, kind, tally_key, n, m, report_day)
SELECT f.report_id, 'W', '', COUNT(*), SUM(CASE WHEN f.needs_review THEN 1 ELSE 0 END), NULL FROM figure f
JOIN report r ON r.id = f.report_id WHERE r.deleted = FALSE AND (f.status = 'suggested' OR f.needs_review) GROUP BY f.report_id;

INSERT INTO report_tally (report_id, kind, tally_key, n, m, report_day)
SELECT f.report_id, 'M', f.company_id, MAX(CASE WHEN f.metric = 'cash' THEN 1 ELSE 0 END),
       MAX(CASE WHEN f.metric = 'burn' THEN 1 ELSE 0 END), MAX(COALESCE(r.published, CAST(r.imported_at AS DATE)))
FROM figure f JOIN report r ON r.id = f.report_id
WHERE f.metric IN ('cash', 'burn') AND f.status <> 'rejected' AND f.company_id IS NOT NULL
  AND f.report_id IN (SELECT id FROM counted_report)
GROUP BY f.report_id, f.company_id;

INSERT INTO library_tally (kind, tally_key, n, m, reports)
SELECT kind, tally_key, SUM(n), SUM(m), COUNT(*) FROM report_tally WHERE kind <> 'M' GROUP BY kind, tally_key;

DROP TABLE counted_report;

-- The runway and the conflicts of new figures read a few companies' figures of one or two metrics: one seek per
-- company and metric here. A company's profile reads all its figures by the same index's first column, so the
-- index on company_id alone (V14) goes.
DROP INDEX IF EXISTS figure_company_profile;
CREATE INDEX figure_company_metric ON figure(company_id, metric);
