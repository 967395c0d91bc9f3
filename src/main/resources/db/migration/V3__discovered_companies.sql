-- A name discovery offered is a company of its own until the user decides: its id (mentions and
-- figures point to it), the other forms it goes by in the reports, and its kind ("source" for a
-- publisher only ever cited as a source).
ALTER TABLE company_candidate ADD COLUMN company_id VARCHAR(128);
ALTER TABLE company_candidate ADD COLUMN aliases TEXT;
ALTER TABLE company_candidate ADD COLUMN kind VARCHAR(32);
CREATE INDEX company_candidate_company ON company_candidate(company_id);
