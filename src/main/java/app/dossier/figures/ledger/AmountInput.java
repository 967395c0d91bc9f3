package app.dossier.figures.ledger;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an amount the user types in a form: "2500000000", "2,500,000", "2.5 bn", "300M", "12 million", "1.2e9". */
public final class AmountInput {
    private static final Pattern AMOUNT = Pattern.compile("\\s*([-+]?[0-9][0-9,_' ]*(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)\\s*([a-zA-Z.]*)\\s*");
    private static final Map<String, Double> SCALES = Map.of("", 1.0, "k", 1e3, "thousand", 1e3, "m", 1e6, "mn", 1e6,
            "mio", 1e6, "million", 1e6, "b", 1e9, "bn", 1e9, "billion", 1e9);

    private AmountInput() {
    }

    public static OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        Matcher m = AMOUNT.matcher(text);
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        Double scale = SCALES.get(m.group(2).replace(".", "").toLowerCase(Locale.ROOT));
        if (scale == null) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(m.group(1).replaceAll("[,_' ]", "")) * scale);
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** How the form shows a stored value back, exactly and readably: "2.5 bn", "300 M", "56". */
    public static String format(double value) {
        double a = Math.abs(value);
        if (a >= 1e9) {
            return exact(value / 1e9) + " bn";
        }
        if (a >= 1e6) {
            return exact(value / 1e6) + " M";
        }
        return exact(value);
    }

    private static String exact(double v) {
        java.math.BigDecimal d = new java.math.BigDecimal(v).round(new java.math.MathContext(12)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
