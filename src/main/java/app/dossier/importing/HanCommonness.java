package app.dossier.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Tells whether decoded Chinese reads like Chinese: real text consists almost only of the frequent
 * characters (GB2312 level 1 for simplified, Big5 level 1 for traditional), while bytes decoded with the
 * wrong Chinese encoding scatter over rare characters and symbols.
 */
final class HanCommonness {
    private final CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
    private final CharsetEncoder big5 = Charset.forName("Big5").newEncoder();
    private final ByteBuffer out = ByteBuffer.allocate(8);

    /** Share of the non-ASCII characters that are frequent Han characters or CJK punctuation; 0 when none. */
    double score(String text, int limit) {
        int nonAscii = 0;
        int plausible = 0;
        int end = Math.min(text.length(), limit);
        for (int i = 0; i < end; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                continue;
            }
            nonAscii++;
            if (isCommonPunctuation(cp) || (Scripts.isHan(cp) && isFrequentHan(cp))) {
                plausible++;
            }
        }
        return nonAscii == 0 ? 0 : (double) plausible / nonAscii;
    }

    int hanCount(String text, int limit) {
        int n = 0;
        int end = Math.min(text.length(), limit);
        for (int i = 0; i < end; i++) {
            if (Scripts.isHan(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean isCommonPunctuation(int cp) {
        return (cp >= 0x3000 && cp <= 0x3011) || (cp >= 0xFF01 && cp <= 0xFF1F) || cp == '“' || cp == '”'
                || cp == '‘' || cp == '’' || cp == '—' || cp == '…' || cp == '·';
    }

    private boolean isFrequentHan(int cp) {
        if (Character.isSupplementaryCodePoint(cp)) {
            return false;
        }
        int gb = leadByte(gb2312, (char) cp);
        if (gb >= 0xB0 && gb <= 0xD7) {
            return true;
        }
        int b5 = leadByte(big5, (char) cp);
        return b5 >= 0xA4 && b5 <= 0xC6;
    }

    private int leadByte(CharsetEncoder encoder, char c) {
        if (!encoder.canEncode(c)) {
            return -1;
        }
        out.clear();
        encoder.reset();
        var result = encoder.encode(CharBuffer.wrap(new char[]{c}), out, true);
        if (result.isError() || out.position() != 2) {
            return -1;
        }
        return out.get(0) & 0xFF;
    }
}
