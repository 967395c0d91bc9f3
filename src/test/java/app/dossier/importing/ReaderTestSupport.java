package app.dossier.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Reads fixture text through the whole reader, as an import would. */
final class ReaderTestSupport {
    static final DocumentReader READER = new DocumentReader();

    private ReaderTestSupport() {
    }

    static ExtractedDocument read(String fileName, String text) throws UnreadableFileException {
        return READER.read(fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    static ExtractedDocument read(String fileName, String text, Charset charset) throws UnreadableFileException {
        return READER.read(fileName, text.getBytes(charset));
    }
}
