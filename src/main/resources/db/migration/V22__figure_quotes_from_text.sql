-- A figure's quote is the passage [start_offset, end_offset) of its report's text: stored again it was a fifth
-- of a library's database (README, Performance). NULL now means "read it from the text"; the column keeps the
-- words only where they differ from the text (entered by hand, or decided on before the text changed).
-- quote_sum still guards the quote as read. Rows without a sum keep their words (Checksums.fillMissing sums them).
ALTER TABLE figure ALTER COLUMN quote DROP NOT NULL;
UPDATE figure f SET quote = NULL
 WHERE f.quote_sum IS NOT NULL
   AND f.quote = SUBSTRING((SELECT r.body FROM report r WHERE r.id = f.report_id),
                           f.start_offset + 1, f.end_offset - f.start_offset)
   AND CHAR_LENGTH(f.quote) = f.end_offset - f.start_offset;
