package app.dossier.testsupport;

import app.dossier.importing.DocumentReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The report texts the project may develop against, read through the real import: the sample reports,
 * the held-out test reports and, when present beside the worktree, the shared seed reports.
 */
public final class CorpusTexts {
    public record Text(String name, String text) {
    }

    private static final Path SHARED_REPORTS = Path.of("../shared/reports");

    private CorpusTexts() {
    }

    public static List<Text> all() throws IOException {
        List<Path> roots = new ArrayList<>(List.of(Path.of("assets/samples"), Path.of("src/test/resources/heldout"),
                Path.of("src/test/resources/tagging/holdout")));
        if (Files.isDirectory(SHARED_REPORTS)) {
            roots.add(SHARED_REPORTS);
        } else {
            System.out.println("CorpusTexts: " + SHARED_REPORTS.toAbsolutePath() + " is absent; compared on the project's own reports only");
        }
        DocumentReader reader = new DocumentReader();
        List<Text> texts = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).filter(CorpusTexts::isReport).sorted().toList()) {
                    try {
                        String text = reader.read(f.getFileName().toString(), Files.readAllBytes(f)).text();
                        if (text != null && !text.isBlank()) {
                            texts.add(new Text(f.toString(), text));
                        }
                    } catch (Exception unreadable) {
                        // some fixtures are broken on purpose: they test the import, not the analysis
                    }
                }
            }
        }
        return texts;
    }

    private static boolean isReport(Path f) {
        String name = f.getFileName().toString();
        return !name.endsWith(".json") && !name.equals("DONE") && !name.equals("README.md");
    }
}
