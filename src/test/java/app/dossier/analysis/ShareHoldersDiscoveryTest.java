package app.dossier.analysis;

import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.model.Metric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Names before a share verb with a percentage are companies the registry may lack, each with its own share. */
class ShareHoldersDiscoveryTest {
    private static final ReportAnalysis ANALYSIS = new ReportAnalysis();

    private static ReportAnalysis.Result read(String text, String language) {
        return ANALYSIS.analyse(new Vocabulary(List.of(), List.of()), text, language);
    }

    private static String idOf(ReportAnalysis.Result r, String name) {
        return r.discovered().stream().filter(c -> c.name().equals(name)).map(Company::id).findFirst()
                .orElseThrow(() -> new AssertionError("no discovered " + name + " in " + r.candidates()));
    }

    @Test
    void twoNamesThatEachHoldAShareAreTwoCompaniesWithOneFigureEach() {
        ReportAnalysis.Result r = read("In warehouse vision the field is crowded. Halvorsen and Trelby each hold about 11% "
                + "of the market, well behind the leader.", "en");
        for (String name : List.of("Halvorsen", "Trelby")) {
            String id = idOf(r, name);
            Figure share = r.figures().stream().filter(f -> id.equals(f.companyId())).findFirst()
                    .orElseThrow(() -> new AssertionError("no figure of " + name));
            assertEquals(Metric.MARKET_SHARE, share.metric());
            assertEquals(11, share.value(), 0.001);
            assertEquals(Boolean.TRUE, share.approx());
        }
    }

    @Test
    void aSourceBeforeAnInvertedShareVerbIsNotTheHolder() {
        ReportAnalysis.Result r = read("Nach Schätzungen des Marktforschers Quandis hält Brekko damit rund 9 % des Marktes.", "de");
        assertFalse(r.candidates().contains("Quandis"), "the market researcher holds no share: " + r.candidates());
    }

    @Test
    void aGermanNameBeforeHaeltIsTheHolder() {
        ReportAnalysis.Result r = read("Im Markt für Lagerrobotik ist die Lage klar: Stellwerk hält gut 20 % des Marktes.", "de");
        String id = idOf(r, "Stellwerk");
        assertEquals(id, r.figures().stream().filter(f -> Math.abs(f.value() - 20) < 0.001).findFirst().orElseThrow().companyId());
    }
}
