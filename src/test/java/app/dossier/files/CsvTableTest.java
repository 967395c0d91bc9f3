package app.dossier.files;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every field written comes back from a CSV parser as written; nothing a spreadsheet would run survives. */
class CsvTableTest {
    private static final List<String> HEADER = List.of("quote", "value", "note");

    @Test
    void everyFieldReadsBackThroughACsvParser() throws Exception {
        List<List<String>> rows = List.of(
                List.of("智谱账上有25亿人民币, 还有\"现金\"", "2500000000", "line one\nline two"),
                Arrays.asList("Die Runde über 2,5 Mrd. €", "-12.5", null),
                List.of("  spaces at the edges  ", "1e9", "\"quoted\""));
        String[][] back = readBack(write(rows));
        assertArrayEquals(HEADER.toArray(), back[0]);
        assertArrayEquals(new String[]{"智谱账上有25亿人民币, 还有\"现金\"", "2500000000", "line one\nline two"}, back[1]);
        assertArrayEquals(new String[]{"Die Runde über 2,5 Mrd. €", "-12.5", ""}, back[2], "a negative number stays a number");
        assertArrayEquals(new String[]{"  spaces at the edges  ", "1e9", "\"quoted\""}, back[3]);
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreWrittenAsText() throws Exception {
        List<String> hostile = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1+cmd|' /C calc'!A0", "@SUM(A1:A9)");
        String[][] back = readBack(write(List.of(hostile, List.of("-2+3", "\tTAB", "ok"))));
        for (String[] row : Arrays.copyOfRange(back, 1, back.length)) {
            for (String cell : row) {
                assertTrue(cell.equals("ok") || cell.startsWith("'"), "neutralised: " + cell);
            }
        }
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")", back[1][0], "the text itself is kept");
    }

    @Test
    void theDialectIsUtf8WithAByteOrderMarkAndCrlfRows() throws Exception {
        byte[] bytes = write(List.of(List.of("a", "b", "c")));
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals("quote,value,note\r\na,b,c\r\n", new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    private static byte[] write(List<List<String>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvTable.write(HEADER, rows, out);
        return out.toByteArray();
    }

    private static String[][] readBack(byte[] bytes) throws Exception {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(text.substring(1))) {
            return it.readAll().toArray(String[][]::new);
        }
    }
}
