package app.dossier.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The matrix command over the sample reports: read back with a CSV parser, with POI, and as Markdown. */
class MatrixCliTest {
    @TempDir
    static Path dir;
    static Path library;

    @BeforeAll
    static void importSamples() {
        library = dir.resolve("lib");
        Run run = Run.of("import", "--library", library.toString(), Path.of("assets/samples").toAbsolutePath().toString());
        assertEquals(0, run.code(), run.err());
    }

    @Test
    void csvHasOneRowPerCompanyAndASourcesColumnQuotingThePassage() throws Exception {
        Path csv = dir.resolve("matrix.csv");
        Run run = Run.of("matrix", "--library", library.toString(), "--companies", "Zhipu AI,Cohere",
                "--metrics", "cash,burn,runway", "--currency", "EUR", "--out", csv.toString());
        assertEquals(0, run.code(), run.err());
        List<String[]> rows = readCsv(csv);
        List<String> header = Arrays.asList(rows.get(0));
        assertEquals(List.of("company", "company_id", "cash", "cash_unit", "cash_as_of", "cash_state", "cash_note",
                "cash_sources"), header.subList(0, 8));
        assertEquals(3, rows.size(), "a header and the two companies asked for, in that order");
        String[] zhipu = rows.get(1);
        assertEquals("Zhipu AI", zhipu[0]);
        assertEquals(2.5e9 * rate("CNY") / rate("EUR"), Double.parseDouble(zhipu[header.indexOf("cash")]), 1e6);
        assertEquals("EUR", zhipu[header.indexOf("cash_unit")]);
        assertEquals("2026-07-02", zhipu[header.indexOf("cash_as_of")]);
        assertEquals("suggested", zhipu[header.indexOf("cash_state")]);
        assertTrue(zhipu[header.indexOf("cash_sources")].contains("25 億元人民幣"), zhipu[header.indexOf("cash_sources")]);
        assertTrue(zhipu[header.indexOf("cash_sources")].contains("大模型公司的燒錢賬本, 2026-07-02"));
        assertEquals(8.33, Double.parseDouble(zhipu[header.indexOf("runway")]), 0.01);
        assertEquals("computed", zhipu[header.indexOf("runway_state")]);
        assertEquals("Cohere", rows.get(2)[0]);
        assertTrue(run.out().contains("\"cells\":6"), run.out());
    }

    @Test
    void sortByRunwayPutsTheShortestFirstAndCompaniesWithoutOneLast() throws Exception {
        Run run = Run.of("matrix", "--library", library.toString(), "--companies", "Mistral AI,MiniMax,Zhipu AI,Cohere",
                "--metrics", "cash,burn,runway", "--sort", "runway");
        assertEquals(0, run.code(), run.err());
        List<String> order = parseCsv(run.out()).stream().skip(1).map(r -> r[0]).toList();
        assertEquals(List.of("Zhipu AI", "Cohere", "MiniMax", "Mistral AI"), order,
                "8.3, 20 and 35 months; Mistral AI gives no cash, so it has no runway and comes last");
        Run down = Run.of("matrix", "--library", library.toString(), "--companies", "Mistral AI,MiniMax,Zhipu AI,Cohere",
                "--metrics", "runway", "--sort", "runway:desc");
        assertEquals(List.of("MiniMax", "Cohere", "Zhipu AI", "Mistral AI"),
                parseCsv(down.out()).stream().skip(1).map(r -> r[0]).toList(), "largest first, the empty cell still last");
        Run wrong = Run.of("matrix", "--library", library.toString(), "--all", "--sort", "height");
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains("height"), wrong.err());
    }

    @Test
    void xlsxHoldsNumbersAndSourcesInTheirOwnColumns() throws Exception {
        Path xlsx = dir.resolve("matrix.xlsx");
        Run run = Run.of("matrix", "--library", library.toString(), "--all", "--metrics", "valuation,funding",
                "--out", xlsx.toString());
        assertEquals(0, run.code(), run.err());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            Row mistral = null;
            for (Row r : sheet) {
                if (r.getCell(0).getStringCellValue().equals("Mistral AI")) {
                    mistral = r;
                }
            }
            assertTrue(mistral != null, "Mistral AI has a valuation and a round in the samples");
            double valuation = mistral.getCell(header.indexOf("valuation")).getNumericCellValue();
            assertEquals(11.7e9 * rate("EUR"), valuation, 1e7, "euros converted to the default USD");
            assertTrue(mistral.getCell(header.indexOf("valuation_sources")).getStringCellValue()
                    .contains("Runway check"));
        }
    }

    @Test
    void markdownCitesEveryValueInAFootnoteAndUnknownNamesAreUsageErrors() throws Exception {
        Path md = dir.resolve("matrix.md");
        assertEquals(0, Run.of("matrix", "--library", library.toString(), "--companies", "cohere", "--metrics", "cash",
                "--out", md.toString()).code());
        String text = Files.readString(md);
        assertTrue(text.contains("| Cohere | ~500 M USD[^1]"), text);
        assertTrue(text.contains("[^1]: Runway check: how long can the model labs keep spending?, 2026-05-04: “"), text);
        Run unknown = Run.of("matrix", "--library", library.toString(), "--companies", "Nobody Inc", "--out",
                dir.resolve("x.csv").toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no company named Nobody Inc"), unknown.err());
        assertEquals(2, Run.of("matrix", "--library", library.toString(), "--metrics", "cash,mood").code());
        assertTrue(Files.notExists(dir.resolve("x.csv")));
    }

    private static double rate(String currency) {
        return app.dossier.money.ExchangeRates.defaults().rate(currency, "USD");
    }

    static List<String[]> readCsv(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        return parseCsv(text);
    }

    static List<String[]> parseCsv(String text) throws Exception {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(body)) {
            return it.readAll();
        }
    }
}
