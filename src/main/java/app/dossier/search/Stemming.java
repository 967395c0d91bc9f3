package app.dossier.search;

import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;

/**
 * The light stemming shared by indexing, querying and hit location, so all three agree by construction.
 * Reports mix German and English in one text, so every Latin word gets both light stemmers (English
 * plural first, then German inflection). Light stemmers only strip inflection endings; the occasional
 * over-stemmed English word is harmless because query and index are stemmed alike.
 */
final class Stemming {
    private static final ThreadLocal<GermanLightStemmer> GERMAN = ThreadLocal.withInitial(GermanLightStemmer::new);
    private static final EnglishMinimalStemmer ENGLISH = new EnglishMinimalStemmer();

    private Stemming() {
    }

    /** True for a folded word made of letters only (digits, "2,5", "gpt-4" are never stemmed). */
    static boolean isStemmable(CharSequence folded) {
        if (folded.length() < 3) {
            return false;
        }
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!(Character.isLetter(c) || c == '\'' || c == '\u2019')) {
                return false;
            }
        }
        return true;
    }

    /** Stems buffer[0, length) in place and returns the new length. */
    static int stem(char[] buffer, int length) {
        return stem(buffer, length, GERMAN.get());
    }

    /** german: a stemmer owned by the caller's thread (GermanLightStemmer is not thread-safe). */
    static int stem(char[] buffer, int length, GermanLightStemmer german) {
        int len = stripPossessive(buffer, length);
        len = ENGLISH.stem(buffer, len);
        return german.stem(buffer, len);
    }

    static String stem(String folded) {
        if (!isStemmable(folded)) {
            return folded;
        }
        char[] buffer = folded.toCharArray();
        return new String(buffer, 0, stem(buffer, buffer.length));
    }

    private static int stripPossessive(char[] buffer, int length) {
        if (length > 2 && (buffer[length - 1] == 's' || buffer[length - 1] == 'S')
                && (buffer[length - 2] == '\'' || buffer[length - 2] == '\u2019')) {
            return length - 2;
        }
        if (length > 1 && (buffer[length - 1] == '\'' || buffer[length - 1] == '\u2019')) {
            return length - 1;
        }
        return length;
    }
}
