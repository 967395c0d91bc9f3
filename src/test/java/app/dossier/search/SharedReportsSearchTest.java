package app.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The five real reports of ../shared (skipped when absent), crudely cleaned. */
class SharedReportsSearchTest {
    private static final Path REPORTS = Path.of("../shared/reports");
    private static final Pattern CJK_WRAP = Pattern.compile("(?<=[\\p{IsHan}，。、；：！？“”（）])\\n(?=[\\p{IsHan}，。、；：！？“”（）])");
    private static final Pattern SINGLE_BREAK = Pattern.compile("(?<!\\n)\\n(?!\\n)");

    @TempDir
    static Path dir;
    private static SearchIndex index;
    private static List<IndexedReport> reports;

    @BeforeAll
    static void indexReports() throws IOException {
        assumeTrue(Files.isDirectory(REPORTS), "../shared/reports not present");
        try (Stream<Path> files = Files.list(REPORTS)) {
            reports = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted()
                    .map(SharedReportsSearchTest::read).toList();
        }
        index = SearchIndex.open(dir.resolve("index"));
        for (IndexedReport report : reports) {
            index.put(report);
        }
        index.commit();
    }

    @AfterAll
    static void close() throws IOException {
        if (index != null) {
            index.close();
        }
    }

    private static IndexedReport read(Path file) {
        try {
            String raw = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            String text = SINGLE_BREAK.matcher(CJK_WRAP.matcher(raw).replaceAll("")).replaceAll(" ");
            String id = file.getFileName().toString().substring(0, 3);
            return new IndexedReport(id, id, "", text, List.of(), List.of(), List.of());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> ids(String query) throws IOException {
        return index.search(query, 10).stream().map(SearchHit::reportId).collect(Collectors.toSet());
    }

    private static String covered(SearchHit hit) {
        IndexedReport report = reports.stream().filter(r -> r.reportId().equals(hit.reportId())).findFirst().orElseThrow();
        return report.text().substring(hit.start(), hit.end());
    }

    @Test
    void simplifiedCompanyNameFindsTheTraditionalReport() throws IOException {
        assertTrue(ids("智谱").contains("004"));
        index.search("智谱", 10).stream().filter(h -> h.reportId().equals("004"))
                .forEach(h -> assertEquals("智譜", covered(h)));
    }

    @Test
    void robotFoundInEitherScript() throws IOException {
        assertTrue(ids("机器人").containsAll(Set.of("002", "003", "004")), ids("机器人").toString());
        assertTrue(ids("機器人").containsAll(Set.of("002", "003", "004")), ids("機器人").toString());
    }

    @Test
    void germanCompoundHeadFound() throws IOException {
        assertTrue(ids("Orchestrierung").contains("000"));
        SearchHit hit = index.search("Orchestrierung", 10).get(0);
        assertEquals("Orchestrierungsebene", covered(hit));
    }

    @Test
    void phraseWrappedAcrossLinesFound() throws IOException {
        assertTrue(ids("\"Hugging Face\"").contains("002"));
    }
}
