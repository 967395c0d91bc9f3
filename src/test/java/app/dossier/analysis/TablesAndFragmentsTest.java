package app.dossier.analysis;

import app.dossier.importing.DocumentReader;
import app.dossier.importing.ExtractedDocument;
import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.model.Metric;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tables, declared units and verbless fragments, read as an import reads a file: through the document
 * reader, company discovery and figure extraction. Every company here is invented and no registry knows it.
 */
class TablesAndFragmentsTest {
    private static final DocumentReader READER = new DocumentReader();
    private static final ReportAnalysis ANALYSIS = new ReportAnalysis();
    private static final Vocabulary VOCABULARY = new Vocabulary(List.of(), List.of());

    private record Read(List<Figure> figures, List<Company> discovered) {
        String company(String namePrefix) {
            // a letterhead in capitals names the company as it is written elsewhere ("Brambleford Analytics")
            return discovered.stream().filter(c -> c.name().toUpperCase(java.util.Locale.ROOT).startsWith(namePrefix.toUpperCase(java.util.Locale.ROOT)))
                    .map(Company::id).findFirst()
                    .orElseThrow(() -> new AssertionError("no company " + namePrefix + " among " + discovered));
        }

        Figure find(String metric, double value) {
            return figures.stream().filter(f -> metric.equals(f.metric()) && Math.abs(f.value() - value) <= value * 1e-6)
                    .findFirst().orElseThrow(() -> new AssertionError("no " + metric + " of " + value + " in " + figures));
        }

        boolean noneValued(double value) {
            return figures.stream().noneMatch(f -> Math.abs(f.value() - value) <= Math.abs(value) * 1e-6);
        }
    }

    private static Read read(String file, String text) throws Exception {
        ExtractedDocument doc = READER.read(file, text.getBytes(StandardCharsets.UTF_8));
        ReportAnalysis.Result r = ANALYSIS.analyse(VOCABULARY, doc.text(), doc.language());
        return new Read(r.figures(), r.discovered());
    }

    @Test
    void aProspectusTableReadsYearsFromItsHeaderAndThousandsFromItsUnitNote() throws Exception {
        Read r = read("prospectus.txt", """
                澄暉智能科技股份有限公司
                （於中華人民共和國註冊成立的股份有限公司）

                財務摘要

                下表載列本公司於往績記錄期間的主要財務數據：

                                          截至12月31日止年度
                                     2023年          2024年
                                         （人民幣千元）
                收入                  52,300          97,840
                研發開支             (40,115)        (61,902)
                年內虧損             (33,870)        (28,455)

                本公司的營運資金充足。
                """);
        String company = r.company("澄暉智能");
        Figure revenue = r.find(Metric.REVENUE, 97.84e6);
        assertEquals(company, revenue.companyId(), "a table of the prospectus is about its issuer");
        assertEquals("CNY", revenue.currency());
        assertEquals("2024", revenue.period());
        assertEquals("year", revenue.per());
        assertEquals("2023", r.find(Metric.REVENUE, 52.3e6).period());
        assertEquals(company, r.find(Metric.RD_SPEND, 61.902e6).companyId());
        assertEquals("2023", r.find(Metric.NET_LOSS, 33.87e6).period(), "a loss in brackets is a loss, not a negative amount");
        assertTrue(r.noneValued(1000) && r.noneValued(2023) && r.noneValued(2024), "neither the unit nor a year is an amount");
    }

    @Test
    void aGermanFixedWidthTableTakesTheRateFromItsColumnHeader() throws Exception {
        Read r = read("notiz.txt", """
                Marktnotiz: Speicher-Start-ups im Vergleich

                Wir haben zwei junge Hersteller von Stationärspeichern betrachtet.

                Tabelle 2: Eckdaten (in Mio. €)

                Firma                    Umsatz 2024  Liquidität  Burn/Monat
                Kaltwerk Energie GmbH           7,2      31,0           1,3
                Sondral Batterien AG           12,9      18,4           0,9

                Quelle: Unternehmensangaben.
                """);
        String kaltwerk = r.company("Kaltwerk");
        Figure burn = r.find(Metric.BURN, 1.3e6);
        assertEquals(kaltwerk, burn.companyId());
        assertEquals("EUR", burn.currency());
        assertEquals("month", burn.per(), "the header says Burn per month");
        Figure revenue = r.find(Metric.REVENUE, 12.9e6);
        assertEquals(r.company("Sondral"), revenue.companyId());
        assertEquals("2024", revenue.period());
        assertEquals(kaltwerk, r.find(Metric.CASH, 31e6).companyId());
    }

    @Test
    void aQuarterHeaderOverTwoColumnsGivesEachCellItsQuarter() throws Exception {
        Read r = read("速览.txt", """
                速览：星桥芯片科技有限公司三季度业绩

                以下数字来自业绩会的演示材料。

                单位：人民币亿元
                              Q3'25      Q3'24
                营收           12.6        8.1
                毛利率        41.5%      37.0%
                研发费用        2.2        1.9

                整体来看，增长仍然主要来自数据中心客户。
                """);
        String company = r.company("星桥芯片");
        Figure now = r.find(Metric.REVENUE, 1.26e9);
        assertEquals(company, now.companyId());
        assertEquals("CNY", now.currency());
        assertEquals("2025Q3", now.period());
        assertEquals("2024Q3", r.find(Metric.REVENUE, 8.1e8).period());
        assertEquals("2025Q3", r.find(Metric.GROSS_MARGIN, 41.5).period());
        assertEquals(company, r.find(Metric.RD_SPEND, 1.9e8).companyId());
        assertTrue(r.noneValued(25) && r.noneValued(24), "the quarter labels are no amounts");
    }

    @Test
    void aMarkdownTableRowAboutNobodyNamedKeepsNoCompany() throws Exception {
        Read r = read("update.md", """
                # Portfolio update, third quarter

                Two of our holdings reported this month.

                | Company | City | Monthly net burn | Cash |
                |---|---|---|---|
                | Tarnwell Labs Ltd. | Leeds | £310K | £7.4M |
                | (undisclosed) | Berlin | €2.0M | €40M |
                """);
        Figure burn = r.find(Metric.BURN, 310e3);
        assertEquals(r.company("Tarnwell"), burn.companyId());
        assertEquals("GBP", burn.currency());
        assertEquals("month", burn.per());
        assertNull(r.find(Metric.BURN, 2e6).companyId(), "an unnamed holding is not the company of another row");
    }

    @Test
    void slideBulletsWithoutAVerbAreFiguresOfTheDeckCompany() throws Exception {
        Read r = read("deck.txt", """
                BRAMBLEFORD ANALYTICS LTD.
                Seed extension — investor update

                Highlights
                • ARR: $6.5M
                • Monthly burn — $0.45M
                • Gross margin 72%
                • Runway: 22 months
                """);
        String company = r.company("BRAMBLEFORD");
        Figure arr = r.find(Metric.REVENUE, 6.5e6);
        assertEquals(company, arr.companyId());
        assertEquals("year", arr.per());
        Figure burn = r.find(Metric.BURN, 450e3);
        assertEquals(company, burn.companyId());
        assertEquals("month", burn.per());
        assertEquals(company, r.find(Metric.GROSS_MARGIN, 72).companyId());
        assertTrue(r.figures().stream().noneMatch(f -> f.value() == 22 && f.currency() != null), "a runway in months is no money");
    }

    @Test
    void chineseKeyValueLinesAreFiguresOfTheCompanyOfTheTitle() throws Exception {
        Read r = read("简报.txt", """
                云砚科技有限公司 投资者简报

                - 年化收入：3.2亿元
                - 毛利率 48%
                - 每月现金消耗：1500万元
                """);
        String company = r.company("云砚科技");
        Figure revenue = r.find(Metric.REVENUE, 3.2e8);
        assertEquals(company, revenue.companyId());
        assertEquals("year", revenue.per());
        assertEquals(company, r.find(Metric.GROSS_MARGIN, 48).companyId());
        Figure burn = r.find(Metric.BURN, 1.5e7);
        assertEquals(company, burn.companyId());
        assertEquals("month", burn.per());
    }

    @Test
    void anHtmlTableIsReadByRowAndColumnAndAYearColumnIsNoAmount() throws Exception {
        Read r = read("markt.html", """
                <html><head><title>Sprachsoftware: wer den Markt hält</title></head><body><article>
                <h1>Sprachsoftware: wer den Markt hält</h1>
                <p>Im Markt für Diktiersoftware in Arztpraxen haben sich die Gewichte verschoben. Die folgende
                Übersicht beruht auf Angaben der Anbieter und eigenen Schätzungen der Redaktion.</p>
                <table>
                  <caption>Marktanteile nach Umsatz</caption>
                  <tr><th>Anbieter</th><th>Gegründet</th><th>Anteil 2024</th><th>Anteil 2025</th></tr>
                  <tr><td>Lindqvist Sprachtechnik GmbH</td><td>2011</td><td>31 %</td><td>27 %</td></tr>
                  <tr><td>Oberau Medical AG</td><td>2019</td><td>9 %</td><td>16 %</td></tr>
                </table>
                <p>Beide Anbieter wollen im kommenden Jahr auch Kliniken beliefern.</p>
                </article></body></html>
                """);
        Figure share = r.find(Metric.MARKET_SHARE, 16);
        assertEquals(r.company("Oberau"), share.companyId());
        assertEquals("2025", share.period());
        assertEquals("2024", r.find(Metric.MARKET_SHARE, 31).period());
        assertEquals(r.company("Lindqvist"), r.find(Metric.MARKET_SHARE, 27).companyId());
        assertTrue(r.noneValued(2011) && r.noneValued(2019), "a founding year is no amount");
    }

    @Test
    void aCurrencyNamedOnceKeepsTheBareYuanAfterItInATaiwaneseReport() throws Exception {
        Read r = read("法說.txt", """
                鈞澈光電股份有限公司法說會紀要

                鈞澈光電股份有限公司昨日舉行法說會，公布去年全年營收新台幣42.5億元，毛利率為27.4%。

                該公司研發費用達3.8億元，年增兩成。
                """);
        Figure rd = r.find(Metric.RD_SPEND, 3.8e8);
        assertEquals("TWD", rd.currency(), "新台幣 named once holds for the 元 after it");
        assertEquals(r.company("鈞澈光電"), rd.companyId());
    }

    @Test
    void aHongKongDollarInOneParagraphLeavesTheYuanOfAnotherAlone() throws Exception {
        Read r = read("快讯.txt", """
                岚渡智能科技有限公司完成新一轮融资

                岚渡智能科技有限公司的母公司此前在港股上市，发行价为每股12.5港元。

                岚渡智能科技有限公司去年营收为6.2亿元，同比增长四成。
                """);
        assertEquals("CNY", r.find(Metric.REVENUE, 6.2e8).currency());
    }

    @Test
    void aPdfTableIsRebuiltFromTextPositionsAndItsYearsAreRowLabels() throws Exception {
        ExtractedDocument doc = READER.read("memo.pdf", memoPdf());
        ReportAnalysis.Result result = ANALYSIS.analyse(VOCABULARY, doc.text(), doc.language());
        Read r = new Read(result.figures(), result.discovered());
        String company = r.company("Feldstrom");
        Figure revenue = r.find(Metric.REVENUE, 9.6e6);
        assertEquals(company, revenue.companyId());
        assertEquals("EUR", revenue.currency());
        assertEquals("2024", revenue.period());
        Figure loss = r.find(Metric.NET_LOSS, 3.1e6);
        assertEquals("2023", loss.period());
        assertEquals(company, loss.companyId());
        assertTrue(r.noneValued(2023) && r.noneValued(2023e6), "the year column holds no amounts");
    }

    /** A one-page memo: a title, a paragraph and a table whose cells are placed at their own x positions. */
    private static byte[] memoPdf() throws Exception {
        var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream c = new PDPageContentStream(pdf, page)) {
                line(c, bold, 18, 780, "Memo: Feldstrom Netze GmbH");
                line(c, font, 11, 740, "Die Feldstrom Netze GmbH plant Netzsoftware fuer Stadtwerke und sucht eine neue Runde.");
                line(c, font, 11, 724, "Die Kennzahlen der letzten beiden Jahre stehen unten (in Mio. EUR).");
                String[][] rows = {{"Jahr", "Umsatz", "Verlust"}, {"2023", "5,2", "3,1"}, {"2024", "9,6", "2,4"}};
                float y = 690;
                for (String[] row : rows) {
                    line(c, font, 11, y, row);
                    y -= 16;
                }
                line(c, font, 11, 620, "Wir empfehlen, die Runde zu begleiten.");
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** One line of text at the left margin, or the cells of a table row, each at its own column. */
    private static void line(PDPageContentStream c, PDType1Font font, float size, float y, String... cells) throws Exception {
        float[] columns = {60, 200, 320};
        for (int i = 0; i < cells.length; i++) {
            c.beginText();
            c.setFont(font, size);
            c.newLineAtOffset(columns[i], y);
            c.showText(cells[i]);
            c.endText();
        }
    }
}
