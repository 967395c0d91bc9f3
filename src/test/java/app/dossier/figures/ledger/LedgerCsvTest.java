package app.dossier.figures.ledger;

import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import app.dossier.model.Figure;
import app.dossier.model.Origin;
import app.dossier.model.ReviewStatus;
import app.dossier.money.Money;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LedgerCsvTest {
    private final Money money = new Money(Fixtures.RATES);

    private String csv(String currency) throws Exception {
        Figure f = new Figure("f1", "r1", "zp", "cash", 2.5e9, null, "CNY", null, null, false, 0, 12,
                "智谱账上有25亿人民币, 还有\"现金\"", Origin.AUTO, ReviewStatus.SUGGESTED);
        Ledger ledger = Ledger.of(List.of(f), Map.of("zp", new Company("zp", "Zhipu, AI", List.of(), List.of(), "company",
                CompanyOrigin.REGISTRY)), List.of(Fixtures.report("r1", "报告：智谱", LocalDate.of(2025, 1, 1))), List.of(), money);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LedgerCsv(money, currency).write(ledger.entries(), out);
        byte[] bytes = out.toByteArray();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3),
                "UTF-8 byte-order mark first");
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void chineseTextCommasAndQuotesAreQuotedTheSpreadsheetWay() throws Exception {
        String[] lines = csv(null).split("\r\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("figure_id,report_id,report_title,company_id,company,metric,value"), lines[0]);
        assertTrue(lines[1].contains(",报告：智谱,zp,\"Zhipu, AI\",cash,2500000000,,CNY,"), lines[1]);
        assertTrue(lines[1].endsWith(",\"智谱账上有25亿人民币, 还有\"\"现金\"\"\""), lines[1]);
        assertTrue(lines[1].contains(",25亿人民币,2.5 bn CNY,"), "written and normalised value: " + lines[1]);
    }

    @Test
    void aChosenCurrencyAddsAConvertedColumn() throws Exception {
        String[] lines = csv("usd").split("\r\n");
        assertTrue(lines[0].contains(",approx,value_in_USD,written,"), lines[0]);
        assertTrue(lines[1].contains(",false,350000000,25亿人民币,"), lines[1]);
    }
}
