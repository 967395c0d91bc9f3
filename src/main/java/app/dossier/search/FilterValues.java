package app.dossier.search;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

import java.util.Locale;

/**
 * One spelling for filter values on both sides, so company:"Zhipu AI", company:zhipu-ai and
 * company:智譜 match a report tagged "Zhipu AI" / "zhipu-ai" / "智谱": case, width and script folded,
 * every run of other characters turned into a single '-'.
 */
final class FilterValues {
    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final ThreadLocal<Transliterator> SIMPLIFY =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Hant-Hans"));

    /**
     * Spellings already normalised: every indexed report repeats the same few hundred company, theme and
     * language names, and the script and case folding cost more than the rest of filling the index. Bounded,
     * so names that never repeat do not accumulate.
     */
    private static final int REMEMBERED = 8192;
    private static final java.util.Map<String, String> NORMALIZED = new java.util.concurrent.ConcurrentHashMap<>();

    private FilterValues() {
    }

    static String normalize(String value) {
        String known = NORMALIZED.get(value);
        if (known != null) {
            return known;
        }
        String normalized = fold(value);
        if (NORMALIZED.size() < REMEMBERED) {
            NORMALIZED.put(value, normalized);
        }
        return normalized;
    }

    private static String fold(String value) {
        String stripped = value.strip();
        // ASCII folds to its lower case and holds no traditional script, so most words skip ICU, which cost
        // a search (each query word is looked up among the company names) more than the search itself
        return collapse(isAscii(stripped) ? stripped.toLowerCase(Locale.ROOT) : foldWithIcu(stripped));
    }

    /** The folding without the shortcut for ASCII: what the shortcut must always agree with. */
    static String normalizeWithIcu(String value) {
        return collapse(foldWithIcu(value.strip()));
    }

    private static String foldWithIcu(String value) {
        return SIMPLIFY.get().transliterate(FOLD.normalize(value));
    }

    private static String collapse(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && out.length() > 0) {
                    out.append('-');
                }
                out.appendCodePoint(cp);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
