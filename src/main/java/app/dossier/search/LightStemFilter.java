package app.dossier.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** Applies {@link Stemming} to letter-only tokens; CJK, numbers and keywords pass unchanged. */
final class LightStemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final GermanLightStemmer german = new GermanLightStemmer();

    LightStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword() && Stemming.isStemmable(term) && !DossierAnalyzer.isCjk(term)) {
            term.setLength(Stemming.stem(term.buffer(), term.length(), german));
        }
        return true;
    }
}
