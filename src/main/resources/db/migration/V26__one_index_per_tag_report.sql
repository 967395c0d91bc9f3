-- The index on theme_tag(report_id) that V1 created duplicates the one H2 made for the table's foreign key on
-- the same column (CONSTRAINT_INDEX_*): every tag was written into two identical B-trees.
DROP INDEX IF EXISTS theme_tag_report;
