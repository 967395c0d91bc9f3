-- The library table reads one page at a time in import order: an index lets it stop after the page.
CREATE INDEX report_listing ON report(deleted, imported_at, id);

-- A number raised before every change the search index must follow; the index records in its commit
-- the number it reflects, so whether it is stale is known without counting reports.
CREATE TABLE index_generation (
    id          INTEGER PRIMARY KEY,
    generation  BIGINT  NOT NULL
);
INSERT INTO index_generation (id, generation) VALUES (1, 0);
