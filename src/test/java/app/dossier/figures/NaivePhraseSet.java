package app.dossier.figures;

import app.dossier.figures.PhraseSet.Boundary;
import app.dossier.figures.PhraseSet.Phrase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matching PhraseSet did before it used an automaton, kept as the oracle the automaton is compared with.
 * Cue phrases, found by their first character and then matched one by one (longest first, so that
 * "研发投入" wins over "投入"). One big alternation would try hundreds of phrases at every position.
 * Whitespace in a phrase matches any run of whitespace and a hyphen may carry spaces around it, because
 * scraped German text spells "Serie - G - Finanzierung" and "US - Dollar". Matching ignores case.
 */
final class NaivePhraseSet {
    /** {@code label}: what the matched phrase stands for (a metric), null in unlabelled sets. */
    record Hit(int start, int end, String phrase, String label) {
    }

    /** literal: the phrase's opening up to its first space or hyphen, compared before the regex is run. */
    private record Compiled(Pattern pattern, String label, String literal) {
    }

    private static final NaivePhraseSet EMPTY = new NaivePhraseSet(List.of());

    private final Map<Character, List<Compiled>> byFirstChar = new HashMap<>();

    private NaivePhraseSet(List<Phrase> phrases) {
        List<Phrase> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt((Phrase p) -> p.text().strip().length()).reversed());
        for (Phrase p : sorted) {
            String t = p.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            Pattern pattern = Pattern.compile(PhraseSet.regexOf(p), // the regexes are the same; how candidates are found differs
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            byFirstChar.computeIfAbsent(fold(t.charAt(0)), k -> new ArrayList<>())
                    .add(new Compiled(pattern, p.label(), literalOpening(t)));
        }
    }

    static NaivePhraseSet of(Collection<Phrase> phrases) {
        return phrases.isEmpty() ? EMPTY : new NaivePhraseSet(List.copyOf(phrases));
    }

    static NaivePhraseSet of(Collection<String> phrases, Boundary boundary) {
        return of(phrases.stream().map(p -> new Phrase(p, boundary)).toList());
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static String literalOpening(String phrase) {
        int i = 0;
        while (i < phrase.length() && !Character.isWhitespace(phrase.charAt(i)) && phrase.charAt(i) != '-') {
            i++;
        }
        return phrase.substring(0, i);
    }

    boolean isEmpty() {
        return byFirstChar.isEmpty();
    }

    /** The longest phrase starting exactly at pos and ending by limit, or null. */
    private Compiled matchAt(String text, int pos, int limit, int[] end) {
        List<Compiled> candidates = byFirstChar.get(fold(text.charAt(pos)));
        if (candidates == null) {
            return null;
        }
        for (Compiled c : candidates) {
            // a plain comparison first: building a matcher at every position of a long text is what costs
            if (pos + c.literal().length() > limit || !text.regionMatches(true, pos, c.literal(), 0, c.literal().length())) {
                continue;
            }
            Matcher m = c.pattern().matcher(text);
            m.region(pos, limit);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            if (m.lookingAt()) {
                end[0] = m.end();
                return c;
            }
        }
        return null;
    }

    /** Every occurrence inside [from, to), left to right, not overlapping. */
    List<Hit> findIn(String text, int from, int to) {
        List<Hit> hits = new ArrayList<>();
        int limit = Math.min(text.length(), to);
        int[] end = new int[1];
        for (int i = Math.max(0, from); i < limit; i++) {
            Compiled c = matchAt(text, i, limit, end);
            if (c != null) {
                hits.add(new Hit(i, end[0], text.substring(i, end[0]), c.label()));
                i = end[0] - 1;
            }
        }
        return hits;
    }

    boolean containsIn(String text, int from, int to) {
        int limit = Math.min(text.length(), to);
        int[] end = new int[1];
        for (int i = Math.max(0, from); i < limit; i++) {
            if (matchAt(text, i, limit, end) != null) {
                return true;
            }
        }
        return false;
    }

    /** The start of a phrase that ends right before pos (whitespace between allowed), or -1. Leftmost wins. */
    int endingAt(String text, int pos, int maxBack) {
        int[] end = new int[1];
        for (int s = Math.max(0, pos - maxBack); s < pos; s++) {
            if (matchAt(text, s, pos, end) != null && text.substring(end[0], pos).isBlank()) {
                return s;
            }
        }
        return -1;
    }

    /** The end of a phrase that starts at pos (whitespace before it allowed), or -1. */
    int startingAt(String text, int pos, int maxAhead) {
        int p = pos;
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        if (p >= text.length()) {
            return -1;
        }
        int[] end = new int[1];
        return matchAt(text, p, Math.min(text.length(), pos + maxAhead), end) != null ? end[0] : -1;
    }
}
