package app.dossier.figures;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Amounts spelled out as a speaker says them, as a transcript writes them down: "forty-two million dollars",
 * "one point five million a month", "a hundred and ten million", "half a billion", "eighteen percent",
 * "zwei Komma vier Milliarden", "anderthalb Milliarden", "zweihundertfünfzig Millionen". Words per language in
 * figures/numbers.json ({@code spokenNumbers}); a language that writes numbers as one word (German) lists
 * their parts, and a word is read when it splits into them. Only a run of number words that ends in a scale
 * or a percent word is an amount ("two products", "one of the" stay words); each such word is found by one
 * search and the number read backwards from it, so a text without them costs a few scans.
 */
final class SpokenNumbers {
    /**
     * @param parts the pieces a one-word number is made of (German "zwei", "und", "zwanzig", "hundert",
     *              "einhalb"), each with its value; empty where numbers are written as separate words
     * @param halves "half", "halbe": half of what the run says (one when it says nothing else)
     */
    private record Vocabulary(Map<String, Integer> values, String hundred, String point, List<String> joiners,
                              List<String> one, Map<String, Double> scales, List<String> percent,
                              Map<String, Double> parts, String thousand, List<String> halves) {
    }

    /** Spaces, a hyphen or a line break between two words of one number. */
    private static final int MAX_GAP = 3;

    private final Map<String, Vocabulary> byLanguage = new HashMap<>();

    SpokenNumbers(JsonNode spoken) {
        spoken.fields().forEachRemaining(e -> {
            if (!e.getValue().isObject()) {
                return;
            }
            JsonNode v = e.getValue();
            Map<String, Integer> values = new HashMap<>();
            v.path("values").fields().forEachRemaining(x -> values.put(x.getKey(), x.getValue().asInt()));
            Map<String, Double> scales = new HashMap<>();
            v.path("scales").fields().forEachRemaining(x -> scales.put(x.getKey(), x.getValue().asDouble()));
            Map<String, Double> parts = new HashMap<>();
            v.path("parts").fields().forEachRemaining(x -> parts.put(x.getKey(), x.getValue().asDouble()));
            byLanguage.put(e.getKey(), new Vocabulary(values, v.path("hundred").asText(), v.path("point").asText(),
                    strings(v.path("joiners")), strings(v.path("one")), scales, strings(v.path("percent")),
                    parts, v.path("thousand").asText(""), strings(v.path("halves"))));
        });
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }

    /**
     * A spelled number and what ends it: [start, end) covers the number and its scale or percent word.
     * {@code numeral}: the run holds a number word or a half; a bare "a billion" / "eine Milliarde" does not,
     * and counts as an amount only where a currency follows.
     */
    record Spoken(int start, int end, double value, boolean percent, boolean numeral) {
    }

    List<Spoken> read(String text, String language) {
        Vocabulary v = byLanguage.get(language);
        if (v == null) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        List<Spoken> out = new ArrayList<>();
        for (Map.Entry<String, Double> scale : v.scales().entrySet()) {
            collect(lower, scale.getKey(), scale.getValue(), false, v, out);
        }
        for (String p : v.percent()) {
            collect(lower, p, 1, true, v, out);
        }
        out.sort(java.util.Comparator.comparingInt(Spoken::start));
        return out;
    }

    private void collect(String lower, String word, double scale, boolean percent, Vocabulary v, List<Spoken> out) {
        for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length())) {
            int end = at + word.length();
            boolean whole = (at == 0 || !Character.isLetter(lower.charAt(at - 1)))
                    && (end >= lower.length() || !Character.isLetter(lower.charAt(end)));
            if (!whole) {
                continue;
            }
            List<int[]> words = wordsBefore(lower, at, v);
            if (words.isEmpty()) {
                continue;
            }
            Double number = value(lower, words, v);
            if (number != null) {
                boolean numeral = words.stream().map(w -> lower.substring(w[0], w[1]))
                        .anyMatch(w -> number(w, v) != null || v.halves().contains(w));
                out.add(new Spoken(words.get(0)[0], end, number * scale, percent, numeral));
            }
        }
    }

    /** The number words right before pos, in text order, as [start, end] spans; empty when there are none. */
    private static List<int[]> wordsBefore(String lower, int pos, Vocabulary v) {
        List<int[]> words = new ArrayList<>();
        int i = pos;
        while (true) {
            int j = i;
            while (j > 0 && i - j < MAX_GAP && (lower.charAt(j - 1) == ' ' || lower.charAt(j - 1) == '-' || lower.charAt(j - 1) == '\n')) {
                j--;
            }
            if (j == i) {
                break; // glued to what stands before: not a word of its own
            }
            int k = j;
            while (k > 0 && Character.isLetter(lower.charAt(k - 1))) {
                k--;
            }
            String w = lower.substring(k, j);
            boolean numberWord = number(w, v) != null || w.equals(v.hundred()) || w.equals(v.point())
                    || v.joiners().contains(w) || v.one().contains(w) || v.halves().contains(w);
            if (k == j || !numberWord) {
                break;
            }
            words.add(0, new int[] {k, j});
            i = k;
        }
        // a run opens with a number or a half, not with "and" or "point"; "a", "an", "ein" only before
        // "hundred" or a half, or right before the scale ("a billion dollars")
        while (!words.isEmpty()) {
            String first = lower.substring(words.get(0)[0], words.get(0)[1]);
            String second = words.size() > 1 ? lower.substring(words.get(1)[0], words.get(1)[1]) : null;
            boolean opens = number(first, v) != null || v.halves().contains(first)
                    || v.one().contains(first) && (second == null || second.equals(v.hundred()) || v.halves().contains(second));
            if (opens) {
                break;
            }
            words.remove(0);
        }
        return words;
    }

    /** The value of one number word: "forty" from the list, "zweihundertfünfzig" from its parts; null if none. */
    private static Double number(String word, Vocabulary v) {
        Integer n = v.values().get(word);
        if (n != null) {
            return n.doubleValue();
        }
        if (v.parts().isEmpty() || v.one().contains(word) || v.joiners().contains(word)) {
            return null;
        }
        List<String> pieces = new ArrayList<>();
        if (!split(word, 0, v, pieces)) {
            return null;
        }
        double total = 0;
        double group = 0;
        boolean any = false;
        for (String piece : pieces) {
            if (piece.equals(v.hundred())) {
                group = (group == 0 ? 1 : group) * 100;
                any = true;
            } else if (piece.equals(v.thousand())) {
                total += (group == 0 ? 1 : group) * 1000;
                group = 0;
                any = true;
            } else if (!v.joiners().contains(piece)) {
                group += v.parts().get(piece);
                any = true;
            }
        }
        return any ? total + group : null;
    }

    /** Splits word[from..] into parts, trying longer parts first and backing off ("eineinhalb" = ein + einhalb). */
    private static boolean split(String word, int from, Vocabulary v, List<String> pieces) {
        if (from == word.length()) {
            return !pieces.isEmpty();
        }
        for (int to = word.length(); to > from; to--) {
            String piece = word.substring(from, to);
            boolean known = v.parts().containsKey(piece) || piece.equals(v.hundred()) || piece.equals(v.thousand())
                    || v.joiners().contains(piece) && from > 0 && to < word.length();
            if (known) {
                pieces.add(piece);
                if (split(word, to, v, pieces)) {
                    return true;
                }
                pieces.remove(pieces.size() - 1);
            }
        }
        return false;
    }

    /**
     * "a hundred and ten" → 110, "one point five" → 1.5, "forty-two" → 42, "half a" → 0.5, "one and a half" → 1.5,
     * "zwei Komma vier" → 2.4; null when the words make no number.
     */
    private static Double value(String lower, List<int[]> words, Vocabulary v) {
        double group = 0;
        StringBuilder decimals = null;
        boolean any = false;
        boolean half = false;
        String previous = null;
        for (int i = 0; i < words.size(); i++) {
            String s = lower.substring(words.get(i)[0], words.get(i)[1]);
            Double n = number(s, v);
            boolean joinerAfterHundred = v.joiners().contains(s) && v.hundred().equals(previous);
            previous = s;
            if (v.joiners().contains(s) && !joinerAfterHundred && i + 2 < words.size()
                    && v.one().contains(lower.substring(words.get(i + 1)[0], words.get(i + 1)[1]))
                    && v.halves().contains(lower.substring(words.get(i + 2)[0], words.get(i + 2)[1]))) {
                group += 0.5; // "one and a half billion"
                i += 2;
            } else if (v.joiners().contains(s) && !joinerAfterHundred) {
                group = 0; // "between one and two billion": the number is the one after "and"
                decimals = null;
                any = false;
                half = false;
            } else if (decimals != null) {
                if (n == null || n > 9 || n != Math.floor(n)) {
                    return null;
                }
                decimals.append(n.intValue());
            } else if (n != null) {
                group += n;
                any = true;
            } else if (s.equals(v.hundred())) {
                group = (group == 0 ? 1 : group) * 100;
                any = true;
            } else if (s.equals(v.point())) {
                decimals = new StringBuilder();
            } else if (v.halves().contains(s)) {
                half = true;
                any = true;
            } else if (v.one().contains(s)) {
                group = group == 0 ? 1 : group;
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        double whole = decimals == null || decimals.isEmpty() ? group : group + Double.parseDouble("0." + decimals);
        return half ? (whole == 0 ? 1 : whole) * 0.5 : whole;
    }
}
