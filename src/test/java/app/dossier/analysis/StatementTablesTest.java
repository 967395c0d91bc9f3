package app.dossier.analysis;

import app.dossier.importing.DocumentReader;
import app.dossier.importing.ExtractedDocument;
import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.model.Metric;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Financial statements as filings and decks print them: a header band over the years, a unit row, currency
 * signs and parentheses in the cells, line items that name costs, a definition of "we". Every company and
 * every sentence here is invented.
 */
class StatementTablesTest {
    private static final DocumentReader READER = new DocumentReader();
    private static final ReportAnalysis ANALYSIS = new ReportAnalysis();
    private static final Vocabulary VOCABULARY = new Vocabulary(List.of(), List.of());

    private record Read(String language, List<Figure> figures, List<Company> discovered) {
        Figure find(String metric, double value) {
            return figures.stream().filter(f -> metric.equals(f.metric()) && Math.abs(f.value() - value) <= value * 1e-6)
                    .findFirst().orElseThrow(() -> new AssertionError("no " + metric + " of " + value + " in " + figures));
        }

        boolean noneValued(double value) {
            return figures.stream().noneMatch(f -> Math.abs(f.value() - value) <= Math.abs(value) * 1e-6);
        }

        String company(String name) {
            return discovered.stream().filter(c -> c.name().startsWith(name)).map(Company::id).findFirst()
                    .orElseThrow(() -> new AssertionError("no company " + name + " among " + discovered));
        }
    }

    private static Read read(String file, String text) throws Exception {
        ExtractedDocument doc = READER.read(file, text.getBytes(StandardCharsets.UTF_8));
        ReportAnalysis.Result r = ANALYSIS.analyse(VOCABULARY, doc.text(), doc.language());
        return new Read(doc.language(), r.figures(), r.discovered());
    }

    private static final String FILING = """
            <html><head><title>Registration statement</title></head><body>
            <h2>Prospectus summary</h2>
            <p>In this prospectus, the terms &ldquo;Quillfeather,&rdquo; &ldquo;we&rdquo; and &ldquo;our&rdquo; refer to Quillfeather Robotics, Inc.
            We make picking arms for cold storage. We sell to grocers and to third-party warehouses in four countries.</p>
            <h3>Selected Financial Data</h3>
            <table>
            <tr><td></td><td colspan="2">Fiscal year ended March 31,</td></tr>
            <tr><td></td><td>2024</td><td>2025</td></tr>
            <tr><td colspan="3">(in thousands, except percentages)</td></tr>
            <tr><td>Revenue</td><td>$ 12,400</td><td>$ 19,850</td></tr>
            <tr><td>Cost of revenue</td><td>4,100</td><td>5,900</td></tr>
            <tr><td>Gross margin</td><td>67%</td><td>70%</td></tr>
            <tr><td>Net loss</td><td>$ (7,310)</td><td>$ (5,020)</td></tr>
            <tr><td>Net loss per share</td><td>$ (0.41)</td><td>$ (0.27)</td></tr>
            </table>
            <p>Our competitors include Mallory Systems and Brightfold Labs, which some of our customers also use.</p>
            </body></html>
            """;

    @Test
    void aFilingTableTakesItsYearsAndThousandsFromTheRowsAboveItsValues() throws Exception {
        Read r = read("filing.html", FILING);
        Figure revenue = r.find(Metric.REVENUE, 19.85e6);
        assertEquals("2025", revenue.period(), "the year comes from the row of years under 'Fiscal year ended'");
        assertEquals("USD", revenue.currency(), "the $ in the cell, scaled by the unit row");
        assertEquals(7.31e6, r.find(Metric.NET_LOSS, 7.31e6).value(), 1, "a loss in parentheses is a positive net loss");
        assertTrue(r.noneValued(410) && r.noneValued(410_000), "a price per share is not scaled as an amount");
        assertTrue(r.figures().stream().noneMatch(f -> Metric.REVENUE.equals(f.metric()) && Math.abs(f.value() - 5.9e6) < 1),
                "the cost of revenue is no revenue");
    }

    @Test
    void aFilingThatDefinesWeSpeaksAsTheCompanyItNames() throws Exception {
        Read r = read("filing.html", FILING);
        String issuer = r.company("Quillfeather");
        assertEquals(issuer, r.find(Metric.REVENUE, 12.4e6).companyId(), "the table is the issuer's, not its competitors'");
        assertEquals(issuer, r.find(Metric.GROSS_MARGIN, 70).companyId());
        assertTrue(r.discovered().stream().noneMatch(c -> c.name().equalsIgnoreCase("Revenue")
                || c.name().startsWith("Selected")), "line items and section headings are no companies: " + r.discovered());
    }

    @Test
    void aDeckOfGermanLabelsReadsItsTableNumbersInGroupsOfThousands() throws Exception {
        Read r = read("update.txt", """
                KOVALENT SYSTEMS GMBH
                Investor Update Q2 2025

                Kennzahlen
                ARR: 3,9 Mio. €
                Bruttomarge: 64 %
                Kunden: 57
                Runway: 21 Monate

                GuV
                in Tsd. €                 2024 Ist      2025 Plan
                Umsatz                      3.150          4.020
                F&E-Aufwand                 2.480          2.700
                Jahresfehlbetrag           -3.905         -3.310

                Finanzierung
                Kovalent Systems GmbH – Serie B – 22 Mio. € – Lead: Harrow Capital
                Wir danken allen Investoren für das Vertrauen in unser Team und in die Firma.
                """);
        assertEquals(3.15e6, r.find(Metric.REVENUE, 3.15e6).value(), 1, "2.840 in a table of Tsd. € is 2,840 thousand");
        assertEquals(3.905e6, r.find(Metric.NET_LOSS, 3.905e6).value(), 1);
        assertTrue(r.noneValued(3150), "not 3.15 thousand");
        assertEquals(Metric.FUNDING, r.find(Metric.FUNDING, 22e6).metric(), "'Serie B' names a round");
    }

    @Test
    void aColumnCountedInMonthsIsNoMoneyUnderATableOfMillions() throws Exception {
        Read r = read("letter.md", """
                # Portfolio letter

                ### Cohort snapshot (USD, in millions)

                | Company | Stage | ARR | Cash | Runway (months) |
                |---|---|---:|---:|---:|
                | Pellucid Robotics | Seed | 0.8 | 5.2 | 17 |
                | Marrow Compute | Series A | 4.4 | 21.0 | 26 |
                """);
        assertEquals(5.2e6, r.find(Metric.CASH, 5.2e6).value(), 1);
        assertTrue(r.noneValued(17e6) && r.noneValued(26e6), "a runway in months is no amount: " + r.figures());
    }
}
