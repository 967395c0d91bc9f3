package app.dossier.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real reports in ../shared (skipped when absent): every variant of a report passes the analyst's
 * checks from seeds.json, keeps the passages later stages quote, and encodings give the same text.
 */
class SeedReportsTest {
    private static final Path SHARED = Path.of("../shared");
    private static final Path REPORTS = SHARED.resolve("reports");
    /** Other renderings of the same report, by the first three characters of its file name. */
    private static final Map<String, List<String>> VARIANTS = Map.of(
            "000", List.of("encodings/000_utf16le_bom.txt", "pdf/000_printed.pdf"),
            "001", List.of("encodings/001_windows1252.txt"),
            "002", List.of("encodings/002_gb18030.txt", "pdf/002_printed.pdf"),
            "004", List.of("encodings/004_big5.txt", "html/004_page.html"));

    private final DocumentReader reader = new DocumentReader();

    @TestFactory
    List<DynamicTest> everyVariantOfEveryReportPassesTheAnalystChecks() throws IOException {
        JsonNode seeds = seeds();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode report : seeds.path("reports")) {
            String file = report.path("file").asText();
            List<String> files = new ArrayList<>(List.of(file));
            files.addAll(VARIANTS.getOrDefault(file.substring(0, 3), List.of()));
            for (String f : files) {
                tests.add(DynamicTest.dynamicTest(f, () -> assertPassesChecks(f, report)));
            }
        }
        return tests;
    }

    @Test
    void encodedVariantsGiveExactlyTheTextOfTheUtf8Original() throws Exception {
        assumeTrue(Files.isDirectory(REPORTS), "../shared/reports not present");
        assertEquals(read("000_dab799a64c1d8d54.txt").text(), read("encodings/000_utf16le_bom.txt").text());
        assertEquals(read("001_9ba8477b7f3a3f11.txt").text(), read("encodings/001_windows1252.txt").text());
        assertEquals(read("002_dae3750d1b6032d6.txt").text(), read("encodings/002_gb18030.txt").text());
        // the Big5 copy lost the characters Big5 cannot hold; otherwise the text must be identical
        String original = read("004_9d298c0c89e49da2.txt").text();
        String big5 = read("encodings/004_big5.txt").text();
        assertEquals(withoutCharactersOutside(original, Charset.forName("Big5")), big5);
    }

    @Test
    void encodingsAreNamedAsDetected() throws Exception {
        assumeTrue(Files.isDirectory(REPORTS), "../shared/reports not present");
        assertEquals("UTF-16LE", read("encodings/000_utf16le_bom.txt").charset());
        assertEquals("windows-1252", read("encodings/001_windows1252.txt").charset());
        assertEquals("GB18030", read("encodings/002_gb18030.txt").charset());
        assertTrue(read("encodings/004_big5.txt").charset().startsWith("Big5"));
    }

    private void assertPassesChecks(String file, JsonNode report) throws Exception {
        ExtractedDocument doc = read(file);
        String text = doc.text();
        assertEquals(report.path("language").asText(), doc.language(), "language");
        if (report.hasNonNull("title_contains")) {
            String expected = report.path("title_contains").asText();
            assertTrue(doc.title().contains(expected), () -> "title '" + doc.title() + "' lacks '" + expected + "'");
        }
        for (JsonNode keep : report.path("must_contain")) {
            assertTrue(text.contains(keep.asText()), () -> "lacks '" + keep.asText() + "'");
        }
        for (JsonNode bad : report.path("must_not_contain")) {
            assertTrue(!text.contains(bad.asText()), () -> "keeps '" + bad.asText() + "'");
        }
        String compact = withoutWhitespace(text);
        for (JsonNode figure : report.path("figures")) {
            String quote = figure.path("quote").asText();
            assertTrue(compact.contains(withoutWhitespace(quote)), () -> "figure quote lost: " + quote);
        }
        for (JsonNode theme : report.path("themes")) {
            String anchor = theme.path("anchor").asText();
            assertTrue(compact.contains(withoutWhitespace(anchor)), () -> "theme anchor lost: " + anchor);
        }
        assertTrue(!text.contains("\n\n\n") && !text.startsWith("\n") && !text.endsWith("\n"), "paragraphs separated by one blank line");
    }

    private ExtractedDocument read(String relative) throws Exception {
        Path path = REPORTS.resolve(relative);
        assumeTrue(Files.isRegularFile(path), path + " not present");
        return reader.read(path.getFileName().toString(), Files.readAllBytes(path));
    }

    private static JsonNode seeds() throws IOException {
        Path seeds = SHARED.resolve("golden/seeds.json");
        assumeTrue(Files.isRegularFile(seeds), "../shared/golden/seeds.json not present");
        return new ObjectMapper().readTree(seeds.toFile());
    }

    private static String withoutWhitespace(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static String withoutCharactersOutside(String s, Charset charset) {
        var encoder = charset.newEncoder();
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(cp -> Character.isBmpCodePoint(cp) && (cp < 0x80 || encoder.canEncode((char) cp)))
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
