package app.dossier.money;

import app.dossier.files.ShippedResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A table of rates to US dollars with the date they hold for. Charts convert every amount to one
 * currency and state the rate they used, so the table travels with the chart's description.
 */
public final class ExchangeRates {
    private static final String DEFAULTS = "/money/exchange-rates.json";

    private final LocalDate asOf;
    private final Map<String, Double> toUsd;
    private final Map<String, String> symbols;

    public ExchangeRates(LocalDate asOf, Map<String, Double> toUsd, Map<String, String> symbols) {
        this.asOf = asOf;
        this.toUsd = Map.copyOf(upperKeys(toUsd));
        this.symbols = Map.copyOf(upperKeys(symbols));
    }

    /** The approximate rates shipped with Dossier. */
    public static ExchangeRates defaults() {
        return parse(ShippedResource.json(DEFAULTS));
    }

    /** Rates from a file of the same shape as the shipped defaults (asOf, toUsd, symbols). */
    public static ExchangeRates load(Path file) throws IOException {
        return parse(new ObjectMapper().readTree(Files.readString(file)));
    }

    private static ExchangeRates parse(JsonNode root) {
        Map<String, Double> rates = new LinkedHashMap<>();
        root.path("toUsd").fields().forEachRemaining(e -> rates.put(e.getKey(), e.getValue().asDouble()));
        Map<String, String> symbols = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("symbols").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            symbols.put(e.getKey(), e.getValue().asText());
        }
        return new ExchangeRates(LocalDate.parse(root.path("asOf").asText()), rates, symbols);
    }

    public LocalDate asOf() {
        return asOf;
    }

    public boolean supports(String currency) {
        return currency != null && toUsd.containsKey(currency.toUpperCase(Locale.ROOT));
    }

    /** How many units of {@code to} one unit of {@code from} buys. */
    public double rate(String from, String to) {
        return usdValue(from) / usdValue(to);
    }

    public double convert(double value, String from, String to) {
        return value * rate(from, to);
    }

    /** "$", "CN¥"...; the ISO code itself for currencies without a distinctive symbol. */
    public String symbol(String currency) {
        String code = currency.toUpperCase(Locale.ROOT);
        return symbols.getOrDefault(code, code + " ");
    }

    public Map<String, Double> table() {
        return toUsd;
    }

    /** Every currency this table converts, by code in alphabetical order: the choices a currency picker offers. */
    public java.util.SortedSet<String> currencies() {
        return new java.util.TreeSet<>(toUsd.keySet());
    }

    private double usdValue(String currency) {
        Double r = currency == null ? null : toUsd.get(currency.toUpperCase(Locale.ROOT));
        if (r == null) {
            throw new IllegalArgumentException("no exchange rate for " + currency);
        }
        return r;
    }

    private static <V> Map<String, V> upperKeys(Map<String, V> map) {
        Map<String, V> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k.toUpperCase(Locale.ROOT), v));
        return out;
    }
}
