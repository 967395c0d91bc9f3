-- Indexes cost disk and a write per row on every import; keep only those a query needs. No query looks
-- figures up by company or theme tags by theme (the ledger, charts and the companies & themes view read
-- them by report or whole), so these two go. mention_company stays: discovered companies are found
-- through it.
DROP INDEX IF EXISTS figure_company;
DROP INDEX IF EXISTS theme_tag_theme;
