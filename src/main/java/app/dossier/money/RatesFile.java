package app.dossier.money;

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
 * A library's own exchange-rate table, beside its database, in the shape ExchangeRates.load reads (asOf,
 * toUsd, symbols). Written to a temp file and moved over, so a crash never leaves half a table.
 */
public final class RatesFile {
    /** The one name of the table in a library folder. */
    public static final String NAME = "exchange-rates.json";

    private static final System.Logger LOG = System.getLogger(RatesFile.class.getName());

    private RatesFile() {
    }

    /**
     * The library's table, else the shipped defaults. An unreadable table must not stop the ledger or the
     * charts (the defaults state their own date), but it is logged with the file and the reason.
     */
    public static ExchangeRates ofLibrary(Path libraryDirectory) {
        Path file = libraryDirectory.resolve(NAME);
        if (Files.exists(file)) {
            try {
                return ExchangeRates.load(file);
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Exchange rates " + file + " unreadable (" + e
                        + "); using the shipped defaults", e);
            }
        }
        return ExchangeRates.defaults();
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
