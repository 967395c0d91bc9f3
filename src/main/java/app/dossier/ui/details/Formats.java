package app.dossier.ui.details;

import app.dossier.model.Figure;
import app.dossier.model.Metric;

import java.util.Locale;

/** How figures read in lists and tables: "2.5 bn CNY", "56 %", "300 M CNY / month". */
public final class Formats {
    private Formats() {
    }

    public static String value(Figure f) {
        String v = amount(f.value(), f.metric()) + (f.valueMax() == null ? "" : "–" + amount(f.valueMax(), f.metric()));
        String unit = Metric.isPercent(f.metric()) || f.currency() == null ? (f.currency() == null ? " %" : "")
                : " " + f.currency();
        return (f.approx() ? "~" : "") + v + unit + (f.per() == null ? "" : " / " + f.per());
    }

    static String amount(double v, String metric) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return trim(v / 1e9) + " bn";
        }
        if (a >= 1e6) {
            return trim(v / 1e6) + " M";
        }
        return trim(v);
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.replaceAll("\\.?0+$", "");
    }

    public static String metricName(String metric) {
        return switch (metric) {
            case Metric.MARKET_SHARE -> "Market share";
            case Metric.PENETRATION -> "Penetration";
            case Metric.VALUATION -> "Valuation";
            case Metric.FUNDING -> "Funding";
            case Metric.REVENUE -> "Revenue";
            case Metric.NET_LOSS -> "Net loss";
            case Metric.CASH -> "Cash";
            case Metric.BURN -> "Burn";
            case Metric.GROSS_MARGIN -> "Gross margin";
            case Metric.RD_SPEND -> "R&D spend";
            default -> "Other";
        };
    }
}
