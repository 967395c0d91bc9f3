package app.dossier.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words with a meaning (a currency code, a multiplier), matched at a position; longest word first.
 * All words share one pattern with a group per word, so a lookup is one regex match, not one per word.
 */
final class WordTable<T> {
    record Match<T>(int start, int end, T meaning) {
    }

    private static final int MAX_WORD = 24;

    private final List<T> meanings = new ArrayList<>();
    private final Pattern atStart;
    private final Pattern atEnd;
    /** A matcher per thread, re-aimed at each look-up: a look-up is made at every number. */
    private final ThreadLocal<Matcher> startMatcher;
    private final ThreadLocal<Matcher> endMatcher;

    /** @param caseSensitive false lets "usd" stand for "USD"; single letters (B for billion) need true */
    WordTable(List<NumberWords.Entry<T>> entries, boolean caseSensitive) {
        List<String> groups = new ArrayList<>();
        for (NumberWords.Entry<T> e : entries) {
            groups.add("(" + regexOf(e.word()) + ")");
            meanings.add(e.meaning());
        }
        String alt = groups.isEmpty() ? "(?!)" : String.join("|", groups);
        int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        atStart = Pattern.compile("(?:" + alt + ")", flags);
        atEnd = Pattern.compile("(?:" + alt + ")\\s{0,2}$", flags);
        startMatcher = ThreadLocal.withInitial(() -> atStart.matcher(""));
        endMatcher = ThreadLocal.withInitial(() -> atEnd.matcher(""));
    }

    private static String regexOf(String w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '-') {
                sb.append("\\s*-\\s*");
            } else if (c == ' ') {
                sb.append("\\s+");
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        // a Latin word must end at a non-letter: "Euro" is not "Europa"
        char last = w.charAt(w.length() - 1);
        if (Character.isLetter(last) && last < 0x2E80) {
            sb.append("(?![\\p{L}])");
        }
        return sb.toString();
    }

    /** The word starting exactly at pos, or null. */
    Match<T> at(String text, int pos) {
        if (pos >= text.length()) {
            return null;
        }
        Matcher m = startMatcher.get().reset(text);
        m.region(pos, Math.min(text.length(), pos + MAX_WORD));
        m.useTransparentBounds(true);
        return m.lookingAt() ? new Match<>(pos, m.end(), meaningOf(m)) : null;
    }

    /** The word ending right before pos (up to two whitespace characters between), or null. */
    Match<T> endingAt(String text, int pos) {
        if (pos <= 0) {
            return null;
        }
        Matcher m = endMatcher.get().reset(text);
        m.region(Math.max(0, pos - MAX_WORD), pos);
        m.useTransparentBounds(true);
        if (!m.find()) {
            return null;
        }
        int g = matchedGroup(m);
        return new Match<>(m.start(g), m.end(g), meanings.get(g - 1));
    }

    private T meaningOf(Matcher m) {
        return meanings.get(matchedGroup(m) - 1);
    }

    private static int matchedGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.start(g) >= 0) {
                return g;
            }
        }
        throw new IllegalStateException("no group matched");
    }
}
