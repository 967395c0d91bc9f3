package app.dossier.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * After each long Latin word, adds the word reversed behind a marker at the same position and offsets
 * (Orchestrierungsebene → "\u0001enebesgnureirtsehcro"): a prefix query on these terms finds the tails of
 * compounds. Kept in the text field itself so the text is analysed once; the overlapping tokens do not
 * change BM25's length norms (overlaps are discounted) and no ordinary query term starts with the marker.
 */
final class CompoundTailFilter extends TokenFilter {
    static final char MARKER = '\u0001';

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    /** The reversed copy of the word just emitted, written as the next token; length 0 when none. */
    private char[] tail = new char[32];
    private int tailLength;

    CompoundTailFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (tailLength > 0) {
            // offsets and type still hold the word's: only term, increment and keyword change
            term.copyBuffer(tail, 0, tailLength);
            tailLength = 0;
            increment.setPositionIncrement(0);
            keyword.setKeyword(true);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        int length = term.length();
        if (length >= DossierAnalyzer.MIN_TAIL_WORD_LENGTH && Stemming.isStemmable(term) && !DossierAnalyzer.isCjk(term)) {
            if (tail.length < length + 1) {
                tail = new char[length + 16];
            }
            char[] buffer = term.buffer();
            tail[0] = MARKER;
            for (int i = 0; i < length; i++) {
                tail[length - i] = buffer[i];
            }
            tailLength = length + 1;
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        tailLength = 0;
    }

    /** The indexed form of word: marker + reversed. */
    static String tailTerm(String word) {
        return MARKER + new StringBuilder(word).reverse().toString();
    }
}
