package app.dossier.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.Transliterator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names the language of a cleaned text: "zh-Hans" / "zh-Hant" by counting characters that exist only in
 * one script (those that change under ICU's Hant-Hans and Hans-Hant conversion), "de" / "en" by frequent
 * words, "other" when the evidence is thin.
 */
final class LanguageDetector {
    private static final int SAMPLE_CHARS = 100_000;
    private static final int MIN_SCRIPT_EVIDENCE = 3;
    private static final int MIN_STOPWORDS = 3;
    /** Function words enough to name the language of a text of labels and numbers, when one language has most of them. */
    private static final int DOMINANT_STOPWORDS = 8;
    private static final int DOMINANCE = 3;

    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Hant-Hans");
    private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Hans-Hant");
    /** Which script each Han character belongs to; shared, since the answer never changes. */
    private static final Map<Integer, Integer> SCRIPT_OF_CHAR = new ConcurrentHashMap<>();

    private final Map<String, Set<String>> stopwords = new LinkedHashMap<>();

    LanguageDetector() {
        try (InputStream in = LanguageDetector.class.getResourceAsStream("/importing/languages.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            root.path("stopwords").fields().forEachRemaining(e -> {
                Set<String> words = new HashSet<>();
                e.getValue().forEach(w -> words.add(w.asText()));
                stopwords.put(e.getKey(), words);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        int han = 0;
        int kana = 0;
        int latinLetters = 0;
        int traditionalOnly = 0;
        int simplifiedOnly = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeBlock block = cp < 0x3040 ? null : Character.UnicodeBlock.of(cp);
            if (block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA) {
                kana++;
            } else if (Scripts.isHan(cp)) {
                han++;
                int script = scriptOf(cp);
                if (script > 0) {
                    traditionalOnly++;
                } else if (script < 0) {
                    simplifiedOnly++;
                }
            } else if (Character.isLetter(cp)) {
                latinLetters++;
            }
        }
        // a Chinese word is one or two characters, a Latin word about six letters
        if (kana * 10 > han && kana > MIN_SCRIPT_EVIDENCE) {
            return "other"; // Japanese: Han characters among kana
        }
        if (han > 0 && han * 3 >= latinLetters / 2) {
            if (traditionalOnly + simplifiedOnly < MIN_SCRIPT_EVIDENCE) {
                return "other";
            }
            return traditionalOnly > simplifiedOnly ? "zh-Hant" : "zh-Hans";
        }
        return byStopwords(sample);
    }

    /** +1 traditional-only, -1 simplified-only, 0 shared. */
    private static int scriptOf(int cp) {
        Integer known = SCRIPT_OF_CHAR.get(cp);
        if (known != null) {
            return known;
        }
        String s = new String(Character.toChars(cp));
        int script;
        synchronized (LanguageDetector.class) { // ICU transliterators are not meant for concurrent use
            script = !TO_SIMPLIFIED.transliterate(s).equals(s) ? 1 : TO_TRADITIONAL.transliterate(s).equals(s) ? 0 : -1;
        }
        SCRIPT_OF_CHAR.put(cp, script);
        return script;
    }

    private String byStopwords(String sample) {
        Map<String, Integer> counts = new HashMap<>();
        int tokens = 0;
        for (String token : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (token.isEmpty()) {
                continue;
            }
            tokens++;
            for (var e : stopwords.entrySet()) {
                if (e.getValue().contains(token)) {
                    counts.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = "other";
        int bestCount = 0;
        int secondCount = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                secondCount = bestCount;
                bestCount = e.getValue();
            } else if (e.getValue() > secondCount) {
                secondCount = e.getValue();
            }
        }
        // a slide deck or a key-figures sheet is mostly labels and numbers: few function words, but
        // those it has are plainly of one language
        boolean dominant = bestCount >= DOMINANT_STOPWORDS && bestCount >= DOMINANCE * secondCount;
        boolean clear = bestCount >= MIN_STOPWORDS && (bestCount * 10 >= tokens || dominant);
        return clear ? best : "other";
    }
}
