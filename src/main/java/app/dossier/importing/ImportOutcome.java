package app.dossier.importing;

/**
 * What became of one input file. status: "imported", "duplicate" or "failed"; error names the reason
 * when it failed.
 */
public record ImportOutcome(String file, String status, String reportId, String error) {
    public static final String IMPORTED = "imported";
    public static final String DUPLICATE = "duplicate";
    public static final String FAILED = "failed";

    public boolean failed() {
        return FAILED.equals(status);
    }
}
