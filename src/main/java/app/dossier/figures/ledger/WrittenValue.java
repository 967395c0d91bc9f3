package app.dossier.figures.ledger;

import app.dossier.files.ShippedResource;
import app.dossier.model.Figure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the words a figure was written with inside its quote ("25億人民幣", "$12 million"), so the
 * ledger can show the original beside the normalised value. Reuses the number and currency words of
 * the figures package; when the quote holds several numbers, the one whose digits match the value wins.
 */
public final class WrittenValue {
    private static final Pattern DIGITS = Pattern.compile("[0-9０-９]+(?:[.,'’ ][0-9０-９]+)*");
    private static final int MAX_UNIT_WORDS = 3;

    private final List<String> unitWords;
    private final java.util.Map<String, Double> scales;
    private final List<String> currencySymbols;
    private final Pattern cjkNumber;
    private final List<String> percentPrefixes;

    private WrittenValue(List<String> unitWords, java.util.Map<String, Double> scales, List<String> currencySymbols,
                         String cjkChars, List<String> percentPrefixes) {
        this.unitWords = byLengthDescending(unitWords);
        this.scales = java.util.Map.copyOf(scales);
        this.currencySymbols = byLengthDescending(currencySymbols);
        this.cjkNumber = Pattern.compile("[" + cjkChars + "]{1,12}");
        this.percentPrefixes = percentPrefixes;
    }

    private static final WrittenValue BUILTIN = load();

    public static WrittenValue builtin() {
        return BUILTIN;
    }

    private static WrittenValue load() {
        ObjectMapper json = new ObjectMapper();
        JsonNode numbers = read(json, "/figures/numbers.json");
        JsonNode currencies = read(json, "/figures/currencies.json");
        Set<String> units = new HashSet<>();
        java.util.Map<String, Double> scales = new java.util.HashMap<>();
        numbers.path("cjkMagnitudes").fields().forEachRemaining(e -> scales.put(e.getKey(), e.getValue().asDouble()));
        numbers.path("scaleWords").forEach(lang -> lang.fields().forEachRemaining(e -> scales.put(e.getKey(),
                e.getValue().asDouble())));
        numbers.path("attachedScaleLetters").fields().forEachRemaining(e -> scales.put(e.getKey(), e.getValue().asDouble()));
        units.addAll(scales.keySet());
        numbers.path("percentSigns").forEach(n -> units.add(n.asText()));
        numbers.path("cjkApproxInfix").forEach(n -> units.add(n.asText()));
        currencies.path("after").fieldNames().forEachRemaining(units::add);
        List<String> symbols = new ArrayList<>();
        currencies.path("before").fieldNames().forEachRemaining(symbols::add);
        StringBuilder cjk = new StringBuilder();
        numbers.path("cjkDigits").fieldNames().forEachRemaining(cjk::append);
        numbers.path("cjkUnits").fieldNames().forEachRemaining(cjk::append);
        numbers.path("cjkMagnitudes").fieldNames().forEachRemaining(cjk::append);
        List<String> prefixes = new ArrayList<>();
        numbers.path("cjkPercentPrefix").forEach(n -> prefixes.add(n.asText()));
        return new WrittenValue(new ArrayList<>(units), scales, symbols, cjk.toString(), prefixes);
    }

    private static JsonNode read(ObjectMapper json, String resource) {
        return ShippedResource.read(resource, json::readTree);
    }

    /** The figure's number as its quote writes it, or the whole quote when no number is found in it. */
    public String of(Figure figure) {
        String quote = figure.quote() == null ? "" : figure.quote().strip();
        List<String> candidates = candidates(quote);
        if (candidates.isEmpty()) {
            return quote;
        }
        for (String c : candidates) {
            if (closeTo(readValue(c), figure.value())) {
                return c;
            }
        }
        String wanted = significantDigits(figure.value());
        for (String c : candidates) {
            if (!wanted.isEmpty() && significantDigits(c).equals(wanted)) {
                return c;
            }
        }
        return candidates.stream().filter(c -> !c.matches("\\d{4}"))
                .max(Comparator.comparingInt(String::length)).orElse(candidates.get(0));
    }

    private static boolean closeTo(double read, double value) {
        return !Double.isNaN(read) && Math.abs(read - value) <= 0.01 * Math.max(Math.abs(value), 1e-9);
    }

    /** A rough reading of a written number with digits: "$20 million" → 2e7, "2,5 Milliarden" → 2.5e9; NaN without digits. */
    double readValue(String written) {
        Matcher m = DIGITS.matcher(written);
        if (!m.find()) {
            return Double.NaN;
        }
        double n;
        try {
            n = Double.parseDouble(normaliseSeparators(m.group().replace(" ", "").replace("'", "").replace("’", "")));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        String rest = written.substring(m.end());
        for (int i = 0; i < rest.length(); ) {
            if (rest.charAt(i) == ' ') {
                i++;
                continue;
            }
            String word = unitAt(rest, i);
            if (word == null) {
                break;
            }
            n *= scales.getOrDefault(word, 1.0);
            i += word.length();
        }
        return n;
    }

    /** "1,234.5" and "1.234,5" → "1234.5"; a lone separator before exactly three digits groups thousands. */
    private static String normaliseSeparators(String digits) {
        String d = digits.replace('０', '0');
        int comma = d.lastIndexOf(',');
        int dot = d.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            char decimal = comma > dot ? ',' : '.';
            char group = decimal == ',' ? '.' : ',';
            return d.replace(String.valueOf(group), "").replace(decimal, '.');
        }
        char sep = comma >= 0 ? ',' : '.';
        int first = d.indexOf(sep);
        if (first < 0) {
            return d;
        }
        boolean grouping = first != d.lastIndexOf(sep) || d.length() - first - 1 == 3;
        return grouping ? d.replace(String.valueOf(sep), "") : d.replace(sep, '.');
    }

    /** Every number in the text with the scale, percent and currency words around it. */
    List<String> candidates(String text) {
        List<int[]> cores = new ArrayList<>();
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            cores.add(new int[]{m.start(), m.end()});
        }
        Matcher c = cjkNumber.matcher(text);
        while (c.find()) {
            if (overlaps(cores, c.start(), c.end()) || followsDigit(text, c.start())) {
                continue;
            }
            cores.add(new int[]{c.start(), c.end()});
        }
        cores.sort(Comparator.comparingInt(a -> a[0]));
        List<String> out = new ArrayList<>();
        for (int[] core : cores) {
            int start = extendBefore(text, core[0]);
            int end = extendAfter(text, core[1]);
            if (end == core[1] && start == core[0] && core[1] - core[0] == 1 && !Character.isDigit(text.charAt(core[0]))) {
                continue; // a lone "一" or "十" without unit is usually part of a word, not a figure
            }
            out.add(text.substring(start, end));
        }
        return out;
    }

    private static boolean followsDigit(String text, int at) {
        int before = at > 0 && text.charAt(at - 1) == ' ' ? at - 2 : at - 1;
        return before >= 0 && Character.isDigit(text.charAt(before));
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        return spans.stream().anyMatch(s -> s[0] < end && start < s[1]);
    }

    private int extendBefore(String text, int start) {
        for (String prefix : percentPrefixes) {
            if (text.startsWith(prefix, start - prefix.length())) {
                return start - prefix.length();
            }
        }
        int at = start > 0 && text.charAt(start - 1) == ' ' ? start - 1 : start;
        for (String symbol : currencySymbols) {
            if (at - symbol.length() >= 0 && text.startsWith(symbol, at - symbol.length())) {
                return at - symbol.length();
            }
        }
        return start;
    }

    private int extendAfter(String text, int end) {
        int at = end;
        for (int words = 0; words < MAX_UNIT_WORDS; words++) {
            int from = at < text.length() && text.charAt(at) == ' ' ? at + 1 : at;
            String word = unitAt(text, from);
            if (word == null) {
                break;
            }
            at = from + word.length();
        }
        return at;
    }

    private String unitAt(String text, int at) {
        for (String w : unitWords) {
            if (text.startsWith(w, at) && endsWord(text, at + w.length(), w)) {
                return w;
            }
        }
        return null;
    }

    /** "M" may follow "12" but must not be the first letter of "Marktanteil". */
    private static boolean endsWord(String text, int end, String word) {
        if (end >= text.length() || !Character.isLetter(word.charAt(word.length() - 1))
                || Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.HAN) {
            return true;
        }
        return !Character.isLetter(text.charAt(end));
    }

    /** 2.5e9 → "25", "100億" → "1", "1.955 亿" → "1955": digits without position or trailing zeros. */
    static String significantDigits(double value) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        String plain = new java.math.BigDecimal(Math.abs(value)).round(new java.math.MathContext(10)).toPlainString();
        return significantDigits(plain);
    }

    static String significantDigits(String written) {
        StringBuilder digits = new StringBuilder();
        for (char ch : written.toCharArray()) {
            if (ch >= '0' && ch <= '9') {
                digits.append(ch);
            } else if (ch >= '０' && ch <= '９') {
                digits.append((char) ('0' + ch - '０'));
            }
        }
        return digits.toString().replaceAll("^0+", "").replaceAll("0+$", "");
    }

    private static List<String> byLengthDescending(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.removeIf(String::isEmpty);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(sorted);
    }
}
