package app.dossier.memo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Writes a memo in the format its file ending names: .md (charts beside it), .docx or .pdf. */
public final class MemoExport {
    public enum Format { MD, DOCX, PDF }

    private MemoExport() {
    }

    /** The format of a file ending; null for any other. */
    public static Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") ? Format.MD : name.endsWith(".docx") ? Format.DOCX
                : name.endsWith(".pdf") ? Format.PDF : null;
    }

    /** Writes the memo; for Markdown, what became of its chart images (null for DOCX and PDF). */
    public static ChartFiles write(Memo memo, Path file) throws IOException {
        Format format = formatOf(file);
        if (format == null) {
            throw new IllegalArgumentException(file.getFileName() + ": a memo is written as .md, .docx or .pdf");
        }
        switch (format) {
            case MD -> {
                return MemoMarkdown.write(memo, file);
            }
            case DOCX -> MemoDocx.write(memo, file);
            case PDF -> MemoPdf.write(memo, file);
        }
        return null;
    }
}
