package app.dossier.charts;

import java.util.Arrays;
import java.util.Optional;

/** The charts Dossier draws, by the id the CLI and the UI use. */
public enum ChartType {
    MARKET_SHARE("market-share"),
    BURN_RATE("burn-rate"),
    FUNDING("funding"),
    COMPANY_THEME("company-theme"),
    THEME_MOMENTUM("theme-momentum");

    private final String id;

    ChartType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ChartType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
    }
}
