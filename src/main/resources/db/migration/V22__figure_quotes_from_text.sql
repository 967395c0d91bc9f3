-- A figure's quote is the passage [start_offset, end_offset) of its report's text: stored again it was an eighth
-- of a library's database (README, Performance / 10,000 reports). NULL now means "read it from the text"; the
-- column keeps the words only where they differ from the text (entered by hand, or decided on before the text
-- changed). quote_sum still guards the quote as read. Quotes an existing library stored stay as they are and read
-- the same: clearing them rewrote the whole figure table (figure ids are hashes), and H2 grew a 10,000-report
-- library's file past 1.8 GB doing so, in one transaction or in batches.
ALTER TABLE figure ALTER COLUMN quote DROP NOT NULL;
