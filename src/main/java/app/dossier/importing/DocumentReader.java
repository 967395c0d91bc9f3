package app.dossier.importing;

import java.nio.charset.StandardCharsets;

/** Turns a file's original bytes into a clean article. (stub: to be replaced by the real reader) */
public final class DocumentReader {
    /** Files above this size are refused rather than risk exhausting memory. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    public ExtractedDocument read(String fileName, byte[] bytes) throws UnreadableFileException {
        if (bytes.length == 0) {
            throw new UnreadableFileException("the file is empty");
        }
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        String title = text.lines().findFirst().orElse(fileName);
        return new ExtractedDocument(text, title, "other", null, fileName, "UTF-8", "txt");
    }
}
