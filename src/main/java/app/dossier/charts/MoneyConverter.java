package app.dossier.charts;

import app.dossier.model.Figure;
import app.dossier.money.ExchangeRates;
import app.dossier.money.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Converts amounts to the chart's currency and remembers which rates it used, so the chart can say so. */
final class MoneyConverter {
    private final ExchangeRates rates;
    private final Money money;
    private final String target;
    private final Set<String> usedFrom = new TreeSet<>();

    MoneyConverter(ExchangeRates rates, String target) {
        this.rates = rates;
        this.money = new Money(rates);
        this.target = target;
    }

    String target() {
        return target;
    }

    ExchangeRates rates() {
        return rates;
    }

    boolean canConvert(Figure f) {
        return money.canConvert(f.currency(), target);
    }

    double convert(double value, String from) {
        String code = from.toUpperCase(Locale.ROOT);
        if (!code.equals(target)) {
            usedFrom.add(code);
        }
        return money.convert(value, code, target).orElseThrow();
    }

    String format(double valueInTarget) {
        return ValueFormat.money(valueInTarget, target, rates);
    }

    /** The original amount, when it was in another currency: "CN¥300M". */
    String original(Figure f, double value) {
        return f.currency().equalsIgnoreCase(target) ? null : ValueFormat.money(value, f.currency(), rates);
    }

    /** "CNY→USD at 0.14; rates as of 2025-11-01 (approximate)", or null when nothing was converted. */
    String note() {
        if (usedFrom.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        usedFrom.forEach(from -> parts.add(from + "→" + target + " at " + ValueFormat.rate(rates.rate(from, target))));
        return "Converted " + String.join(", ", parts) + "; rates as of " + rates.asOf() + " (approximate)";
    }

    ChartResult.Rates used() {
        List<ChartResult.Conversion> conversions = new ArrayList<>();
        usedFrom.forEach(from -> conversions.add(new ChartResult.Conversion(from, target, rates.rate(from, target))));
        return new ChartResult.Rates(rates.asOf().toString(), conversions);
    }
}
