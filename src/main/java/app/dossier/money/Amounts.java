package app.dossier.money;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Numbers as Dossier writes them out: 12 significant digits, which hides binary and conversion noise
 * (42000000.00000001) and keeps every digit a source can give. The one copy of that rule for the
 * ledger's form and CSV, the chart's data and its CSV.
 */
public final class Amounts {
    private static final MathContext SIGNIFICANT = new MathContext(12);

    private Amounts() {
    }

    /** The value rounded to 12 significant digits. */
    public static double significant(double v) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        return new BigDecimal(v).round(SIGNIFICANT).doubleValue();
    }

    /** Plain digits, no exponent, no grouping, 12 significant digits: "2500000000", "0.14", "415000000". */
    public static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
    }
}
