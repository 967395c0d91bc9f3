-- Indexes for the window at 10,000 reports (README, Performance). A report's row holds its text, so every
-- row H2 reads costs kilobytes: these indexes answer what the window asks without reading rows, and H2
-- reads an index's columns without the row (the conditions below need only them).
--
-- The library table reads its pages in import order. H2 walks an index in ORDER BY order only when the
-- ordered columns open it, so report_listing (deleted, imported_at, id) made every page sort all reports;
-- report_imported is walked in order (the page query names it) and the page stops when full; deleted is
-- in it so that reports skipped as deleted are never read.
DROP INDEX IF EXISTS report_listing;
CREATE INDEX report_imported ON report(imported_at, id, deleted);
-- Counting live reports and finding the deleted ones, from the index alone.
CREATE INDEX report_deleted ON report(deleted, id);
-- The company filter asks, for each report in order, whether it mentions the company: one seek here. The
-- companies mentioned and how many reports mention one are read from this index alone, too.
DROP INDEX IF EXISTS mention_company;
CREATE INDEX mention_company ON mention(company_id, report_id);
