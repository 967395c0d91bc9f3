package app.dossier.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words with a meaning (a currency code, a multiplier), matched at a position; longest word first. */
final class WordTable<T> {
    record Match<T>(int start, int end, T meaning) {
    }

    private record Row<T>(Pattern pattern, T meaning) {
    }

    private final List<Row<T>> rows = new ArrayList<>();

    /** @param caseSensitive false lets "usd" stand for "USD"; single letters (B for billion) need true */
    WordTable(List<NumberWords.Entry<T>> entries, boolean caseSensitive) {
        for (NumberWords.Entry<T> e : entries) {
            String w = e.word();
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
            if (Character.isLetter(w.charAt(w.length() - 1)) && w.charAt(w.length() - 1) < 0x2E80) {
                sb.append("(?![\\p{L}])");
            }
            int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            rows.add(new Row<>(Pattern.compile(sb.toString(), flags), e.meaning()));
        }
    }

    /** The word starting exactly at pos, or null. */
    Match<T> at(String text, int pos) {
        if (pos >= text.length()) {
            return null;
        }
        for (Row<T> r : rows) {
            Matcher m = r.pattern().matcher(text);
            m.region(pos, text.length());
            m.useTransparentBounds(true);
            if (m.lookingAt()) {
                return new Match<>(pos, m.end(), r.meaning());
            }
        }
        return null;
    }

    /** The word ending exactly at pos (only whitespace between allowed), or null. */
    Match<T> endingAt(String text, int pos) {
        int end = pos;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1)) && pos - end < 2) {
            end--;
        }
        for (int len = Math.min(12, end); len >= 1; len--) {
            int start = end - len;
            Match<T> m = at(text, start);
            if (m != null && m.end() == end) {
                return m;
            }
        }
        return null;
    }
}
