package app.dossier.figures;

import app.dossier.figures.PhraseSet.Boundary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The vocabulary of numbers and currencies, from figures/numbers.json and figures/currencies.json. */
final class NumberWords {
    /** A word and what it stands for, sorted longest first so that "元人民幣" wins over "元". */
    record Entry<T>(String word, T meaning) {
    }

    final Map<Character, Integer> cjkDigits = new LinkedHashMap<>();
    final Map<Character, Integer> cjkUnits = new LinkedHashMap<>();
    final List<Entry<Double>> cjkMagnitudes;
    final List<String> cjkApproxInfix;
    final List<String> cjkVagueBefore;
    final List<String> cjkPercentPrefix;
    final char cjkTenthsSuffix;
    final List<String> cjkTenthsNotBefore;
    /** Characters that may follow the digit of 一成二 (12 %): a particle or a connector, not a word it opens. */
    final String tenthsDigitFollowers;
    final Map<String, List<Entry<Double>>> scaleWords = new LinkedHashMap<>();
    final List<Entry<Double>> attachedScaleLetters;
    final PhraseSet percentSigns;
    final PhraseSet percentagePoints;
    final List<String> rangeConnectors;
    final PhraseSet fromBeforeRange;
    /** "between X and Y", "zwischen X und Y", "介于X和Y之间": the word that makes "and" join the two ends of one range. */
    final PhraseSet betweenBeforeRange;
    final List<String> betweenConnectors;
    /** "by $5 million to $45 million": a change and the level it reached, not a range, when both ends carry a currency. */
    final PhraseSet changeBeforeRange;
    final PhraseSet counters;
    final List<Entry<String>> currencyAfter;
    final List<Entry<String>> currencyBefore;
    /** "新台幣", "港幣", "人民币": what a bare 元 is once the text has said it. */
    final List<Entry<String>> yuanDeclared;
    final PhraseSet unitMarkers;
    /** "Net loss per share", "Ergebnis je Aktie", "每股收益": a table row of prices, never scaled by the table's unit. */
    final PhraseSet perUnitRows;
    final SpokenNumbers spoken;
    /** "Runway (months)", "Mitarbeiter (FTE)", "（个月）": a column counted in time or heads, never money. */
    final java.util.Set<String> nonMoneyColumnUnits;
    final List<Entry<Double>> declaredScales;
    final PhraseSet fractions;
    final java.util.Map<String, Double> fractionValues = new java.util.HashMap<>();
    final PhraseSet fractionHedges;
    /** "first half of 2026": words before a fraction that make it a part of a period, not a share. */
    final PhraseSet fractionNotAfter;
    /** 一成半 = 15 %: half a tenth after 成. */
    final char cjkTenthsHalf;

    private static volatile NumberWords builtin;

    static NumberWords builtin() {
        NumberWords w = builtin;
        if (w == null) {
            ObjectMapper json = new ObjectMapper();
            w = new NumberWords(CueBook.readResource(json, "numbers.json"), CueBook.readResource(json, "currencies.json"));
            builtin = w;
        }
        return w;
    }

    private NumberWords(JsonNode numbers, JsonNode currencies) {
        numbers.get("cjkDigits").fields().forEachRemaining(e -> cjkDigits.put(e.getKey().charAt(0), e.getValue().asInt()));
        numbers.get("cjkUnits").fields().forEachRemaining(e -> cjkUnits.put(e.getKey().charAt(0), e.getValue().asInt()));
        cjkMagnitudes = doubles(numbers.get("cjkMagnitudes"));
        cjkApproxInfix = strings(numbers.get("cjkApproxInfix"));
        cjkVagueBefore = strings(numbers.get("cjkVagueBefore"));
        cjkPercentPrefix = strings(numbers.get("cjkPercentPrefix"));
        cjkTenthsSuffix = numbers.get("cjkTenthsSuffix").asText().charAt(0);
        cjkTenthsNotBefore = strings(numbers.get("cjkTenthsNotBefore"));
        tenthsDigitFollowers = numbers.path("cjkTenthsDigitFollowers").asText("");
        numbers.get("scaleWords").fields().forEachRemaining(e -> scaleWords.put(e.getKey(), doubles(e.getValue())));
        attachedScaleLetters = doubles(numbers.get("attachedScaleLetters"));
        percentSigns = PhraseSet.of(strings(numbers.get("percentSigns")), Boundary.WORD);
        percentagePoints = PhraseSet.of(strings(numbers.get("percentagePoints")), Boundary.WORD);
        rangeConnectors = strings(numbers.get("rangeConnectors"));
        fromBeforeRange = PhraseSet.of(strings(numbers.get("fromBeforeRange")), Boundary.WORD);
        betweenBeforeRange = PhraseSet.of(strings(numbers.path("betweenBeforeRange")), Boundary.WORD);
        betweenConnectors = strings(numbers.path("betweenConnectors"));
        changeBeforeRange = PhraseSet.of(strings(numbers.path("changeBeforeRange")), Boundary.WORD);
        counters = PhraseSet.of(strings(numbers.get("counters")), Boundary.NONE);
        currencyAfter = texts(currencies.get("after"));
        currencyBefore = texts(currencies.get("before"));
        yuanDeclared = texts(currencies.get("yuanDeclared"));
        unitMarkers = PhraseSet.of(strings(numbers.get("unitMarkers")), Boundary.NONE);
        perUnitRows = PhraseSet.of(strings(numbers.get("perUnitRows")), Boundary.WORD);
        nonMoneyColumnUnits = java.util.Set.copyOf(strings(numbers.get("nonMoneyColumnUnits")));
        declaredScales = doubles(numbers.get("declaredScales"));
        numbers.get("fractionWords").fields().forEachRemaining(e ->
                fractionValues.put(e.getKey().toLowerCase(java.util.Locale.ROOT), e.getValue().asDouble()));
        fractions = PhraseSet.of(fractionValues.keySet(), Boundary.WORD);
        fractionHedges = PhraseSet.of(strings(numbers.get("fractionHedges")), Boundary.WORD);
        fractionNotAfter = PhraseSet.of(strings(numbers.path("fractionNotAfter").path("words")), Boundary.WORD);
        cjkTenthsHalf = numbers.path("cjkTenthsHalf").asText("半").charAt(0);
        spoken = new SpokenNumbers(numbers.path("spokenNumbers"));
        PhraseIndex.share(List.of(percentSigns, percentagePoints, fromBeforeRange, betweenBeforeRange, changeBeforeRange, counters, unitMarkers, perUnitRows, fractions, fractionHedges, fractionNotAfter));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    private static List<Entry<Double>> doubles(JsonNode object) {
        List<Entry<Double>> out = new ArrayList<>();
        object.fields().forEachRemaining(e -> out.add(new Entry<>(e.getKey(), e.getValue().asDouble())));
        return longestFirst(out);
    }

    private static List<Entry<String>> texts(JsonNode object) {
        List<Entry<String>> out = new ArrayList<>();
        object.fields().forEachRemaining(e -> out.add(new Entry<>(e.getKey(), e.getValue().asText())));
        return longestFirst(out);
    }

    private static <T> List<Entry<T>> longestFirst(List<Entry<T>> entries) {
        List<Entry<T>> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt((Entry<T> e) -> e.word().length()).reversed());
        return List.copyOf(sorted);
    }

    /** The currency a sign stands for ("$" → USD), as the currency list writes it before a number; null if none. */
    String currencyOfSign(String sign) {
        for (Entry<String> e : currencyBefore) {
            if (e.word().equals(sign)) {
                return e.meaning();
            }
        }
        return null;
    }
}
