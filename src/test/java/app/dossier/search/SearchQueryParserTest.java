package app.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.dossier.search.QueryNode.And;
import app.dossier.search.QueryNode.Filter;
import app.dossier.search.QueryNode.Not;
import app.dossier.search.QueryNode.Or;
import app.dossier.search.QueryNode.Phrase;
import app.dossier.search.QueryNode.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryParserTest {
    private final SearchQueryParser parser = new SearchQueryParser(SearchSettings.load().filterAliases());

    private QueryNode parse(String query) {
        return parser.parse(query, false);
    }

    private static Word word(String text) {
        return new Word(text, false);
    }

    @Test
    void orBindsTighterThanAnd() {
        assertEquals(new And(List.of(new Or(List.of(word("a"), word("b"))), word("c"))), parse("a OR b c"));
        assertEquals(new And(List.of(word("a"), new Or(List.of(word("b"), word("c"))))), parse("a AND b OR c"));
    }

    @Test
    void lowerCaseOperatorsAreWords() {
        assertEquals(new And(List.of(word("a"), word("or"), word("b"))), parse("a or b"));
    }

    @Test
    void minusAndNotExclude() {
        assertEquals(new And(List.of(word("a"), new Not(word("b")), new Not(new Phrase("c d")))), parse("a NOT b -\"c d\""));
        assertEquals(word("e-mail"), parse("e-mail"), "a hyphen inside a word is no exclusion");
    }

    @Test
    void filtersTakeQuotedValuesAndAliases() {
        assertEquals(new Filter("company", "Zhipu AI"), parse("company:\"Zhipu AI\""));
        assertEquals(new Filter("company", "zhipu-ai"), parse("Firma:zhipu-ai"));
        assertEquals(new Filter("lang", "de"), parse("sprache:de"));
        assertEquals(word("http://x.org"), parse("http://x.org"), "an unknown prefix is text");
    }

    @Test
    void malformedQueriesDegradeToWords() {
        assertEquals(word("AND"), parse("AND"));
        assertEquals(new Phrase("open end"), parse("\"open end"));
        assertEquals(word("a"), parse("((a"));
        assertEquals(word("a"), parse("a)"));
        assertEquals(word("a"), parse("a OR"));
        assertEquals(word("a"), parse("NOT) a"));
        assertNull(parse("   "));
        assertNull(parse(null));
    }

    @Test
    void onlyTheWordBeingTypedIsAPrefix() {
        assertEquals(new And(List.of(word("open"), new Word("mod", true))), parser.parse("open mod", true));
        assertEquals(new And(List.of(word("open"), word("mod"))), parser.parse("open mod ", true));
    }
}
