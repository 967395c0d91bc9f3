-- A figure's quote is the passage [start_offset, end_offset) of its report's text: stored again it was an eighth
-- of a library's database (README, Performance / 10,000 reports). NULL now means "read it from the text"; the
-- column keeps the words only where they differ from the text (entered by hand, or decided on before the text
-- changed). quote_sum still guards the quote as read. The quotes an existing library stored are cleared by
-- store/DerivedQuotes right after this migration, report by report: compared here in SQL, each figure read its
-- report's text again (minutes at 10,000 reports).
ALTER TABLE figure ALTER COLUMN quote DROP NOT NULL;
