package app.dossier.figures.ledger;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount the user types in a form: "2500000000", "2,500,000", "2.5 bn", "300M", "12 million", "1.2e9",
 * and in a German locale "2,5 Mio", "2.500.000", "1,2 Mrd."; Chinese scale characters ("2.5亿") in any locale.
 * A separator is a decimal mark when it cannot be a thousands separator (it appears once and not before
 * exactly three digits, or it is the last of two kinds); only "2,500" and "2.500" are ambiguous, and the
 * locale decides those.
 */
public final class AmountInput {
    private static final Pattern AMOUNT = Pattern.compile(
            "\\s*([-+]?[0-9][0-9,._' ]*?(?:[eE][-+]?[0-9]+)?)\\s*(\\p{L}*\\.?)\\s*");
    private static final Map<String, Double> SCALES = Map.ofEntries(Map.entry("", 1.0),
            Map.entry("k", 1e3), Map.entry("thousand", 1e3), Map.entry("tsd", 1e3), Map.entry("tausend", 1e3),
            Map.entry("m", 1e6), Map.entry("mn", 1e6), Map.entry("mio", 1e6), Map.entry("million", 1e6),
            Map.entry("millionen", 1e6), Map.entry("b", 1e9), Map.entry("bn", 1e9), Map.entry("billion", 1e9),
            Map.entry("mrd", 1e9), Map.entry("milliarde", 1e9), Map.entry("milliarden", 1e9),
            Map.entry("万", 1e4), Map.entry("萬", 1e4), Map.entry("亿", 1e8), Map.entry("億", 1e8));

    private AmountInput() {
    }

    /** Read as in the user's locale (the window's). */
    public static OptionalDouble parse(String text) {
        return parse(text, Locale.getDefault(Locale.Category.FORMAT));
    }

    public static OptionalDouble parse(String text, Locale locale) {
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
        String digits = m.group(1).replaceAll("[_' ]", "");
        try {
            return OptionalDouble.of(Double.parseDouble(normalise(digits, decimalMark(locale))) * scale);
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** "2.500.000,5" → "2500000.5": the decimal mark becomes '.', thousands separators go. */
    private static String normalise(String digits, char localeDecimal) {
        int comma = digits.lastIndexOf(',');
        int dot = digits.lastIndexOf('.');
        if (comma < 0 && dot < 0) {
            return digits;
        }
        char decimal;
        if (comma >= 0 && dot >= 0) {
            decimal = comma > dot ? ',' : '.';
        } else {
            char only = comma >= 0 ? ',' : '.';
            int last = Math.max(comma, dot);
            boolean once = digits.indexOf(only) == last;
            boolean threeAfter = digits.length() - last - 1 == 3 && !digits.substring(last + 1).matches(".*[eE].*");
            if (!once) {
                decimal = only == ',' ? '.' : ',';
            } else if (!threeAfter) {
                decimal = only;
            } else {
                decimal = localeDecimal == only ? only : (only == ',' ? '.' : ',');
            }
        }
        char grouping = decimal == ',' ? '.' : ',';
        return digits.replace(String.valueOf(grouping), "").replace(decimal, '.');
    }

    private static char decimalMark(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? ',' : '.';
    }

    /** How the form shows a stored value back, exactly and readably: "2.5 bn", "300 M", "56" (user's locale). */
    public static String format(double value) {
        return format(value, Locale.getDefault(Locale.Category.FORMAT));
    }

    /** As {@link #format(double)}, with the locale's decimal mark ("2,5 bn" in German), so parse reads it back. */
    public static String format(double value, Locale locale) {
        double a = Math.abs(value);
        String text;
        if (a >= 1e9) {
            text = exact(value / 1e9) + " bn";
        } else if (a >= 1e6) {
            text = exact(value / 1e6) + " M";
        } else {
            text = exact(value);
        }
        return decimalMark(locale) == ',' ? text.replace('.', ',') : text;
    }

    private static String exact(double v) {
        return app.dossier.money.Amounts.plain(app.dossier.money.Amounts.significant(v));
    }
}
