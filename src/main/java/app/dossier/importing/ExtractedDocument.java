package app.dossier.importing;

import java.time.LocalDate;

/**
 * What reading one file gives: the cleaned article text (paragraphs separated by one blank line,
 * "\n\n"; no other blank lines), and the metadata found in it.
 *
 * @param charset the encoding the bytes were decoded from (e.g. "UTF-8", "GB18030"); null for PDF
 * @param format  "txt", "md", "html" or "pdf"
 * @param author  the company the document is written for, named only in chrome the cleaning removed (a mail's
 *                signature and sender address), or null
 */
public record ExtractedDocument(String text, String title, String language, LocalDate published, String source,
                                String charset, String format, String author) {
}
