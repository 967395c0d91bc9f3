package app.dossier.importing;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds the encoding of text bytes: a byte-order mark, then valid UTF-8, then a declared label, then the
 * legacy encodings users meet (GB18030, Big5, windows-1252) judged by how plausible their result reads,
 * and finally ICU's statistical guess for anything else.
 */
final class TextDecoder {
    /** Up to this many damaged sequences in otherwise valid UTF-8 are dropped rather than refusing the file. */
    private static final int TOLERATED_UTF8_ERRORS = 3;
    private static final int SAMPLE_CHARS = 200_000;
    private static final int MIN_ICU_CONFIDENCE = 50;

    record Decoded(String text, String charset) {
    }

    Decoded decode(byte[] bytes, String declaredLabel) throws UnreadableFileException {
        Optional<Decoded> bom = decodeWithBom(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<Charset> utf16 = utf16WithoutBom(bytes);
        if (utf16.isPresent()) {
            String name = utf16.get().name();
            return new Decoded(require(bytes, 0, utf16.get(), name), name);
        }
        Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), "UTF-8");
        }
        Optional<Charset> declared = CharsetLabels.resolve(declaredLabel);
        if (declared.isPresent()) {
            Optional<String> text = strict(bytes, declared.get());
            if (text.isPresent()) {
                return new Decoded(text.get(), declared.get().name());
            }
        }
        if (looksLikeDamagedUtf8(bytes)) {
            return decodeDamagedUtf8(bytes);
        }
        return decodeLegacy(bytes);
    }

    private Optional<Decoded> decodeWithBom(byte[] b) throws UnreadableFileException {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new Decoded(require(b, 3, StandardCharsets.UTF_8, "UTF-8"), "UTF-8"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new Decoded(require(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new Decoded(require(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE"));
        }
        return Optional.empty();
    }

    /** UTF-16 without a byte-order mark shows itself by zero bytes in every other position. */
    static Optional<Charset> utf16WithoutBom(byte[] b) {
        int sample = Math.min(b.length, 4096) & ~1;
        if (sample < 4) {
            return Optional.empty();
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < sample; i++) {
            if (b[i] == 0) {
                if ((i & 1) == 0) {
                    zeroEven++;
                } else {
                    zeroOdd++;
                }
            }
        }
        int pairs = sample / 2;
        if (zeroOdd > pairs * 0.3 && zeroEven < pairs * 0.02) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (zeroEven > pairs * 0.3 && zeroOdd < pairs * 0.02) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private String require(byte[] b, int offset, Charset cs, String name) throws UnreadableFileException {
        return strict(b, offset, cs).orElseThrow(() ->
                new UnreadableFileException("the bytes look like " + name + " text but are not valid " + name));
    }

    private static Optional<String> strict(byte[] b, Charset cs) {
        return strict(b, 0, cs);
    }

    static Optional<String> strict(byte[] b, int offset, Charset cs) {
        try {
            return Optional.of(cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Mostly well-formed multi-byte UTF-8 with a few broken sequences: a truncated or damaged UTF-8 file. */
    private static boolean looksLikeDamagedUtf8(byte[] b) {
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < b.length; ) {
            int lead = b[i] & 0xFF;
            int len = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            if (len == 1) {
                i++;
                continue;
            }
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += len;
            } else {
                invalid++;
                i++;
            }
        }
        return valid >= 4 && invalid * 10 < valid;
    }

    private Decoded decodeDamagedUtf8(byte[] bytes) throws UnreadableFileException {
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        long broken = lenient.chars().filter(c -> c == '\uFFFD').count();
        if (broken > TOLERATED_UTF8_ERRORS) {
            throw new UnreadableFileException("the text is damaged UTF-8: " + broken
                    + " byte sequences cannot be decoded (the file may be truncated or corrupted)");
        }
        return new Decoded(lenient.replace("\uFFFD", ""), "UTF-8");
    }

    private Decoded decodeLegacy(byte[] bytes) throws UnreadableFileException {
        HanCommonness han = new HanCommonness(); // holds encoders, which are not thread-safe
        Decoded best = null;
        double bestScore = 0;
        for (Charset cjk : new Charset[]{CharsetLabels.GB18030, CharsetLabels.BIG5}) {
            Optional<String> text = strict(bytes, cjk);
            if (text.isPresent() && han.hanCount(text.get(), SAMPLE_CHARS) > 0) {
                double score = han.score(text.get(), SAMPLE_CHARS);
                if (score > bestScore) {
                    bestScore = score;
                    best = new Decoded(text.get(), cjk.name());
                }
            }
        }
        if (best != null && bestScore >= 0.75) {
            return best;
        }
        Optional<String> latin = strict(bytes, CharsetLabels.WINDOWS_1252);
        if (latin.isPresent() && readsAsLatinText(latin.get())) {
            return new Decoded(latin.get(), "windows-1252");
        }
        Optional<Decoded> other = detectOtherEncoding(bytes);
        if (other.isPresent()) {
            return other.get();
        }
        throw new UnreadableFileException("the text cannot be decoded: its bytes are not valid UTF-8 and do not read as "
                + "GB18030, Big5 or windows-1252 text");
    }

    /** Less common encodings (Shift_JIS, EUC-KR, KOI8-R, ...): ICU's guess, accepted only if the result reads as words. */
    private static Optional<Decoded> detectOtherEncoding(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes.length > SAMPLE_CHARS ? java.util.Arrays.copyOf(bytes, SAMPLE_CHARS) : bytes);
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getConfidence() < MIN_ICU_CONFIDENCE || !Charset.isSupported(match.getName())) {
                continue;
            }
            Charset cs = Charset.forName(match.getName());
            Optional<String> text = strict(bytes, cs);
            if (text.isPresent() && mostlyLetters(text.get())) {
                return Optional.of(new Decoded(text.get(), cs.name()));
            }
        }
        return Optional.empty();
    }

    private static boolean mostlyLetters(String text) {
        int letters = 0;
        int visible = 0;
        int controls = 0;
        int end = Math.min(text.length(), SAMPLE_CHARS);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                controls++;
            } else if (!Character.isWhitespace(c)) {
                visible++;
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        return controls * 100 < end && letters * 2 >= visible;
    }

    /** windows-1252 decodes nearly anything; real text puts its accented letters inside words. */
    private static boolean readsAsLatinText(String text) {
        int nonAscii = 0;
        int inWord = 0;
        int controls = 0;
        int end = Math.min(text.length(), SAMPLE_CHARS);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
            if (c < 0x80) {
                continue;
            }
            nonAscii++;
            boolean letter = Character.isLetter(c);
            boolean besideLetter = (i > 0 && Character.isLetter(text.charAt(i - 1)))
                    || (i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)));
            if ((letter && besideLetter) || "€–—‘’‚“”„…•·«»°§©®±×÷£¥¢¡¿".indexOf(c) >= 0) {
                inWord++;
            }
        }
        return controls * 100 < end && (nonAscii == 0 || inWord >= nonAscii * 0.8);
    }
}
