package app.dossier.model;

/**
 * A company named in a report, at [start, end) of the report text (UTF-16 offsets).
 * {@code fuzzy}: matched a near-miss spelling; {@code product}: matched through a product name.
 */
public record Mention(String reportId, String companyId, int start, int end, String text, boolean fuzzy, boolean product) {
    public Mention withReport(String id) {
        return new Mention(id, companyId, start, end, text, fuzzy, product);
    }
}
