package app.dossier.figures.ledger;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a user types in the figure form, read as the user's locale writes numbers. */
class AmountInputLocaleTest {
    private static double read(String text, Locale locale) {
        return AmountInput.parse(text, locale).orElseThrow();
    }

    @Test
    void germanUsersWriteTheDecimalMarkAsAComma() {
        assertEquals(2.5e6, read("2,5 Mio", Locale.GERMANY));
        assertEquals(1.2e9, read("1,2 Mrd.", Locale.GERMANY));
        assertEquals(2.5e6, read("2.500.000", Locale.GERMANY));
        assertEquals(2500.5, read("2.500,5", Locale.GERMANY));
        assertEquals(2500, read("2.500", Locale.GERMANY), "a dot before three digits groups thousands in German");
        assertEquals(2.5, read("2,500", Locale.GERMANY));
        assertEquals(40e6, read("40 Millionen", Locale.GERMANY));
        assertEquals(2.5e9, read("2.5 bn", Locale.GERMANY), "a lone dot not before three digits is a decimal mark");
    }

    @Test
    void englishUsersWriteTheDecimalMarkAsADot() {
        assertEquals(2.5e9, read("2.5 bn", Locale.UK));
        assertEquals(2.5e9, read("2,500,000,000", Locale.US));
        assertEquals(2500, read("2,500", Locale.US));
        assertEquals(2.5, read("2.500", Locale.US));
        assertEquals(2.5e6, read("2,5 Mio", Locale.US), "a lone comma not before three digits is a decimal mark");
        assertEquals(1.2e9, read("1.2e9", Locale.US));
        assertTrue(AmountInput.parse("lots", Locale.US).isEmpty());
    }

    @Test
    void chineseUsersWriteDotsAndScaleCharacters() {
        assertEquals(2.5e8, read("2.5亿", Locale.SIMPLIFIED_CHINESE));
        assertEquals(3e8, read("3億", Locale.TRADITIONAL_CHINESE));
        assertEquals(1.5e5, read("15万", Locale.SIMPLIFIED_CHINESE));
        assertEquals(2.5e9, read("2,500,000,000", Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void whatTheFormShowsIsReadBackToTheSameValueInEachLocale() {
        for (Locale locale : new Locale[]{Locale.GERMANY, Locale.US, Locale.SIMPLIFIED_CHINESE}) {
            for (double v : new double[]{2.5e9, 2.125e9, 1.955e8, 415000000.00000006, 56, 0.5, 1500, 2500.25}) {
                String shown = AmountInput.format(v, locale);
                assertEquals(v, AmountInput.parse(shown, locale).getAsDouble(), Math.abs(v) * 1e-9, locale + " " + shown);
            }
        }
        assertEquals("2,5 bn", AmountInput.format(2.5e9, Locale.GERMANY));
        assertEquals("2.5 bn", AmountInput.format(2.5e9, Locale.US));
    }
}
