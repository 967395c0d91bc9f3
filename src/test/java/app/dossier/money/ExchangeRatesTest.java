package app.dossier.money;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExchangeRatesTest {

    @Test
    void shippedRatesConvertBetweenAnyTwoCurrenciesThroughTheDollar() {
        ExchangeRates rates = ExchangeRates.defaults();
        assertEquals(350e6, rates.convert(2.5e9, "CNY", "USD"), 1);
        assertEquals(100.0, rates.convert(100, "usd", "USD"), 1e-9);
        assertEquals(0.14 / 1.16, rates.rate("CNY", "EUR"), 1e-12);
        for (String code : new String[]{"USD", "EUR", "CNY", "HKD", "GBP", "JPY"}) {
            assertTrue(rates.supports(code), code);
        }
        assertFalse(rates.supports("XYZ"));
        assertThrows(IllegalArgumentException.class, () -> rates.convert(1, "XYZ", "USD"));
        assertTrue(rates.asOf().isAfter(LocalDate.of(2024, 12, 31)));
    }

    @Test
    void ratesCanBeLoadedFromTheUsersOwnFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("rates.json");
        Files.writeString(file, "{\"asOf\":\"2026-01-02\",\"toUsd\":{\"USD\":1,\"CNY\":0.15}}");
        ExchangeRates rates = ExchangeRates.load(file);
        assertEquals(LocalDate.of(2026, 1, 2), rates.asOf());
        assertEquals(15.0, rates.convert(100, "CNY", "USD"), 1e-9);
        assertEquals("CNY ", rates.symbol("CNY"));
    }
}
