package app.dossier.figures.ledger;

import app.dossier.charts.ExchangeRates;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Map;

/**
 * Writes a library's own exchange-rate table in the shape ExchangeRates.load reads (asOf, toUsd,
 * symbols). Written to a temp file and moved over, so a crash never leaves half a table.
 */
public final class RatesFile {
    public static final String NAME = "exchange-rates.json";

    private RatesFile() {
    }

    public static void save(Path file, LocalDate asOf, Map<String, Double> toUsd, ExchangeRates symbolsFrom)
            throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("about", "Value of one unit in US dollars, edited in the figures ledger.");
        root.put("asOf", asOf.toString());
        ObjectNode rates = root.putObject("toUsd");
        toUsd.forEach(rates::put);
        ObjectNode symbols = root.putObject("symbols");
        for (String code : toUsd.keySet()) {
            String symbol = symbolsFrom.symbol(code);
            if (!symbol.equals(code + " ")) {
                symbols.put(code, symbol);
            }
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, json.writeValueAsString(root));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
