package app.dossier.money;

import app.dossier.model.Figure;

import java.util.Locale;
import java.util.OptionalDouble;

/** Money figures in another currency, through one exchange-rate table. */
public final class Money {
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
        if (!canConvert(from, target)) {
            return OptionalDouble.empty();
        }
        if (from.equalsIgnoreCase(target)) {
            return OptionalDouble.of(value);
        }
        return OptionalDouble.of(rates.convert(value, from.toUpperCase(Locale.ROOT), target.toUpperCase(Locale.ROOT)));
    }

    public boolean canConvert(String from, String target) {
        return from != null && target != null && rates.supports(from) && rates.supports(target);
    }
}
