package app.dossier.charts;

import app.dossier.money.ExchangeRates;
import java.math.BigDecimal;
import java.math.MathContext;

/** Short, unambiguous numbers for chart labels: "$350M", "CN¥2.5B", "50–80%", "8.3 mo". */
final class ValueFormat {
    private static final String[] SUFFIXES = {"", "K", "M", "B", "T"};

    private ValueFormat() {
    }

    static String money(double value, String currency, ExchangeRates rates) {
        return rates.symbol(currency) + compact(value);
    }

    /** 3 significant digits with K/M/B/T: 2.5e9 → "2.5B", 1.525e9 → "1.53B", 4.2e7 → "42M". */
    static String compact(double value) {
        double abs = Math.abs(value);
        int tier = 0;
        while (tier < SUFFIXES.length - 1 && abs >= 999.5) {
            abs /= 1000;
            tier++;
        }
        String digits = plain(abs, 3);
        return (value < 0 ? "-" : "") + digits + SUFFIXES[tier];
    }

    static String percent(double value, Double valueMax, boolean approx) {
        String v = plain(value, 3) + (valueMax == null ? "" : "–" + plain(valueMax, 3));
        return (approx ? "≈" : "") + v + "%";
    }

    static String months(double months, boolean approx) {
        return (approx ? "≈" : "") + plain(months, 2, 1) + " mo";
    }

    static String rate(double rate) {
        return plain(rate, 4);
    }

    static String plain(double value, int significant) {
        return plain(value, significant, Integer.MAX_VALUE);
    }

    private static String plain(double value, int significant, int maxDecimals) {
        BigDecimal d = BigDecimal.valueOf(value).round(new MathContext(significant));
        if (d.scale() > maxDecimals) {
            d = d.setScale(maxDecimals, java.math.RoundingMode.HALF_UP);
        }
        d = d.stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
