package app.dossier.figures.ledger;

import app.dossier.charts.ExchangeRates;
import app.dossier.model.Figure;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** Money figures in another currency and flows per month, using the library's exchange-rate table. */
public final class Money {
    private static final Map<String, Double> MONTHS_PER = Map.of("day", 1 / 30.4375, "week", 7 / 30.4375,
            "month", 1.0, "quarter", 3.0, "half-year", 6.0, "year", 12.0);

    private final ExchangeRates rates;

    public Money(ExchangeRates rates) {
        this.rates = rates;
    }

    public ExchangeRates rates() {
        return rates;
    }

    /** The figure's value in {@code target}; empty when it is not money or the table lacks a rate. */
    public OptionalDouble convert(Figure f, String target) {
        return convert(f.value(), f.currency(), target);
    }

    public OptionalDouble convert(double value, String from, String target) {
        if (from == null || target == null || !rates.supports(from) || !rates.supports(target)) {
            return OptionalDouble.empty();
        }
        if (from.equalsIgnoreCase(target)) {
            return OptionalDouble.of(value);
        }
        return OptionalDouble.of(rates.convert(value, from.toUpperCase(Locale.ROOT), target.toUpperCase(Locale.ROOT)));
    }

    /** A flow ("per year", "per quarter") as a monthly amount; empty when the period unit is unknown. */
    public static OptionalDouble monthly(double value, String per) {
        Double months = per == null ? null : MONTHS_PER.get(per.toLowerCase(Locale.ROOT));
        return months == null ? OptionalDouble.empty() : OptionalDouble.of(value / months);
    }
}
