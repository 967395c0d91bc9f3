package app.dossier.library.insights;

import app.dossier.library.LibraryCharts;
import app.dossier.model.CandidateStatus;
import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import app.dossier.model.Mention;
import app.dossier.model.Origin;
import app.dossier.model.Report;
import app.dossier.model.ReviewStatus;
import app.dossier.model.Theme;
import app.dossier.model.ThemeOrigin;
import app.dossier.model.ThemeTag;
import app.dossier.store.RegistryRepository;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibraryInsightsTest {
    private static final String EN = "Orbit Labs shipped a model. Later, Orbit Labs hired 3.5 thousand people.\n\n"
            + "Vector stores matter: Orbit Labs and Quill AI both sell middleware.";
    private static final String ZH = "星河公司发布了新模型。投资人看好星河公司的前景。";

    private static final Company ORBIT = new Company("orbit-labs", "Orbit Labs", List.of(), List.of(), "lab", CompanyOrigin.USER);
    private static final Company QUILL = new Company("quill-ai", "Quill AI", List.of(), List.of(), "startup", CompanyOrigin.DISCOVERED);
    private static final Company XINGHE = new Company("xinghe", "星河", List.of(), List.of(), "startup", CompanyOrigin.USER);

    private static Report report(String id, String text) {
        return new Report(id, id + ".txt", "Report " + id, "en", id, null, null, null, 0, "txt", text);
    }

    private static Mention at(String report, String text, String company, String name, int from) {
        int s = text.indexOf(name, from);
        return new Mention(report, company, s, s + name.length(), name, false, false);
    }

    private static LibraryInsights insights() {
        int para2 = EN.indexOf("Vector");
        List<Mention> mentions = List.of(at("a", EN, "orbit-labs", "Orbit Labs", 0), at("a", EN, "orbit-labs", "Orbit Labs", 10),
                at("a", EN, "orbit-labs", "Orbit Labs", para2), at("a", EN, "quill-ai", "Quill AI", 0),
                at("b", ZH, "xinghe", "星河", 0), at("b", ZH, "xinghe", "星河", 5));
        List<ThemeTag> tags = List.of(new ThemeTag("t1", "a", "orchestration", para2, EN.length(), Origin.AUTO, ReviewStatus.SUGGESTED),
                new ThemeTag("t2", "a", "orchestration", 0, para2 - 2, Origin.AUTO, ReviewStatus.REJECTED));
        Theme orchestration = new Theme("orchestration", "Orchestration", "", Map.of(), ThemeOrigin.BUILTIN);
        return new LibraryInsights(List.of(report("a", EN), report("b", ZH)), mentions, tags,
                Map.of("orbit-labs", ORBIT, "quill-ai", QUILL, "xinghe", XINGHE), List.of(orchestration),
                List.of(new RegistryRepository.Candidate("Vector", CandidateStatus.SUGGESTED, "a", null, null, List.of(), null)));
    }

    @Test
    void companiesAreCountedInTheOpenReportFirstThenInTheLibrary() {
        var rows = insights().companyCounts("b", false);
        assertEquals("星河", rows.get(0).company().name());
        assertEquals(2, rows.get(0).inReport());
        assertEquals("Orbit Labs", rows.get(1).company().name());
        assertEquals(3, rows.get(1).inLibrary());
    }

    @Test
    void aCompanyPassageIsTheSentenceAroundTheMentionInLatinAndChineseText() {
        var orbit = insights().companyPassages("orbit-labs");
        assertEquals("Later, Orbit Labs hired 3.5 thousand people.", orbit.get(1).excerpt(),
                "a decimal point does not end the sentence");
        assertEquals("Orbit Labs", orbit.get(1).marked());
        var xinghe = insights().companyPassages("xinghe");
        assertEquals("投资人看好星河公司的前景。", xinghe.get(1).excerpt());
    }

    @Test
    void theMatrixCountsAsTheChartsDoAndItsCellListsThePassage() {
        LibraryInsights data = insights();
        var matrix = data.matrix();
        var charts = LibraryCharts.companyThemeCounts(
                List.of(at("a", EN, "orbit-labs", "Orbit Labs", EN.indexOf("Vector")), at("a", EN, "quill-ai", "Quill AI", 0)),
                List.of(new ThemeTag("t1", "a", "orchestration", EN.indexOf("Vector"), EN.length(), Origin.AUTO, ReviewStatus.SUGGESTED)),
                Map.of("orbit-labs", ORBIT, "quill-ai", QUILL), Map.of("orchestration", "Orchestration"));
        assertEquals(2, matrix.companies().size(), "the rejected passage does not count, 星河 meets no theme");
        for (int i = 0; i < matrix.companies().size(); i++) {
            assertEquals(charts.get(matrix.companies().get(i).name()).get("Orchestration"), matrix.counts()[i][0]);
        }
        var cell = data.cellPassages("orbit-labs", "orchestration");
        assertEquals(1, cell.size());
        assertEquals("Orbit Labs", cell.get(0).marked());
        assertTrue(cell.get(0).excerpt().startsWith("Vector stores matter"));
    }

    @Test
    void rejectedThemePassagesAreLeftOutOfTheCountButCanBeShown() {
        var count = insights().themeCounts(null).get(0);
        assertEquals(1, count.counted());
        assertEquals(1, count.rejected());
        assertEquals(1, insights().themePassages("orchestration", false).size());
        assertEquals(2, insights().themePassages("orchestration", true).size());
    }

    @Test
    void aDiscoveredNameComesWithTheSentenceItWasFoundIn() {
        var c = insights().suggestedCandidates().get(0);
        assertEquals("Quill AI", c.name());
        assertEquals("Vector stores matter: Orbit Labs and Quill AI both sell middleware.", c.context().excerpt());
        assertEquals(1, c.occurrences());
        assertEquals(1, insights().suggestedCandidates().size(), "registry companies are not offered");
    }

    @Test
    void aLongPassageIsCutBetweenWordsNotInsideOne() {
        String text = "alpha beta gamma delta";
        assertEquals(11, Excerpts.wordStart(text, 8, 20), "a cut inside 'beta' moves on to the next word");
        assertEquals(10, Excerpts.wordEnd(text, 13, 2), "a cut inside 'gamma' moves back before it");
        assertEquals(6, Excerpts.wordStart(text, 6, 20), "a cut at a word start stays");
    }
}
