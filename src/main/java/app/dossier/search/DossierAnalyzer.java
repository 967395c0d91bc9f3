package app.dossier.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analysis for German, English and Chinese report text in one field.
 *
 * <ul>
 *   <li>{@link StandardTokenizer} (UAX#29): words for Latin script, one token per Han/kana character.
 *       Chosen over ICUTokenizer because it is several times faster and splits our languages alike.</li>
 *   <li>{@link FoldingFilter}: ICU "Hant-Hans" per token (智譜 and 智谱 index the same, both ways), NFKC
 *       case folding (width ＡＩ → ai, case, ß) and ASCII folding (Größe → grosse); offsets kept.
 *       Lucene's ICUFoldingFilter would fold in one step, but its bundled data file is rejected by
 *       ICU4J 77, so the built-in NFKC_Casefold normaliser is used instead.</li>
 *   <li>CJK unigrams + bigrams: a 2-character word is one bigram term, longer words are phrases of
 *       bigrams, a single character still matches its unigram.</li>
 *   <li>Light German and English stemming of Latin words ({@link Stemming}).</li>
 * </ul>
 *
 * German compounds are not split at index time: a dictionary splitter needs a word list that never
 * covers the industry's new coinages. Instead the query side matches a word as the head of a compound
 * (prefix on the stemmed term) and as its tail (prefix on the reversed copy of each long word that
 * {@link CompoundTailFilter} adds). That finds Orchestrierung in Orchestrierungsebene and Anteil in Marktanteil
 * at the cost of one extra term per long word; only parts in the middle of a three-part compound are missed.
 */
final class DossierAnalyzer extends Analyzer {
    /** Changes whenever the indexed terms would change: a stored index with another value is rebuilt. */
    static final String FINGERPRINT = "dossier-search/8 std-tokenizer hant-hans nfkc-cf ascii-fold cjk-uni-bi "
            + "en-minimal+de-light tails>=7 offsets";

    /** Compounds have at least two parts: shorter words get no tail term, which halves the tail terms of English text. */
    static final int MIN_TAIL_WORD_LENGTH = 7;

    enum Mode {
        /** Indexed and queried text: folded, CJK uni+bigrams, stemmed, compound tails. */
        TEXT,
        /** Like TEXT without stemming and tails: to locate hits in text that is not indexed. */
        SURFACE
    }

    private final Mode mode;

    DossierAnalyzer(Mode mode) {
        this.mode = mode;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new FoldingFilter(tokenizer);
        switch (mode) {
            case TEXT -> stream = new LightStemFilter(new CompoundTailFilter(bigrams(stream)));
            case SURFACE -> stream = bigrams(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    private static TokenStream bigrams(TokenStream stream) {
        int scripts = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
                | CJKBigramFilter.HANGUL;
        return new CJKBigramFilter(stream, scripts, true);
    }

    /** True when the term starts with a CJK ideograph, kana or hangul character. */
    static boolean isCjk(CharSequence term) {
        if (term.length() == 0 || term.charAt(0) < '\u1100') {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(Character.codePointAt(term, 0));
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
