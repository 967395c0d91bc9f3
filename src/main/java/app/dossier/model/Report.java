package app.dossier.model;

import java.time.Instant;
import java.time.LocalDate;

/** One imported report: its cleaned text (paragraphs separated by a blank line) and metadata. */
public record Report(
        String id,
        String file,
        String title,
        String language,
        String sha256,
        Instant importedAt,
        LocalDate published,
        String source,
        long sizeBytes,
        String format,
        String text) {

    public Report withMetadata(String newTitle, LocalDate newPublished, String newSource) {
        return new Report(id, file, newTitle, language, sha256, importedAt, newPublished, newSource, sizeBytes, format, text);
    }

    public Report withoutText() {
        return new Report(id, file, title, language, sha256, importedAt, published, source, sizeBytes, format, null);
    }
}
