package app.dossier.importing;

import app.dossier.library.Library;
import app.dossier.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The near-duplicate rule measured on real versions of one article: txt, HTML and PDF (printed by
 * Chromium) of the sample reports, the seed reports in other encodings, HTML and print, and two
 * different articles on one topic, which must stay apart.
 */
class NearDuplicatesTest {
    @TempDir
    Path dir;

    /** The article a file is a version of: its name up to the first '.' or '_' after the number. */
    private static String article(String file) {
        String base = file.replaceAll("\\.[a-z]+$", "");
        return base.matches("\\d{3}_.*") ? base.substring(0, 3) : base;
    }

    @Test
    void versionsOfOneArticleAreNearDuplicatesAndDifferentArticlesAreNot() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> own = Files.list(Path.of("src/test/resources/versions"))) {
            own.forEach(files::add);
        }
        Path shared = Path.of("../shared/reports");
        if (Files.isDirectory(shared)) {
            try (Stream<Path> real = Files.walk(shared)) {
                real.filter(p -> p.toString().matches(".*\\.(txt|html|pdf)$")).forEach(files::add);
            }
        } else {
            // never a silent narrowing: the output says the shared reports were not compared
            System.out.println("near-duplicates: " + shared.toAbsolutePath() + " is absent; compared on the project's own versions only");
        }
        Map<String, byte[]> signatures = new TreeMap<>();
        try (Library library = Library.open(dir.resolve("lib"))) {
            for (Path f : files) {
                var outcome = library.importer().importFile(f);
                Report r = library.report(outcome.reportId()).orElseThrow(() -> new AssertionError(f + " " + outcome));
                if (NearDuplicates.letters(r.text()).length() < NearDuplicates.MIN_LETTERS) {
                    // too little text to tell (a PDF whose body the reader lost keeps its title only)
                    System.out.println("near-duplicates: too short to compare: " + f.getFileName());
                    continue;
                }
                signatures.put(f.getFileName().toString(), NearDuplicates.signature(r.text()));
            }
        }
        double lowestSame = 1;
        double highestDifferent = 0;
        StringBuilder table = new StringBuilder();
        List<String> names = new ArrayList<>(signatures.keySet());
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                double s = NearDuplicates.similarity(signatures.get(names.get(i)), signatures.get(names.get(j)));
                boolean same = article(names.get(i)).equals(article(names.get(j)));
                if (same) {
                    lowestSame = Math.min(lowestSame, s);
                    table.append(String.format("same %.2f %s %s%n", s, names.get(i), names.get(j)));
                } else {
                    highestDifferent = Math.max(highestDifferent, s);
                    if (s > 0.02) {
                        table.append(String.format("diff %.2f %s %s%n", s, names.get(i), names.get(j)));
                    }
                }
            }
        }
        System.out.printf("near-duplicates: versions of one article %.2f and above, different articles %.2f at most%n%s",
                lowestSame, highestDifferent, table);
        assertTrue(lowestSame >= NearDuplicates.SAME_ARTICLE, "a version falls below the threshold:\n" + table);
        assertTrue(highestDifferent < NearDuplicates.SAME_ARTICLE, "different articles would merge:\n" + table);
    }

    @Test
    void aStoredSignatureTellsVersionsApartAsTheWholeOneDoes() {
        String article = "Lindenhall Robotics hat 14 Millionen Euro eingesammelt, angeführt von einem Münchner Fonds. "
                + "Das Geld soll in eine zweite Fertigungslinie und in den Vertrieb in Skandinavien fließen, sagte die Firma.";
        String reflowed = "LINDENHALL ROBOTICS\n\n" + article.replace(", ", ",\n");
        String other = "Marrowfield Labs sells scheduling software to regional hospitals and reported revenue of 9 million "
                + "dollars last year, up from 6 million, while its losses narrowed to 2 million dollars.";
        byte[] a = NearDuplicates.signature(article);
        byte[] b = NearDuplicates.signature(reflowed);
        byte[] c = NearDuplicates.signature(other);
        assertEquals(256, NearDuplicates.stored(a).length, "a stored signature keeps 16 bits of each of its 128 values");
        for (byte[][] pair : new byte[][][]{{a, b}, {a, c}, {b, c}}) {
            double whole = NearDuplicates.similarity(pair[0], pair[1]);
            // a library compares a new report's whole signature with the stored ones of the reports it holds
            assertEquals(whole, NearDuplicates.similarity(pair[0], NearDuplicates.stored(pair[1])), 1.0 / 128);
            assertEquals(whole, NearDuplicates.similarity(NearDuplicates.stored(pair[0]), NearDuplicates.stored(pair[1])), 1.0 / 128);
        }
        assertTrue(NearDuplicates.similarity(a, NearDuplicates.stored(b)) >= NearDuplicates.SAME_ARTICLE);
        assertTrue(NearDuplicates.similarity(a, NearDuplicates.stored(c)) < NearDuplicates.SAME_ARTICLE);
    }
}
