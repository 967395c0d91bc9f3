package app.dossier.figures.ledger;

import app.dossier.model.Figure;
import app.dossier.model.Metric;

import java.math.BigDecimal;
import java.math.MathContext;

/** Figures as plain text for tables and CSV: "2.5 bn CNY", "56 %", "~300 M CNY / month", "8 M". */
public final class FigureText {
    private FigureText() {
    }

    public static String normalised(Figure f) {
        String v = amount(f.value()) + (f.valueMax() == null ? "" : "–" + amount(f.valueMax()));
        String unit;
        if (Metric.isPercent(f.metric()) || (f.currency() == null && isSmallPercentLike(f))) {
            unit = f.currency() == null ? " %" : " " + f.currency();
        } else {
            unit = f.currency() == null ? "" : " " + f.currency();
        }
        return (f.approx() ? "~" : "") + v + unit + (f.per() == null ? "" : " / " + f.per());
    }

    /** An amount in a chosen currency: "350 M USD". */
    public static String money(double value, String currency) {
        return amount(value) + " " + currency;
    }

    /** "other" figures without currency are mostly shares read from a percent sign. */
    private static boolean isSmallPercentLike(Figure f) {
        return Metric.OTHER.equals(f.metric()) && f.quote() != null && (f.quote().contains("%") || f.quote().contains("％")
                || f.quote().contains("百分之") || f.quote().contains("成"));
    }

    static String amount(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return plain(v / 1e9) + " bn";
        }
        if (a >= 1e6) {
            return plain(v / 1e6) + " M";
        }
        if (a >= 1e4) {
            return plain(v / 1e3) + " k"; // "610 k EUR a month": six bare digits are miscounted at a glance
        }
        return plain(v);
    }

    /** Up to four significant digits, no trailing zeros: 1.955, 2605, 0.14. */
    public static String plain(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "–";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
