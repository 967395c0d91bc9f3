package app.dossier.search;

import java.util.List;

/** The parsed search query, before analysis. */
sealed interface QueryNode {
    /** A bare word; prefix when it is the word still being typed. */
    record Word(String text, boolean prefix) implements QueryNode {
    }

    /** Words in quotes: they must appear in this order, adjacent. */
    record Phrase(String text) implements QueryNode {
    }

    /** company:, theme:, lang: or tag: (field is the canonical name). */
    record Filter(String field, String value) implements QueryNode {
    }

    record Not(QueryNode node) implements QueryNode {
    }

    record And(List<QueryNode> nodes) implements QueryNode {
    }

    record Or(List<QueryNode> nodes) implements QueryNode {
    }
}
