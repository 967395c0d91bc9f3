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
 * A broker's research note with a peer table set in spaces: rows named as short as the columns allow and by
 * ticker, columns headed by an abbreviated metric and a year, one unit for the whole table. The companies are
 * invented; no registry knows them.
 */
class FixedWidthPeerTablesTest {
    private static final DocumentReader READER = new DocumentReader();
    private static final ReportAnalysis ANALYSIS = new ReportAnalysis();
    private static final Vocabulary VOCABULARY = new Vocabulary(List.of(), List.of());

    private static final String NOTE = """
            HARBOURVIEW SECURITIES - EQUITY RESEARCH
            Asia Technology | Taiwan                      4 March 2026

            ZENTRIX MICROSYSTEMS (4321 TT)       Rating: BUY

            KEY POINTS

            * We initiate on Zentrix Microsystems Corp., a Taichung-based design-service
              house that has become a supplier of custom accelerators. Zentrix booked
              revenue of NT$12.4bn in 2025.
            * Our peer Pellucid Photonics Inc. keeps the higher margin.

            TABLE 2: PEERS (NT$ bn unless stated)
            ----------------------------------------------------------------
            Company              Ticker    Rev 2024   Rev 2025   GM 2025   Mkt cap
            ----------------------------------------------------------------
            Zentrix Microsys.    4321 TT        8.1       12.4     27.5%      310
            Pellucid Phot.       5555 TT       40.2       44.0     31.0%      820
            ----------------------------------------------------------------

            Zentrix was founded in 2015.
            """;

    private static ReportAnalysis.Result read(String text) throws Exception {
        ExtractedDocument doc = READER.read("note.txt", text.getBytes(StandardCharsets.UTF_8));
        return ANALYSIS.analyse(VOCABULARY, doc.text(), doc.language());
    }

    private static Figure find(ReportAnalysis.Result r, String companyId, String metric, double value) {
        return r.figures().stream().filter(f -> companyId.equals(f.companyId()) && metric.equals(f.metric())
                        && Math.abs(f.value() - value) <= value * 1e-6)
                .findFirst().orElseThrow(() -> new AssertionError("no " + metric + " " + value + " of " + companyId + " in " + r.figures()));
    }

    private static String company(ReportAnalysis.Result r, String name) {
        return r.discovered().stream().filter(c -> c.name().equals(name)).map(Company::id).findFirst()
                .orElseThrow(() -> new AssertionError("no company " + name + " among " + r.candidates()));
    }

    @Test
    void aCompanyNamedAfterAPrepositionKeepsItsFirstWord() throws Exception {
        ReportAnalysis.Result r = read(NOTE);
        company(r, "Zentrix Microsystems");
        assertTrue(r.candidates().stream().noneMatch("Microsystems"::equals), r.candidates().toString());
    }

    @Test
    void aShortenedRowLabelIsTheCompanyOfTheProse() throws Exception {
        ReportAnalysis.Result r = read(NOTE);
        String zentrix = company(r, "Zentrix Microsystems");
        Figure rev2024 = find(r, zentrix, Metric.REVENUE, 8.1e9);
        assertEquals("TWD", rev2024.currency());
        assertEquals("2024", rev2024.period());
        assertEquals("2025", find(r, zentrix, Metric.GROSS_MARGIN, 27.5).period());
        find(r, zentrix, Metric.VALUATION, 310e9);
        String pellucid = company(r, "Pellucid Photonics");
        assertEquals("2025", find(r, pellucid, Metric.REVENUE, 44.0e9).period());
    }

    @Test
    void aRowLabelNoProseNameStartsLikeIsFoundByItsTicker() throws Exception {
        ReportAnalysis.Result r = read(NOTE.replace("Zentrix Microsys.    4321 TT", "ZTX Micro            4321 TT"));
        String zentrix = company(r, "Zentrix Microsystems");
        find(r, zentrix, Metric.REVENUE, 8.1e9);
    }
}
