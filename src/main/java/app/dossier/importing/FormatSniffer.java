package app.dossier.importing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** Decides what a file really is from its first bytes, trusting the file name ending only for text. */
final class FormatSniffer {
    enum Format { TXT, MD, HTML, PDF }

    private record Signature(byte[] magic, String what) {
    }

    private static final Signature[] BINARY_SIGNATURES = {
            sig(new int[]{'P', 'K', 3, 4}, "a ZIP archive (such as .docx, .xlsx or .epub)"),
            sig(new int[]{0x1F, 0x8B}, "a gzip archive"),
            sig(new int[]{0x89, 'P', 'N', 'G'}, "a PNG image"),
            sig(new int[]{'G', 'I', 'F', '8'}, "a GIF image"),
            sig(new int[]{0xFF, 0xD8, 0xFF}, "a JPEG image"),
            sig(new int[]{0xD0, 0xCF, 0x11, 0xE0}, "an old Microsoft Office document"),
            sig(new int[]{'R', 'a', 'r', '!'}, "a RAR archive"),
            sig(new int[]{'7', 'z', 0xBC, 0xAF}, "a 7-Zip archive"),
            sig(new int[]{0x7F, 'E', 'L', 'F'}, "a program"),
            sig(new int[]{'{', '\\', 'r', 't', 'f'}, "an RTF document"),
    };

    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>])",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static Signature sig(int[] magic, String what) {
        byte[] b = new byte[magic.length];
        for (int i = 0; i < magic.length; i++) {
            b[i] = (byte) magic[i];
        }
        return new Signature(b, what);
    }

    /** Throws for binary content; tells PDF from text otherwise (text flavour decided after decoding). */
    static boolean isPdf(String fileName, byte[] bytes) throws UnreadableFileException {
        if (startsWithPdfHeader(bytes)) {
            return true;
        }
        for (Signature s : BINARY_SIGNATURES) {
            if (startsWith(bytes, s.magic())) {
                throw new UnreadableFileException("binary data, not text: the content is " + s.what()
                        + (hasEnding(fileName, ".pdf") ? "" : ", whatever its name says"));
            }
        }
        if (hasEnding(fileName, ".pdf") && looksBinary(bytes)) {
            throw new UnreadableFileException("named like a PDF but the content is not a PDF (no %PDF header)");
        }
        if (looksBinary(bytes)) {
            throw new UnreadableFileException("binary data, not text");
        }
        return false;
    }

    static Format textFormat(String fileName, String text) {
        String head = text.substring(0, Math.min(text.length(), 2048));
        if (HTML_START.matcher(head).find()) {
            return Format.HTML;
        }
        if (hasEnding(fileName, ".html") || hasEnding(fileName, ".htm") || hasEnding(fileName, ".xhtml")) {
            return head.indexOf('<') >= 0 ? Format.HTML : Format.TXT;
        }
        if (hasEnding(fileName, ".md") || hasEnding(fileName, ".markdown") || MarkdownCleaner.looksLikeMarkdown(text)) {
            return Format.MD;
        }
        return Format.TXT;
    }

    /** The PDF header may follow some junk, but within the first kilobyte (as readers accept). */
    private static boolean startsWithPdfHeader(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    /** Control bytes that no text encoding we read produces, unless it is BOM-less UTF-16. */
    private static boolean looksBinary(byte[] bytes) {
        if (TextDecoder.utf16WithoutBom(bytes).isPresent() || hasUtf16Bom(bytes)) {
            return false;
        }
        int sample = Math.min(bytes.length, 65_536);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        return controls * 100 > sample;
    }

    private static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && (((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) || ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF));
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean hasEnding(String fileName, String ending) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(ending);
    }
}
