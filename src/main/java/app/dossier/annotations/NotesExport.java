package app.dossier.annotations;

import app.dossier.files.SafeOutput;
import app.dossier.store.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Writes notes in one of the export formats, to a temporary file moved into place when complete. */
public final class NotesExport {
    public enum Format {
        W3C("w3c", "W3C Web Annotations (JSON-LD)", "jsonld"),
        CSV("csv", "Table of quotes (CSV)", "csv"),
        XLSX("xlsx", "Table of quotes (Excel)", "xlsx"),
        MD("md", "Memo (Markdown)", "md"),
        QDPX("qdpx", "REFI-QDA project (QDPX)", "qdpx");

        private final String id;
        private final String label;
        private final String extension;

        Format(String id, String label, String extension) {
            this.id = id;
            this.label = label;
            this.extension = extension;
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }

        public String extension() {
            return extension;
        }

        public static Optional<Format> fromId(String id) {
            return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id == null ? "" : id)).findFirst();
        }

        public static String ids() {
            return String.join("|", Arrays.stream(values()).map(Format::id).toList());
        }
    }

    private NotesExport() {
    }

    /** Writes the corpus (already scoped) to the file, whole or not at all; {@code title} heads the memo and names the project. */
    public static void write(NotesCorpus corpus, Format format, String title, Path file) throws IOException {
        SafeOutput.write(file, out -> write(corpus, format, title, out));
    }

    public static void write(NotesCorpus corpus, Format format, String title, OutputStream out) throws IOException {
        switch (format) {
            case W3C -> Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(nonClosing(out),
                    W3cAnnotations.collection(corpus.annotations(), corpus.reportsById(), title));
            case CSV -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                QuoteTable.csv(QuoteRow.of(corpus), w);
                w.flush();
            }
            case XLSX -> QuoteTable.xlsx(QuoteRow.of(corpus), out);
            case MD -> out.write(MemoMarkdown.render(corpus, title).getBytes(StandardCharsets.UTF_8));
            case QDPX -> QdpxExport.write(corpus, title, out);
            default -> throw new IllegalArgumentException(format.toString());
        }
        out.flush();
    }

    /** A title for what a scope covers: "Notes on OpenAI", "Notes: <report title>". */
    public static String title(NotesCorpus corpus, Scope scope) {
        return switch (scope.kind()) {
            case ALL -> "Notes";
            case REPORT -> "Notes: " + Optional.ofNullable(corpus.reportsById().get(scope.id()))
                    .map(r -> r.title()).orElse(scope.id());
            case COMPANY -> "Notes on " + corpus.companyName(scope.id());
            case THEME -> "Notes on " + corpus.themeName(scope.id()).toLowerCase(Locale.ROOT).charAt(0)
                    + corpus.themeName(scope.id()).substring(1);
        };
    }

    private static OutputStream nonClosing(OutputStream s) {
        return new java.io.FilterOutputStream(s) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
