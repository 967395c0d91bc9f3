package app.dossier.matrix;

import app.dossier.model.Metric;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns a comparison matrix can have, by the id the command line and the window use. */
public enum MatrixMetric {
    CASH("cash", "Latest cash", Metric.CASH),
    BURN("burn", "Monthly burn", Metric.BURN),
    RUNWAY("runway", "Runway", null),
    VALUATION("valuation", "Last valuation", Metric.VALUATION),
    FUNDING("funding", "Total funding", Metric.FUNDING),
    REVENUE("revenue", "Revenue", Metric.REVENUE),
    MARKET_SHARE("market-share", "Market share", Metric.MARKET_SHARE),
    RD_SPEND("rd-spend", "R&D spend", Metric.RD_SPEND);

    private final String id;
    private final String label;
    private final String figureMetric;

    MatrixMetric(String id, String label, String figureMetric) {
        this.id = id;
        this.label = label;
        this.figureMetric = figureMetric;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The figure metric the column reads; null for runway, which is computed from cash and burn. */
    public String figureMetric() {
        return figureMetric;
    }

    public boolean isMoney() {
        return this != RUNWAY && this != MARKET_SHARE;
    }

    /** By id, also "share", "rd" and the figure metric ("market_share", "rd_spend"). */
    public static Optional<MatrixMetric> fromId(String id) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(m -> m.id.equals(key)
                || (m == MARKET_SHARE && key.equals("share")) || (m == RD_SPEND && key.equals("rd"))).findFirst();
    }

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(MatrixMetric::id).toList());
    }

    public static List<MatrixMetric> all() {
        return List.of(values());
    }
}
