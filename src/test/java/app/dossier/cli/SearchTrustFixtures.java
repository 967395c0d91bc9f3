package app.dossier.cli;

/** Text for the search tests: an opening long enough that a passage further on is never in the first lines. */
public final class SearchTrustFixtures {
    public static final String LONG_OPENING = "The quarter was busy for the labs that build large models. Budgets grew "
            + "across the sector, several funds raised fresh money, and hiring for inference engineers picked up in "
            + "every city that has a university nearby. Prices for compute stayed high all season.";

    private SearchTrustFixtures() {
    }
}
