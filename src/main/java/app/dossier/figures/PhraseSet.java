package app.dossier.figures;

import org.ahocorasick.trie.PayloadTrie;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cue phrases, found in one Aho–Corasick pass over the text by their literal opening (up to the first
 * space or hyphen, case folded) and then confirmed by the phrase's regex at that position only, longest
 * phrase first (so that "研发投入" wins over "投入"). The pass and the confirmations are done once per text
 * and kept for the thread's current text, so the many small windows asked about around every amount cost
 * a look-up, not a re-scan. Whitespace in a phrase matches any run of whitespace and a hyphen may carry
 * spaces around it, because scraped German text spells "Serie - G - Finanzierung" and "US - Dollar".
 * Matching ignores case.
 */
final class PhraseSet {
    /** How a phrase must be delimited: not at all (CJK, German compounds) or by non-letters (English). */
    enum Boundary { NONE, WORD }

    record Phrase(String text, Boundary boundary, String label) {
        Phrase(String text, Boundary boundary) {
            this(text, boundary, null);
        }
    }

    /** {@code label}: what the matched phrase stands for (a metric), null in unlabelled sets. */
    record Hit(int start, int end, String phrase, String label) {
    }

    /**
     * literal: the phrase's folded opening up to its first space or hyphen (its first character when it opens
     * with a hyphen); openEnd: the phrase ends with a hyphen, so spaces after it are optional and where the
     * match ends depends on how far the caller lets it run.
     */
    private record Compiled(Pattern pattern, String label, String literal, boolean openEnd) {
    }

    private static final AtomicInteger NEXT_ID = new AtomicInteger();
    private static final PhraseSet EMPTY = new PhraseSet(List.of());

    private final int id = NEXT_ID.getAndIncrement();
    private final List<Phrase> phrases;
    /** Longest phrase first: the order in which candidates at one position are tried. */
    private final List<Compiled> compiled = new ArrayList<>();
    private final PayloadTrie<int[]> openings;

    private PhraseSet(List<Phrase> phrases) {
        this.phrases = phrases;
        List<Phrase> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt((Phrase p) -> p.text().strip().length()).reversed());
        Map<String, List<Integer>> byLiteral = new LinkedHashMap<>();
        for (Phrase p : sorted) {
            String t = p.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            Pattern pattern = Pattern.compile(regexOf(p), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            String literal = fold(literalOpening(t));
            byLiteral.computeIfAbsent(literal, k -> new ArrayList<>()).add(compiled.size());
            compiled.add(new Compiled(pattern, p.label(), literal, t.endsWith("-")));
        }
        PayloadTrie.PayloadTrieBuilder<int[]> trie = PayloadTrie.builder();
        byLiteral.forEach((literal, indices) -> trie.addKeyword(literal, indices.stream().mapToInt(Integer::intValue).toArray()));
        openings = trie.build();
    }

    static PhraseSet of(Collection<Phrase> phrases) {
        return phrases.isEmpty() ? EMPTY : new PhraseSet(List.copyOf(phrases));
    }

    static PhraseSet of(Collection<String> phrases, Boundary boundary) {
        return of(phrases.stream().map(p -> new Phrase(p, boundary)).toList());
    }

    /** The phrases this set was built from (for the test that compares it with plain matching). */
    List<Phrase> phrases() {
        return phrases;
    }

    /** Case folded as {@link String#regionMatches(boolean, int, String, int, int)} compares characters. */
    static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }

    private static String literalOpening(String phrase) {
        int i = 0;
        while (i < phrase.length() && !Character.isWhitespace(phrase.charAt(i)) && phrase.charAt(i) != '-') {
            i++;
        }
        return phrase.substring(0, Math.max(1, i));
    }

    static String regexOf(Phrase p) {
        StringBuilder sb = new StringBuilder();
        String t = p.text().strip();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
                    i++;
                }
                sb.append("\\s+");
                continue;
            }
            sb.append(c == '-' ? "\\s*-\\s*" : Pattern.quote(String.valueOf(c)));
            i++;
        }
        if (p.boundary() == Boundary.WORD) {
            // only Latin words need boundaries: Chinese has no spaces, so 從 may be followed by 收
            String wordChar = "[\\p{IsLatin}\\p{Nd}]";
            boolean letterStart = isLatinWordChar(t.charAt(0));
            boolean letterEnd = isLatinWordChar(t.charAt(t.length() - 1));
            return (letterStart ? "(?<!" + wordChar + ")" : "") + sb + (letterEnd ? "(?!" + wordChar + ")" : "");
        }
        return sb.toString();
    }

    private static boolean isLatinWordChar(char c) {
        return Character.isDigit(c) || (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    boolean isEmpty() {
        return compiled.isEmpty();
    }

    /**
     * The confirmed phrases of one text: entry k is phrase {@code phrase[k]} matching from {@code start[k]} to
     * {@code end[k]} when nothing limits it, sorted by start and, at one start, longest phrase first.
     */
    private record Scan(int[] start, int[] end, int[] phrase) {
        int firstAtOrAfter(int pos) {
            int i = Arrays.binarySearch(start, pos);
            if (i < 0) {
                return -i - 1;
            }
            while (i > 0 && start[i - 1] == pos) {
                i--;
            }
            return i;
        }
    }

    /** Texts shorter than this (a mention, a table cell) are scanned afresh; longer ones are kept per thread. */
    private static final int CACHED_LENGTH = 512;
    private static final ThreadLocal<TextScans> SCANS = new ThreadLocal<>();

    /** The scans of the thread's current long text, one slot per phrase set. */
    private static final class TextScans {
        final String text;
        final String folded;
        Scan[] bySet = new Scan[NEXT_ID.get()];

        TextScans(String text) {
            this.text = text;
            this.folded = fold(text);
        }
    }

    private Scan scanOf(String text) {
        if (text.length() < CACHED_LENGTH) {
            return scan(text, fold(text));
        }
        TextScans scans = SCANS.get();
        if (scans == null || scans.text != text) {
            scans = new TextScans(text);
            SCANS.set(scans);
        }
        if (id >= scans.bySet.length) {
            scans.bySet = Arrays.copyOf(scans.bySet, Math.max(id + 1, NEXT_ID.get()));
        }
        Scan s = scans.bySet[id];
        if (s == null) {
            s = scan(text, scans.folded);
            scans.bySet[id] = s;
        }
        return s;
    }

    /** One automaton pass for the openings, then each candidate's regex run once at its position. */
    private Scan scan(String text, String folded) {
        List<int[]> candidates = new ArrayList<>();
        openings.parseText(folded, emit -> {
            for (int k : emit.getPayload()) {
                candidates.add(new int[] {emit.getStart(), k});
            }
            return true;
        });
        candidates.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        int[] start = new int[candidates.size()];
        int[] end = new int[candidates.size()];
        int[] phrase = new int[candidates.size()];
        Matcher[] matchers = new Matcher[compiled.size()];
        int n = 0;
        for (int[] c : candidates) {
            int e = confirm(matchers, text, c[1], c[0], text.length());
            if (e >= 0) {
                start[n] = c[0];
                end[n] = e;
                phrase[n] = c[1];
                n++;
            }
        }
        return new Scan(Arrays.copyOf(start, n), Arrays.copyOf(end, n), Arrays.copyOf(phrase, n));
    }

    /** Where phrase k ends when it matches at pos within limit, or -1; one matcher per phrase and text. */
    private int confirm(Matcher[] matchers, String text, int k, int pos, int limit) {
        Matcher m = matchers[k];
        if (m == null) {
            m = compiled.get(k).pattern().matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            matchers[k] = m;
        }
        m.region(pos, limit);
        return m.lookingAt() ? m.end() : -1;
    }

    /** The longest phrase starting exactly at entry {@code k}'s position and ending by limit, or null. */
    private Compiled matchAt(String text, Scan scan, int k, int limit, int[] end) {
        int pos = scan.start()[k];
        for (int i = k; i < scan.start().length && scan.start()[i] == pos; i++) {
            Compiled c = compiled.get(scan.phrase()[i]);
            if (pos + c.literal().length() > limit) {
                continue;
            }
            if (scan.end()[i] <= limit) {
                end[0] = scan.end()[i];
                return c;
            }
            if (c.openEnd()) {
                // the spaces after a closing hyphen are optional: within a shorter limit the match is shorter
                int e = confirm(new Matcher[compiled.size()], text, scan.phrase()[i], pos, limit);
                if (e >= 0) {
                    end[0] = e;
                    return c;
                }
            }
        }
        return null;
    }

    /** The index of the first entry of the next position after entry k's. */
    private static int nextPosition(Scan scan, int k) {
        int pos = scan.start()[k];
        while (k < scan.start().length && scan.start()[k] == pos) {
            k++;
        }
        return k;
    }

    /** Every occurrence inside [from, to), left to right, not overlapping. */
    List<Hit> findIn(String text, int from, int to) {
        List<Hit> hits = new ArrayList<>();
        int limit = Math.min(text.length(), to);
        if (isEmpty() || from >= limit) {
            return hits;
        }
        Scan scan = scanOf(text);
        int[] end = new int[1];
        int k = scan.firstAtOrAfter(Math.max(0, from));
        while (k < scan.start().length && scan.start()[k] < limit) {
            int pos = scan.start()[k];
            Compiled c = matchAt(text, scan, k, limit, end);
            if (c != null) {
                hits.add(new Hit(pos, end[0], text.substring(pos, end[0]), c.label()));
                k = scan.firstAtOrAfter(end[0]);
            } else {
                k = nextPosition(scan, k);
            }
        }
        return hits;
    }

    boolean containsIn(String text, int from, int to) {
        int limit = Math.min(text.length(), to);
        if (isEmpty() || from >= limit) {
            return false;
        }
        Scan scan = scanOf(text);
        int[] end = new int[1];
        for (int k = scan.firstAtOrAfter(Math.max(0, from)); k < scan.start().length && scan.start()[k] < limit; k = nextPosition(scan, k)) {
            if (matchAt(text, scan, k, limit, end) != null) {
                return true;
            }
        }
        return false;
    }

    /** The start of a phrase that ends right before pos (whitespace between allowed), or -1. Leftmost wins. */
    int endingAt(String text, int pos, int maxBack) {
        if (isEmpty() || pos <= 0) {
            return -1;
        }
        Scan scan = scanOf(text);
        int[] end = new int[1];
        for (int k = scan.firstAtOrAfter(Math.max(0, pos - maxBack)); k < scan.start().length && scan.start()[k] < pos; k = nextPosition(scan, k)) {
            if (matchAt(text, scan, k, pos, end) != null && text.substring(end[0], pos).isBlank()) {
                return scan.start()[k];
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
        if (p >= text.length() || isEmpty()) {
            return -1;
        }
        Scan scan = scanOf(text);
        int k = scan.firstAtOrAfter(p);
        if (k >= scan.start().length || scan.start()[k] != p) {
            return -1;
        }
        int[] end = new int[1];
        return matchAt(text, scan, k, Math.min(text.length(), pos + maxAhead), end) != null ? end[0] : -1;
    }
}
