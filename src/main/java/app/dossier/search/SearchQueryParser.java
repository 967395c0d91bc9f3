package app.dossier.search;

import app.dossier.search.QueryLexer.Kind;
import app.dossier.search.QueryLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses the query syntax of the README: words (all must match), "phrases", uppercase AND / OR / NOT
 * (OR binds tighter than AND), a leading - to exclude, parentheses, and the filters company:, theme:,
 * lang:, tag: (values in quotes may hold spaces). Lower-case and/or/not are ordinary words.
 * Malformed input never fails: unbalanced quotes run to the end, stray parentheses and operators
 * without an operand are dropped, and a query of nothing but operators searches them as words.
 */
final class SearchQueryParser {
    private final QueryLexer lexer;
    private List<Token> tokens;
    private int next;

    SearchQueryParser(Map<String, String> filterAliases) {
        this.lexer = new QueryLexer(filterAliases);
    }

    /** The parsed query, or null when the query holds nothing to search for. */
    synchronized QueryNode parse(String query, boolean lastWordIsPrefix) {
        tokens = lexer.tokens(query == null ? "" : query);
        next = 0;
        List<QueryNode> parts = new ArrayList<>();
        while (next < tokens.size()) {
            QueryNode node = and(lastWordIsPrefix);
            if (node != null) {
                parts.add(node);
            }
            if (next < tokens.size()) {
                next++; // a stray ')'
            }
        }
        QueryNode result = simplify(new QueryNode.And(parts));
        if (result == null && !tokens.isEmpty()) {
            result = everythingAsWords();
        }
        return result;
    }

    /** Parts side by side or joined by AND must all match. */
    private QueryNode and(boolean prefix) {
        List<QueryNode> all = new ArrayList<>();
        while (next < tokens.size() && !peek(Kind.CLOSE)) {
            if (peek(Kind.AND) || peek(Kind.OR)) {
                next++; // an operator without a left operand
                continue;
            }
            all.add(or(prefix));
        }
        return simplify(new QueryNode.And(all));
    }

    /** OR binds tighter than AND, as in web search: "a OR b c" is (a OR b) AND c. */
    private QueryNode or(boolean prefix) {
        List<QueryNode> alternatives = new ArrayList<>();
        alternatives.add(unary(prefix));
        while (peek(Kind.OR)) {
            next++;
            if (next >= tokens.size() || peek(Kind.CLOSE) || peek(Kind.AND) || peek(Kind.OR)) {
                break;
            }
            alternatives.add(unary(prefix));
        }
        return simplify(new QueryNode.Or(alternatives));
    }

    private QueryNode unary(boolean prefix) {
        if (peek(Kind.NOT)) {
            next++;
            if (next >= tokens.size() || peek(Kind.OR) || peek(Kind.CLOSE) || peek(Kind.AND)) {
                return null;
            }
            QueryNode operand = unary(prefix);
            return operand == null ? null : new QueryNode.Not(operand);
        }
        Token token = tokens.get(next++);
        QueryNode node = switch (token.kind()) {
            case WORD -> new QueryNode.Word(token.text(), prefix && token.atEnd());
            case PHRASE -> token.text().isBlank() ? null : new QueryNode.Phrase(token.text());
            case FILTER -> new QueryNode.Filter(token.field(), token.text());
            case OPEN -> group(prefix);
            default -> null;
        };
        return node != null && token.negated() ? new QueryNode.Not(node) : node;
    }

    private QueryNode group(boolean prefix) {
        QueryNode inner = and(prefix);
        if (peek(Kind.CLOSE)) {
            next++;
        }
        return inner;
    }

    private boolean peek(Kind kind) {
        return next < tokens.size() && tokens.get(next).kind() == kind;
    }

    private QueryNode everythingAsWords() {
        List<QueryNode> words = new ArrayList<>();
        for (Token token : tokens) {
            if (token.kind() == Kind.AND || token.kind() == Kind.OR || token.kind() == Kind.NOT
                    || token.kind() == Kind.WORD) {
                words.add(new QueryNode.Word(token.text(), false));
            }
        }
        return simplify(new QueryNode.And(words));
    }

    private static QueryNode simplify(QueryNode node) {
        List<QueryNode> parts;
        if (node instanceof QueryNode.And and) {
            parts = and.nodes();
        } else if (node instanceof QueryNode.Or or) {
            parts = or.nodes();
        } else {
            return node;
        }
        List<QueryNode> kept = parts.stream().filter(p -> p != null).toList();
        if (kept.isEmpty()) {
            return null;
        }
        if (kept.size() == 1) {
            return kept.get(0);
        }
        return node instanceof QueryNode.And ? new QueryNode.And(kept) : new QueryNode.Or(kept);
    }
}
