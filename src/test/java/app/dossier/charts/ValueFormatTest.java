package app.dossier.charts;

import app.dossier.money.ExchangeRates;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ValueFormatTest {
    @Test
    void labelsAreShortAndKeepThreeSignificantDigits() {
        ExchangeRates rates = ExchangeRates.defaults();
        assertEquals("$350M", ValueFormat.money(3.5e8, "USD", rates));
        assertEquals("CN¥2.5B", ValueFormat.money(2.5e9, "CNY", rates));
        assertEquals("$1.53B", ValueFormat.money(1.525e9, "USD", rates));
        assertEquals("$999", ValueFormat.money(999, "USD", rates));
        assertEquals("$1M", ValueFormat.money(999_999, "USD", rates));
        assertEquals("8.3 mo", ValueFormat.months(2.5e9 / 3e8, false));
        assertEquals("50–80%", ValueFormat.percent(50, 80.0, false));
    }
}
