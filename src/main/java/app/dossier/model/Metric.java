package app.dossier.model;

import java.util.List;

/** The metric vocabulary of CONTRACT.md. */
public final class Metric {
    public static final String MARKET_SHARE = "market_share";
    public static final String PENETRATION = "penetration";
    public static final String VALUATION = "valuation";
    public static final String FUNDING = "funding";
    public static final String REVENUE = "revenue";
    public static final String NET_LOSS = "net_loss";
    public static final String CASH = "cash";
    public static final String BURN = "burn";
    public static final String GROSS_MARGIN = "gross_margin";
    public static final String RD_SPEND = "rd_spend";
    public static final String OTHER = "other";

    public static final List<String> ALL = List.of(MARKET_SHARE, PENETRATION, VALUATION, FUNDING, REVENUE, NET_LOSS,
            CASH, BURN, GROSS_MARGIN, RD_SPEND, OTHER);

    private Metric() {
    }

    public static boolean isPercent(String metric) {
        return MARKET_SHARE.equals(metric) || PENETRATION.equals(metric) || GROSS_MARGIN.equals(metric);
    }
}
