package app.dossier.figures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cue phrases compiled into one pattern. Longer phrases are tried first so that "研发投入" wins over "投入".
 * Whitespace in a phrase matches any run of whitespace and a hyphen may carry spaces around it, because
 * scraped German text spells "Serie - G - Finanzierung" and "US - Dollar".
 */
final class PhraseSet {
    /** How a phrase must be delimited: not at all (CJK, German compounds) or by non-letters (English). */
    enum Boundary { NONE, WORD }

    record Phrase(String text, Boundary boundary) {
    }

    record Hit(int start, int end, String phrase) {
    }

    private static final PhraseSet EMPTY = new PhraseSet(List.of());

    private final Pattern anywhere;
    private final Pattern atEnd;
    private final Pattern atStart;
    private final boolean empty;

    private PhraseSet(List<Phrase> phrases) {
        List<Phrase> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt((Phrase p) -> p.text().length()).reversed());
        List<String> alternatives = new ArrayList<>();
        for (Phrase p : sorted) {
            alternatives.add(regexOf(p));
        }
        empty = alternatives.isEmpty();
        String alt = empty ? "(?!)" : String.join("|", alternatives);
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        anywhere = Pattern.compile("(?:" + alt + ")", flags);
        atEnd = Pattern.compile("(?:" + alt + ")\\s*$", flags);
        atStart = Pattern.compile("\\s*(?:" + alt + ")", flags);
    }

    static PhraseSet of(Collection<Phrase> phrases) {
        return phrases.isEmpty() ? EMPTY : new PhraseSet(List.copyOf(phrases));
    }

    static PhraseSet of(Collection<String> phrases, Boundary boundary) {
        return of(phrases.stream().map(p -> new Phrase(p, boundary)).toList());
    }

    private static String regexOf(Phrase p) {
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
            if (c == '-') {
                sb.append("\\s*-\\s*");
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
            i++;
        }
        if (p.boundary() == Boundary.WORD) {
            // only Latin words need boundaries: Chinese has no spaces, so 從 may be followed by 收
            boolean letterStart = isLatinWordChar(t.charAt(0));
            boolean letterEnd = isLatinWordChar(t.charAt(t.length() - 1));
            String wordChar = "[\\p{IsLatin}\\p{Nd}]";
            return (letterStart ? "(?<!" + wordChar + ")" : "") + sb + (letterEnd ? "(?!" + wordChar + ")" : "");
        }
        return sb.toString();
    }

    private static boolean isLatinWordChar(char c) {
        return Character.isDigit(c) || (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    boolean isEmpty() {
        return empty;
    }

    /** Every occurrence inside [from, to). */
    List<Hit> findIn(String text, int from, int to) {
        List<Hit> hits = new ArrayList<>();
        if (empty || from >= to) {
            return hits;
        }
        Matcher m = anywhere.matcher(text);
        m.region(Math.max(0, from), Math.min(text.length(), to));
        m.useTransparentBounds(true);
        while (m.find()) {
            hits.add(new Hit(m.start(), m.end(), m.group()));
        }
        return hits;
    }

    boolean containsIn(String text, int from, int to) {
        return !findIn(text, from, to).isEmpty();
    }

    /** The start of a phrase that ends right before pos (whitespace between allowed), or -1. */
    int endingAt(String text, int pos, int maxBack) {
        if (empty || pos <= 0) {
            return -1;
        }
        Matcher m = atEnd.matcher(text);
        m.region(Math.max(0, pos - maxBack), pos);
        m.useTransparentBounds(true);
        return m.find() ? m.start() : -1;
    }

    /** The end of a phrase that starts at pos (whitespace before it allowed), or -1. */
    int startingAt(String text, int pos, int maxAhead) {
        if (empty || pos >= text.length()) {
            return -1;
        }
        Matcher m = atStart.matcher(text);
        m.region(pos, Math.min(text.length(), pos + maxAhead));
        m.useTransparentBounds(true);
        return m.lookingAt() ? m.end() : -1;
    }
}
