package app.dossier.figures;

import app.dossier.figures.PhraseSet.Boundary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a table's headers say about their cells beyond metric and period: changes and forecasts ({@code figures/tables.json}). */
final class TableWords {
    /** "2025E", "2026F", "2025P", "2025e", "2025 (E)", "FY25E", "CY26E": a year with the letter of an estimate, forecast or plan. */
    private static final Pattern FORECAST_YEAR = Pattern.compile(
            "(?<![\\d.,])(?:(?:19|20)\\d{2}|(?i:fy|cy)\\d{2})\\s*[(（]?[EFPefp][)）]?(?![\\p{L}\\d])");

    private static volatile TableWords builtin;

    private final PhraseSet changeHeaders;
    private final PhraseSet changeHeaderParts;
    private final PhraseSet forecastHeaders;
    private final PhraseSet forecastHeaderParts;
    private final PhraseSet metricHeaders;
    private final PhraseSet roundLabels;
    private final PhraseSet roundLabelParts;
    private final PhraseSet profitLabels;
    private final PhraseSet operatingLabels;
    private final PhraseSet quarterBands;
    private final PhraseSet yearBands;
    private final PhraseSet partialYearBands;

    static TableWords builtin() {
        TableWords w = builtin;
        if (w == null) {
            w = new TableWords(CueBook.readResource(new ObjectMapper(), "tables.json"));
            builtin = w;
        }
        return w;
    }

    private TableWords(JsonNode json) {
        changeHeaders = PhraseSet.of(strings(json.get("changeHeaders")), Boundary.WORD);
        changeHeaderParts = PhraseSet.of(strings(json.get("changeHeaderParts")), Boundary.NONE);
        forecastHeaders = PhraseSet.of(strings(json.get("forecastHeaders")), Boundary.WORD);
        forecastHeaderParts = PhraseSet.of(strings(json.get("forecastHeaderParts")), Boundary.NONE);
        List<PhraseSet.Phrase> abbreviations = new ArrayList<>();
        json.path("metricHeaders").fields().forEachRemaining(e -> strings(e.getValue())
                .forEach(w -> abbreviations.add(new PhraseSet.Phrase(w, Boundary.WORD, e.getKey()))));
        metricHeaders = PhraseSet.of(abbreviations);
        roundLabels = PhraseSet.of(strings(json.get("roundLabels")), Boundary.WORD);
        roundLabelParts = PhraseSet.of(strings(json.get("roundLabelParts")), Boundary.NONE);
        profitLabels = wordsAndParts(json, "profitLabels", "profitLabelParts");
        operatingLabels = wordsAndParts(json, "operatingLabels", "operatingLabelParts");
        quarterBands = wordsAndParts(json, "quarterBands", "quarterBandParts");
        yearBands = wordsAndParts(json, "yearBands", "yearBandParts");
        partialYearBands = wordsAndParts(json, "partialYearBands", "partialYearBandParts");
    }

    /** "YoY", "Veränderung", "变动", "同比增长(%)": the header of changes, not of figures. */
    boolean namesChange(String header) {
        return changeHeaders.containsIn(header, 0, header.length()) || changeHeaderParts.containsIn(header, 0, header.length());
    }

    /** "2025E", "2026F", "Plan", "预测": the header of a forecast. */
    boolean namesForecast(String header) {
        return FORECAST_YEAR.matcher(header).find() || forecastHeaders.containsIn(header, 0, header.length())
                || forecastHeaderParts.containsIn(header, 0, header.length());
    }

    /** "Series B", "天使轮", "Seed-Runde": a row label that names a round of the table's company, not another company. */
    boolean namesRound(String label) {
        String lower = label.toLowerCase(java.util.Locale.ROOT);
        return roundLabels.containsIn(label, 0, label.length()) || roundLabelParts.containsIn(lower, 0, lower.length());
    }

    /** "Rev 2025", "GM 2025E", "Mkt cap": the metric a header abbreviates, or null; only headers are read so. */
    String metricOfHeader(String header, boolean percent) {
        for (PhraseSet.Hit h : metricHeaders.findIn(header, 0, header.length())) {
            if (app.dossier.model.Metric.isPercent(h.label()) == percent) {
                return h.label();
            }
        }
        return null;
    }

    /** A list matched as whole words and a list of parts matched inside words (German compounds, Chinese). */
    private static PhraseSet wordsAndParts(JsonNode json, String field, String parts) {
        List<PhraseSet.Phrase> phrases = new ArrayList<>();
        strings(json.get(field)).forEach(w -> phrases.add(new PhraseSet.Phrase(w, Boundary.WORD)));
        strings(json.get(parts)).forEach(w -> phrases.add(new PhraseSet.Phrase(w, Boundary.NONE)));
        return PhraseSet.of(phrases);
    }

    private static boolean in(PhraseSet set, String s) {
        return set.containsIn(s, 0, s.length()) || set.containsIn(s.toLowerCase(java.util.Locale.ROOT), 0, s.length());
    }

    /** "Net income (loss)", "净利润", "Jahresergebnis": a result that is a profit or, negative, a loss. */
    boolean namesProfit(String label) {
        return in(profitLabels, label);
    }

    /** "Operating income (loss)", "EBIT", "经营亏损", "Gross profit": a result before the net one. */
    boolean namesOperating(String label) {
        return in(operatingLabels, label);
    }

    /** The rate a band over columns counts: "quarter", "year", "part" (six or nine months: no rate), or null. */
    String bandPer(String band) {
        if (in(partialYearBands, band)) {
            return "part";
        }
        if (in(quarterBands, band)) {
            return "quarter";
        }
        return in(yearBands, band) ? "year" : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
