package app.dossier.annotations;

/**
 * Offsets in Java strings count UTF-16 units; W3C selectors and REFI-QDA count Unicode code points.
 * An emoji or a rare Han character (𠀀) before a passage makes the two differ.
 */
public final class CodePoints {
    private CodePoints() {
    }

    /** The code point offset of a UTF-16 offset (one inside a surrogate pair counts as the pair's start). */
    public static int fromUtf16(String text, int utf16Offset) {
        int clamped = Math.max(0, Math.min(text.length(), utf16Offset));
        return text.codePointCount(0, clamped);
    }

    /** The UTF-16 offset of a code point offset; past the end gives the text's length. */
    public static int toUtf16(String text, int codePointOffset) {
        if (codePointOffset <= 0) {
            return 0;
        }
        int total = text.codePointCount(0, text.length());
        if (codePointOffset >= total) {
            return text.length();
        }
        return text.offsetByCodePoints(0, codePointOffset);
    }
}
