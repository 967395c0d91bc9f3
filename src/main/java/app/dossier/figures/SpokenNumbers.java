package app.dossier.figures;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Amounts spelled out as a speaker says them, as a transcript writes them down: "forty-two million dollars",
 * "one point five million a month", "a hundred and ten million", "eighteen percent". Words per language in
 * figures/numbers.json ({@code spokenNumbers}). Only a run of number words that ends in a scale or a
 * percent word is an amount ("two products", "one of the" stay words); each such word is found by one
 * search and the number read backwards from it, so a text without them costs a few scans.
 */
final class SpokenNumbers {
    private record Vocabulary(Map<String, Integer> values, String hundred, String point, List<String> joiners,
                              List<String> one, Map<String, Double> scales, List<String> percent) {
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
            byLanguage.put(e.getKey(), new Vocabulary(values, v.path("hundred").asText(), v.path("point").asText(),
                    strings(v.path("joiners")), strings(v.path("one")), scales, strings(v.path("percent"))));
        });
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }

    /** A spelled number and what ends it: [start, end) covers the number and its scale or percent word. */
    record Spoken(int start, int end, double value, boolean percent) {
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
                out.add(new Spoken(words.get(0)[0], end, number * scale, percent));
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
            boolean numberWord = v.values().containsKey(w) || w.equals(v.hundred()) || w.equals(v.point())
                    || v.joiners().contains(w) || v.one().contains(w);
            if (k == j || !numberWord) {
                break;
            }
            words.add(0, new int[] {k, j});
            i = k;
        }
        // a run opens with a number, not with "and" or "point"; "a" and "an" only before "hundred"
        while (!words.isEmpty()) {
            String first = lower.substring(words.get(0)[0], words.get(0)[1]);
            boolean opens = v.values().containsKey(first) || v.one().contains(first) && words.size() > 1
                    && lower.substring(words.get(1)[0], words.get(1)[1]).equals(v.hundred());
            if (opens) {
                break;
            }
            words.remove(0);
        }
        return words;
    }

    /** "a hundred and ten" → 110, "one point five" → 1.5, "forty-two" → 42; null when the words make no number. */
    private static Double value(String lower, List<int[]> words, Vocabulary v) {
        double group = 0;
        StringBuilder decimals = null;
        boolean any = false;
        String previous = null;
        for (int[] w : words) {
            String s = lower.substring(w[0], w[1]);
            Integer n = v.values().get(s);
            boolean joinerAfterHundred = v.joiners().contains(s) && v.hundred().equals(previous);
            previous = s;
            if (v.joiners().contains(s) && !joinerAfterHundred) {
                group = 0; // "between one and two billion": the number is the one after "and"
                decimals = null;
                any = false;
            } else if (decimals != null) {
                if (n == null || n > 9) {
                    return null;
                }
                decimals.append(n);
            } else if (n != null) {
                group += n;
                any = true;
            } else if (s.equals(v.hundred())) {
                group = (group == 0 ? 1 : group) * 100;
                any = true;
            } else if (s.equals(v.point())) {
                decimals = new StringBuilder();
            } else if (v.one().contains(s)) {
                group = 1;
            }
        }
        if (!any) {
            return null;
        }
        return decimals == null || decimals.isEmpty() ? group : group + Double.parseDouble("0." + decimals);
    }
}
