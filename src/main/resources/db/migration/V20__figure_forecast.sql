-- A figure a report gives as a forecast or plan (a "2025E" column) rather than as what happened (issue 9).
ALTER TABLE figure ADD COLUMN forecast BOOLEAN DEFAULT FALSE NOT NULL;
