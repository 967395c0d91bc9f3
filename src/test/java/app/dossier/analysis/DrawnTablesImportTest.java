package app.dossier.analysis;

import app.dossier.importing.DocumentReader;
import app.dossier.importing.ExtractedDocument;
import app.dossier.model.Figure;
import app.dossier.model.Metric;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tables drawn in plain text survive import as rows and columns: box-drawing frames are not joined to their
 * caption, and a table without outer bars keeps its header row (it is no link bar).
 */
class DrawnTablesImportTest {
    private static final DocumentReader READER = new DocumentReader();
    private static final ReportAnalysis ANALYSIS = new ReportAnalysis();
    private static final Vocabulary VOCABULARY = new Vocabulary(List.of(), List.of());

    private static List<Figure> figures(String file, String text) throws Exception {
        ExtractedDocument doc = READER.read(file, text.getBytes(StandardCharsets.UTF_8));
        return ANALYSIS.analyse(VOCABULARY, doc.text(), doc.language()).figures();
    }

    private static Figure find(List<Figure> figures, String metric, double value) {
        return figures.stream().filter(f -> metric.equals(f.metric()) && Math.abs(f.value() - value) <= value * 1e-6)
                .findFirst().orElseThrow(() -> new AssertionError("no " + metric + " of " + value + " in " + figures));
    }

    @Test
    void aBoxDrawnTableUnderItsUnitCaptionIsReadCellByCell() throws Exception {
        List<Figure> f = figures("新闻稿.txt", """
                青岚视觉科技有限公司完成B轮融资

                青岚视觉科技有限公司今日宣布完成B轮融资。公司专注于工业视觉检测。

                关键经营数据（单位：人民币万元）
                ┌────────────┬────────────┬────────────┐
                │ 项目       │   2023年度 │   2024年度 │
                ├────────────┼────────────┼────────────┤
                │ 营业收入   │      3,150 │      9,870 │
                │ 净亏损     │      6,020 │      7,440 │
                └────────────┴────────────┴────────────┘
                注：2024年数据未经审计。
                """);
        Figure revenue = find(f, Metric.REVENUE, 98.7e6);
        assertEquals("CNY", revenue.currency());
        assertEquals("2024", revenue.period());
        assertEquals("2023", find(f, Metric.NET_LOSS, 60.2e6).period());
    }

    @Test
    void aTableWithoutOuterBarsKeepsItsHeaderThroughImport() throws Exception {
        List<Figure> f = figures("memo.txt", """
                Investment memo: Krautwerk Robotics GmbH

                Krautwerk Robotics GmbH baut Greifarme für Lagerhäuser.

                Tabelle 1: Kennzahlen Krautwerk Robotics (in Mio. €)

                Jahr   | Umsatz | Verlust | Cash
                2023   |   2,4  |   9,8   | 22,0
                2024   |   5,1  |  12,6   | 30,5
                2025e  |  11,0  |   8,0   |  n/a

                Quelle: Jahresabschlüsse, Budget 2025.
                """);
        Figure revenue = find(f, Metric.REVENUE, 5.1e6);
        assertEquals("2024", revenue.period());
        assertEquals("EUR", revenue.currency());
        assertFalse(revenue.forecast());
        find(f, Metric.NET_LOSS, 12.6e6);
        find(f, Metric.CASH, 30.5e6);
        assertTrue(find(f, Metric.REVENUE, 11e6).forecast(), "the 2025e row is a plan");
    }
}
