package app.dossier.search;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds each token to one spelling: traditional Han to simplified (ICU "Hant-Hans"), NFKC case folding
 * (width, case, ß), then Latin diacritics to ASCII (Größe → grosse). Offsets are untouched, so they still
 * point into the original text.
 *
 * <p>Same result as ICUTransformFilter + ICUNormalizer2Filter + ASCIIFoldingFilter, about ten times faster:
 * the tokenizer emits every ideograph as its own token, so its folded form is computed once per code
 * point and cached, and plain ASCII words only need lower-casing.
 */
final class FoldingFilter extends TokenFilter {
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Transliterator SIMPLIFY = Transliterator.getInstance("Hant-Hans");
    private static final int CACHED_CODE_POINTS = 0x30000;
    private static final String[] FOLDED_CODE_POINT = new String[CACHED_CODE_POINTS];

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    FoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        if (isAscii(buffer, length)) {
            for (int i = 0; i < length; i++) {
                char c = buffer[i];
                if (c >= 'A' && c <= 'Z') {
                    buffer[i] = (char) (c + ('a' - 'A'));
                }
            }
            return true;
        }
        int first = Character.codePointAt(buffer, 0, length);
        String result = Character.charCount(first) == length && first < CACHED_CODE_POINTS
                ? foldCodePoint(first) : fold(term.toString());
        term.setEmpty().append(result);
        return true;
    }

    /** The folded form of any string, as tokens are folded. */
    static String fold(String text) {
        String simplified = containsHan(text) ? simplify(text) : text;
        String normalized = NFKC_CASEFOLD.normalize(simplified);
        char[] out = new char[normalized.length() * 4];
        int length = ASCIIFoldingFilter.foldToASCII(normalized.toCharArray(), 0, out, 0, normalized.length());
        return new String(out, 0, length);
    }

    private static String foldCodePoint(int codePoint) {
        String cached = FOLDED_CODE_POINT[codePoint];
        if (cached == null) {
            cached = fold(new String(Character.toChars(codePoint)));
            FOLDED_CODE_POINT[codePoint] = cached; // racing threads store equal strings
        }
        return cached;
    }

    private static String simplify(String text) {
        synchronized (SIMPLIFY) {
            return SIMPLIFY.transliterate(text);
        }
    }

    private static boolean containsHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static boolean isAscii(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
