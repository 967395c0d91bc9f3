package app.dossier.importing;

/**
 * Tells text in some language from characters that only look like text: what a damaged or truncated PDF
 * yields when its bytes are read through a font's encoding (symbols everywhere, words without vowels,
 * case changing inside words, rare Han characters in no particular order). Real reports, even tables of
 * figures, pass easily; the thresholds sit far from both.
 */
final class Readability {
    private static final int SAMPLE_CHARS = 50_000;
    /** Too little text says nothing either way. */
    private static final int MIN_EVIDENCE = 200;
    /** Real text, tables included, is letters, digits and ordinary punctuation. */
    private static final double MAX_ODD_SHARE = 0.2;
    /** English and German run at 0.37-0.42 vowels per Latin letter; random letters at about 0.23. */
    private static final double MIN_VOWEL_SHARE = 0.28;
    /** Words like "OpenAI" are rare; in garbage every other word changes case inside it. */
    private static final double MAX_CASE_BROKEN_WORDS = 0.3;
    /** Real Chinese is nearly all frequent characters; the wrong bytes scatter over rare ones. */
    private static final double MIN_HAN_COMMONNESS = 0.5;

    private static final String VOWELS = "aeiouyäöüàáâãåèéêëìíîïòóôõùúûÿæœ";
    private static final String ORDINARY = ".,;:!?'\"()[]-–—%/&…“”‘’„«»·•*+=#@$€£¥|_。，、；：！？「」『』（）《》〈〉【】％";

    private Readability() {
    }

    static boolean looksLikeLanguage(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        int visible = 0;
        int odd = 0;
        int latin = 0;
        int vowels = 0;
        int han = 0;
        int words = 0;
        int caseBroken = 0;
        int wordLength = 0;
        boolean lowerSeen = false;
        boolean broken = false;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            boolean latinLetter = Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
            if (latinLetter) {
                visible++;
                latin++;
                if (VOWELS.indexOf(Character.toLowerCase(cp)) >= 0) {
                    vowels++;
                }
                broken |= lowerSeen && Character.isUpperCase(cp);
                lowerSeen |= Character.isLowerCase(cp);
                wordLength++;
                continue;
            }
            if (wordLength >= 3) {
                words++;
                caseBroken += broken ? 1 : 0;
            }
            wordLength = 0;
            lowerSeen = false;
            broken = false;
            if (Character.isWhitespace(cp)) {
                continue;
            }
            visible++;
            if (Scripts.isHan(cp)) {
                han++;
            } else if (!Character.isLetterOrDigit(cp) && ORDINARY.indexOf(cp) < 0) {
                odd++;
            }
        }
        if (visible < MIN_EVIDENCE) {
            return true;
        }
        if ((double) odd / visible > MAX_ODD_SHARE) {
            return false;
        }
        if (latin >= han) {
            // Latin words inside Chinese are mostly names ("OpenAI", "DeepSeek"): judged only where Latin leads
            return latin < MIN_EVIDENCE || (double) vowels / latin >= MIN_VOWEL_SHARE
                    && (words == 0 || (double) caseBroken / words <= MAX_CASE_BROKEN_WORDS);
        }
        return han < MIN_EVIDENCE || new HanCommonness().score(sample, SAMPLE_CHARS) >= MIN_HAN_COMMONNESS;
    }
}
