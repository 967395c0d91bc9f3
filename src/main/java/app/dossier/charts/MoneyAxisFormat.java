package app.dossier.charts;

import app.dossier.money.ExchangeRates;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** Tick labels for money axes in the same short form as the bar labels ("$350M"). */
final class MoneyAxisFormat extends NumberFormat {
    private final String currency;
    private final transient ExchangeRates rates;

    MoneyAxisFormat(String currency, ExchangeRates rates) {
        this.currency = currency;
        this.rates = rates;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(number == 0 ? "0" : ValueFormat.money(number, currency, rates));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return null;
    }
}
