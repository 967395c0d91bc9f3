package app.dossier.figures.ledger;

import app.dossier.model.Origin;
import app.dossier.model.ReviewStatus;
import app.dossier.money.Money;
import app.dossier.model.Figure;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyAndTextTest {
    private final Money money = new Money(Fixtures.RATES);

    private static Figure withQuote(double value, String currency, String quote) {
        return new Figure("f", "r", null, "cash", value, null, currency, null, null, false, 0, quote.length(), quote,
                Origin.AUTO, ReviewStatus.SUGGESTED);
    }

    @Test
    void yuanConvertToDollarsAndEurosThroughTheTable() {
        assertEquals(350e6, money.convert(withQuote(2.5e9, "CNY", "x"), "USD").getAsDouble(), 1);
        assertEquals(1e6 * 1.1, money.convert(withQuote(1e6, "EUR", "x"), "usd").getAsDouble(), 1e-6);
        assertTrue(money.convert(withQuote(1e6, "XYZ", "x"), "USD").isEmpty(), "no rate, no guess");
        assertTrue(money.convert(withQuote(56, null, "x"), "USD").isEmpty(), "percentages are not money");
    }

    @Test
    void theWrittenValueIsTheNumberWithItsUnitsAsTheQuoteHasIt() {
        WrittenValue w = WrittenValue.builtin();
        assertEquals("25亿人民币", w.of(withQuote(2.5e9, "CNY", "智谱在2024年账上有25亿人民币")));
        assertEquals("3亿", w.of(withQuote(3e8, "CNY", "账上有25亿人民币,但每月就要花3亿")));
        assertEquals("$12 million", w.of(withQuote(12e6, "USD", "Acme AI has $12 million in cash")));
        assertEquals("40 Millionen Euro", w.of(withQuote(40e6, "EUR", "hat 40 Millionen Euro eingesammelt")));
        assertEquals("$2 million", w.of(withQuote(2e6, "USD", "It has $20 million in cash and burns $2 million per month")));
        assertEquals("2,5 Milliarden Euro", w.of(withQuote(2.5e9, "EUR", "Umsatz von 25 Prozent auf 2,5 Milliarden Euro")));
        assertEquals("十五億", w.of(withQuote(1.5e9, null, "為了上春晚,開銷至少十五億")));
        assertEquals("a quote without digits", w.of(withQuote(1, null, "a quote without digits")));
    }

    @Test
    void typedAmountsAreReadWithTheirScaleAndShownBackTheSameWay() {
        assertEquals(2.5e9, AmountInput.parse("2.5 bn").getAsDouble());
        assertEquals(3e8, AmountInput.parse("300M").getAsDouble());
        assertEquals(12e6, AmountInput.parse("12 million").getAsDouble());
        assertEquals(2.5e9, AmountInput.parse("2,500,000,000").getAsDouble());
        assertTrue(AmountInput.parse("lots").isEmpty());
        for (double v : new double[]{2.5e9, 1.955e8, 415000000.00000006, 56, 0.5}) {
            assertEquals(v, AmountInput.parse(AmountInput.format(v)).getAsDouble(), Math.abs(v) * 1e-9);
        }
    }

    @Test
    void normalisedValuesReadShort() {
        assertEquals("2.5 bn CNY", FigureText.normalised(withQuote(2.5e9, "CNY", "x")));
        assertEquals("610 k EUR", FigureText.money(610_000, "EUR"), "a monthly burn below a million is read in thousands");
        assertEquals("4500 EUR", FigureText.money(4_500, "EUR"));
        Figure share = new Figure("f", "r", null, "market_share", 50, 80.0, null, null, null, true, 0, 1, "x", Origin.AUTO,
                ReviewStatus.SUGGESTED);
        assertEquals("~50–80 %", FigureText.normalised(share));
    }
}
