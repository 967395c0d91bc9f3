package app.dossier.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Splits a query into words, phrases, filters, operators and parentheses; never fails. */
final class QueryLexer {
    enum Kind { WORD, PHRASE, FILTER, AND, OR, NOT, OPEN, CLOSE }

    /** One token; negated when written with a leading '-'; atEnd when nothing follows it (still typing). */
    record Token(Kind kind, String text, String field, boolean negated, boolean atEnd) {
    }

    private static final String OPENING_QUOTES = "\"\u201C\u201E\u00AB\u300C";
    private static final String CLOSING_QUOTES = "\"\u201D\u201C\u00BB\u300D";

    private final Map<String, String> filterAliases;

    /** filterAliases: lower-case alias (e.g. "firma") to canonical field (e.g. "company"). */
    QueryLexer(Map<String, String> filterAliases) {
        this.filterAliases = filterAliases;
    }

    List<Token> tokens(String query) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(query.charAt(i + 1))) {
                negated = true;
                c = query.charAt(++i);
            }
            if (c == '(' || c == ')') {
                out.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), null, negated, i + 1 == n));
                i++;
            } else if (OPENING_QUOTES.indexOf(c) >= 0) {
                int close = indexOfClosingQuote(query, i + 1);
                int end = close < 0 ? n : close;
                out.add(new Token(Kind.PHRASE, query.substring(i + 1, end), null, negated, false));
                i = close < 0 ? n : close + 1;
            } else {
                i = word(query, i, negated, out);
            }
        }
        return out;
    }

    private int word(String query, int start, boolean negated, List<Token> out) {
        int n = query.length();
        int end = start;
        while (end < n && !Character.isWhitespace(query.charAt(end)) && "()".indexOf(query.charAt(end)) < 0
                && OPENING_QUOTES.indexOf(query.charAt(end)) < 0) {
            end++;
        }
        String word = query.substring(start, end);
        int colon = word.indexOf(':');
        String field = colon > 0 ? filterAliases.get(word.substring(0, colon).toLowerCase(Locale.ROOT)) : null;
        if (field != null) {
            String value = word.substring(colon + 1);
            if (value.isEmpty() && end < n && OPENING_QUOTES.indexOf(query.charAt(end)) >= 0) {
                int close = indexOfClosingQuote(query, end + 1);
                value = query.substring(end + 1, close < 0 ? n : close);
                end = close < 0 ? n : close + 1;
            }
            if (!value.isBlank()) {
                out.add(new Token(Kind.FILTER, value.strip(), field, negated, false));
            }
            return end;
        }
        Kind kind = switch (word) {
            case "AND", "&&" -> Kind.AND;
            case "OR", "||" -> Kind.OR;
            case "NOT" -> Kind.NOT;
            default -> Kind.WORD;
        };
        out.add(new Token(kind, word, null, negated && kind == Kind.WORD, end == n));
        return end;
    }

    private static int indexOfClosingQuote(String query, int from) {
        for (int i = from; i < query.length(); i++) {
            if (CLOSING_QUOTES.indexOf(query.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
