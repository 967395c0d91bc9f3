package app.dossier.library.insights;

/** Cuts readable excerpts out of a report text: the sentence around a mention, or a capped passage. */
public final class Excerpts {
    /** Ends a sentence in the languages the library holds (Latin punctuation, CJK full-width marks). */
    private static final String SENTENCE_END = ".!?。！？；;";
    private static final int SIDE = 180;

    private Excerpts() {
    }

    /** The span of the sentence holding [start, end), kept within its paragraph and at most ~SIDE chars each side. */
    public static int[] sentenceAround(String text, int start, int end) {
        int from = start;
        int limit = Math.max(0, start - SIDE);
        while (from > limit) {
            char c = text.charAt(from - 1);
            if (c == '\n' && from >= 2 && text.charAt(from - 2) == '\n') {
                break;
            }
            if (isSentenceEnd(text, from - 1)) {
                break;
            }
            from--;
        }
        int to = end;
        int max = Math.min(text.length(), end + SIDE);
        while (to < max) {
            char c = text.charAt(to);
            if (c == '\n' && to + 1 < text.length() && text.charAt(to + 1) == '\n') {
                break;
            }
            to++;
            if (isSentenceEnd(text, to - 1)) {
                break;
            }
        }
        while (from < start && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > end && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new int[]{from, to};
    }

    /** A full stop in "3.5" or "Inc.", followed by no space, does not end a Latin sentence; CJK marks always do. */
    private static boolean isSentenceEnd(String text, int i) {
        char c = text.charAt(i);
        if (SENTENCE_END.indexOf(c) < 0) {
            return false;
        }
        if (c > 0x2E80) {
            return true;
        }
        return i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
    }

    /** Text of [start, end) with line breaks flattened, shortened in the middle when longer than max. */
    public static String flat(String text, int start, int end, int max) {
        String s = text.substring(Math.max(0, start), Math.min(text.length(), end)).replaceAll("\\s*\\n\\s*", " ");
        if (s.length() <= max) {
            return s;
        }
        int half = max / 2;
        return s.substring(0, wordEnd(s, half, 0)).stripTrailing() + " … "
                + s.substring(wordStart(s, s.length() - half, s.length())).stripLeading();
    }

    /** Moves a cut at {@code at} forward past a partly cut Latin word (never beyond {@code limit}). */
    public static int wordStart(String text, int at, int limit) {
        if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) || !isLatin(text.charAt(at))) {
            return at;
        }
        int i = at;
        while (i < limit && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < limit ? i + 1 : at;
    }

    /** Moves a cut at {@code at} back before a partly cut Latin word (never before {@code limit}). */
    public static int wordEnd(String text, int at, int limit) {
        if (at >= text.length() || !Character.isLetterOrDigit(text.charAt(at)) || !isLatin(text.charAt(at - 1))) {
            return at;
        }
        int i = at;
        while (i > limit && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i > limit ? i - 1 : at;
    }

    private static boolean isLatin(char c) {
        return Character.isLetterOrDigit(c) && c < 0x2E80;
    }
}
