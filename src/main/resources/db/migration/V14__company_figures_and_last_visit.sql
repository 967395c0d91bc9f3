-- A company's profile reads its figures by company: V9 dropped this index when no query used it.
CREATE INDEX figure_company_profile ON figure(company_id);

-- When the window last showed this library: the overview says what is new since then. One row.
CREATE TABLE last_visit (
    id          INTEGER PRIMARY KEY,
    visited_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
