package app.dossier.money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RatesFileTest {
    @Test
    void savedRatesAreReadBackByTheLoaderWithTheirDate(@TempDir Path dir) throws Exception {
        Map<String, Double> table = new LinkedHashMap<>();
        table.put("USD", 1.0);
        table.put("CNY", 0.138);
        table.put("NOK", 0.091);
        RatesFile.save(dir.resolve(RatesFile.NAME), LocalDate.of(2026, 3, 1), table, ExchangeRates.defaults());
        ExchangeRates read = RatesFile.ofLibrary(dir);
        assertEquals(LocalDate.of(2026, 3, 1), read.asOf());
        assertEquals(0.138, read.rate("CNY", "USD"), 1e-12);
        assertEquals("CN¥", read.symbol("CNY"), "symbols travel along");
        assertEquals(1e6 * 0.091 / 0.138, new Money(read).convert(1e6, "NOK", "CNY").getAsDouble(), 1e-6);
    }

    @Test
    void aLibraryWithoutATableOrWithACorruptOneGetsTheShippedDefaults(@TempDir Path dir) throws Exception {
        LocalDate shipped = ExchangeRates.defaults().asOf();
        assertEquals(shipped, RatesFile.ofLibrary(dir).asOf());
        Files.writeString(dir.resolve(RatesFile.NAME), "{\"asOf\": \"not a date\", \"toUsd\": ");
        assertEquals(shipped, RatesFile.ofLibrary(dir).asOf());
    }
}
