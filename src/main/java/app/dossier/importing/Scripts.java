package app.dossier.importing;

/** Character classes the cleaning rules need: which characters are Chinese, which end a sentence. */
final class Scripts {
    private Scripts() {
    }

    static boolean isHan(int cp) {
        return cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Han, kana, hangul and the full-width punctuation that sits between them without spaces. */
    static boolean isCjk(int cp) {
        if (cp < 0x2000) {
            return cp == '·'; // fast path: Latin text never reaches the block lookups below
        }
        if (isHan(cp)) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.HIRAGANA
                || block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.HANGUL_SYLLABLES
                || cp == '“' || cp == '”' || cp == '‘' || cp == '’' || cp == '—' || cp == '…' || cp == '·';
    }

    /** Whether a line ends a sentence (or is a label introducing what follows); closing quotes look through. */
    static boolean endsSentence(CharSequence line) {
        int i = line.length();
        while (i > 0) {
            int cp = Character.codePointBefore(line, i);
            if (isClosingQuote(cp)) {
                i -= Character.charCount(cp);
                continue;
            }
            return switch (cp) {
                case '.', '!', '?', ':', ';', '。', '！', '？', '：', '；', '…' -> true;
                default -> false;
            };
        }
        return false;
    }

    private static boolean isClosingQuote(int cp) {
        return cp == '"' || cp == '”' || cp == '」' || cp == '』' || cp == '»' || cp == '’' || cp == '\'';
    }

    /** Characters after which a line cannot have ended a paragraph: the sentence goes on. */
    static boolean continuesSentence(int cp) {
        return switch (cp) {
            case ',', '，', '、', '(', '（', '“', '「', '『', '《', '【', '[', '/', '&', '+' -> true;
            default -> false;
        };
    }

    /** Display width: CJK characters take two columns, which is how line lengths compare across scripts. */
    static int width(CharSequence s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            w += isCjk(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    static int lastCodePoint(CharSequence s) {
        return s.length() == 0 ? -1 : Character.codePointBefore(s, s.length());
    }

    static int firstCodePoint(CharSequence s) {
        return s.length() == 0 ? -1 : Character.codePointAt(s, 0);
    }

    static boolean isLatinOrDigit(int cp) {
        return cp >= 0 && !isCjk(cp) && Character.isLetterOrDigit(cp);
    }
}
