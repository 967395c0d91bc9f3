package app.dossier.figures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cue phrases, found by their literal opening (up to the first space or hyphen, case folded) in one
 * Aho–Corasick pass over the text shared by every set of a cue book ({@link PhraseIndex}), then confirmed
 * by the phrase's regex at that position only, longest phrase first (so that "研发投入" wins over "投入").
 * The pass is made once per text and each confirmation once, so the many small windows asked about around
 * every amount cost a look-up, not a re-scan. Whitespace in a phrase matches any run of whitespace and a
 * hyphen may carry spaces around it, because scraped German text spells "Serie - G - Finanzierung" and
 * "US - Dollar". Matching ignores case.
 */
final class PhraseSet {
    /** How a phrase must be delimited: not at all (CJK, German compounds) or by non-letters (English). */
    /**
     * NONE: anywhere (Chinese, which has no spaces); WORD: a whole Latin word; WORD_PART: a part of a German
     * compound as German builds them: a noun (capitalised cue) may be a compound's head after a stem of four
     * letters or more ("Jahresumsatz", "Finanzierungsrunde", not "Grunde" or "Bewerbung") and may go on
     * ("Umsatzerlöse"); any other cue (a verb, an adverb, a phrase) opens a word and takes at most an ending
     * ("sammelten", not "gegenüber" for "über").
     */
    enum Boundary { NONE, WORD, WORD_PART }

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

    /** The shortest stem a German compound head follows ("Jahres|umsatz", "Markt|anteil"). */
    private static final int COMPOUND_STEM = 4;
    /** The longest ending a German verb or adverb cue takes ("sammelt|en", "monatlich|e"). */
    private static final int INFLECTION = 2;

    private static final PhraseSet EMPTY = new PhraseSet(List.of());

    private final List<Phrase> phrases;
    /** Longest phrase first: the order in which candidates at one position are tried. */
    private final List<Compiled> compiled = new ArrayList<>();
    /** The automaton this set's openings are in (its own, or one shared by a cue book) and its slot there. */
    private volatile Slot slot;

    private record Slot(PhraseIndex index, int number) {
    }

    private PhraseSet(List<Phrase> phrases) {
        this.phrases = phrases;
        List<Phrase> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt((Phrase p) -> p.text().strip().length()).reversed());
        for (Phrase p : sorted) {
            String t = p.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            Pattern pattern = Pattern.compile(regexOf(p), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            compiled.add(new Compiled(pattern, p.label(), PhraseIndex.fold(literalOpening(t)), t.endsWith("-")));
        }
        new PhraseIndex(List.of(this));
    }

    /** The folded literal opening of each phrase, longest phrase first. */
    List<String> literals() {
        return compiled.stream().map(Compiled::literal).toList();
    }

    void indexedBy(PhraseIndex index, int number) {
        slot = new Slot(index, number);
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
        if (p.boundary() == Boundary.WORD_PART && isLatinWordChar(t.charAt(0)) && Character.isLetter(t.charAt(0))) {
            String letter = "\\p{IsLatin}";
            String wordChar = "[\\p{IsLatin}\\p{Nd}]";
            if (Character.isUpperCase(t.charAt(0))) {
                return "(?:(?<!" + wordChar + ")|(?<=" + letter + "{" + COMPOUND_STEM + "}))" + sb;
            }
            boolean letterEnd = isLatinWordChar(t.charAt(t.length() - 1));
            return "(?<!" + wordChar + ")" + sb + (letterEnd ? "(?!" + letter + "{" + (INFLECTION + 1) + "})" : "");
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

    private PhraseIndex.Candidates candidatesIn(String text) {
        Slot s = slot;
        return s.index().candidates(text, s.number());
    }

    /** Where phrase k ends when it matches at pos within limit, or -1. */
    private int confirm(PhraseIndex.Candidates cands, String text, int k, int pos, int limit) {
        if (cands.matchers == null) {
            cands.matchers = new Matcher[compiled.size()];
        }
        Matcher m = cands.matchers[k];
        if (m == null) {
            m = compiled.get(k).pattern().matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            cands.matchers[k] = m;
        }
        m.region(pos, limit);
        return m.lookingAt() ? m.end() : -1;
    }

    /**
     * The longest phrase starting exactly at candidate i's position and ending by limit, or null. The regex
     * of a candidate is run once per text, unlimited; its end holds for every limit at or after it, since
     * the phrases have one way to match, except that spaces after a closing hyphen are optional.
     */
    private Compiled matchAt(String text, PhraseIndex.Candidates cands, int i, int limit, int[] end) {
        int pos = cands.start[i];
        for (int j = i; j < cands.start.length && cands.start[j] == pos; j++) {
            int k = cands.phrase[j];
            Compiled c = compiled.get(k);
            if (pos + c.literal().length() > limit) {
                continue;
            }
            if (cands.end[j] == PhraseIndex.Candidates.UNCONFIRMED) {
                cands.end[j] = confirm(cands, text, k, pos, text.length());
            }
            if (cands.end[j] >= 0 && cands.end[j] <= limit) {
                end[0] = cands.end[j];
                return c;
            }
            if (cands.end[j] >= 0 && c.openEnd()) {
                int e = confirm(cands, text, k, pos, limit);
                if (e >= 0) {
                    end[0] = e;
                    return c;
                }
            }
        }
        return null;
    }

    /** Every occurrence inside [from, to), left to right, not overlapping. */
    List<Hit> findIn(String text, int from, int to) {
        List<Hit> hits = new ArrayList<>();
        int limit = Math.min(text.length(), to);
        if (isEmpty() || from >= limit) {
            return hits;
        }
        PhraseIndex.Candidates scan = candidatesIn(text);
        int[] end = new int[1];
        int k = scan.firstAtOrAfter(Math.max(0, from));
        while (k < scan.start.length && scan.start[k] < limit) {
            int pos = scan.start[k];
            Compiled c = matchAt(text, scan, k, limit, end);
            if (c != null) {
                hits.add(new Hit(pos, end[0], text.substring(pos, end[0]), c.label()));
                k = scan.firstAtOrAfter(end[0]);
            } else {
                k = scan.nextPosition(k);
            }
        }
        return hits;
    }

    boolean containsIn(String text, int from, int to) {
        int limit = Math.min(text.length(), to);
        if (isEmpty() || from >= limit) {
            return false;
        }
        PhraseIndex.Candidates scan = candidatesIn(text);
        int[] end = new int[1];
        for (int k = scan.firstAtOrAfter(Math.max(0, from)); k < scan.start.length && scan.start[k] < limit; k = scan.nextPosition(k)) {
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
        PhraseIndex.Candidates scan = candidatesIn(text);
        int[] end = new int[1];
        for (int k = scan.firstAtOrAfter(Math.max(0, pos - maxBack)); k < scan.start.length && scan.start[k] < pos; k = scan.nextPosition(k)) {
            if (matchAt(text, scan, k, pos, end) != null && text.substring(end[0], pos).isBlank()) {
                return scan.start[k];
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
        PhraseIndex.Candidates scan = candidatesIn(text);
        int k = scan.firstAtOrAfter(p);
        if (k >= scan.start.length || scan.start[k] != p) {
            return -1;
        }
        int[] end = new int[1];
        return matchAt(text, scan, k, Math.min(text.length(), pos + maxAhead), end) != null ? end[0] : -1;
    }
}
