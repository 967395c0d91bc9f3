package app.dossier.library;

import app.dossier.importing.ImportProgress;
import app.dossier.journal.Commands;
import app.dossier.library.profile.CompanyProfile;
import app.dossier.model.Annotation;
import app.dossier.model.Metric;
import app.dossier.model.Report;
import app.dossier.model.ReviewStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompanyProfilesTest {
    static final String EARLY = "Mistral AI closes a round\n\n"
            + "Mistral AI raised $30 million in funding.\n\n"
            + "Mistral AI has $12 million in cash and burns $1 million per month.";
    static final String LATE = "Mistral AI one year on\n\n"
            + "Mistral AI has $18 million in cash and burns $2 million per month.\n\n"
            + "Meanwhile Aleph Alpha kept quiet about its numbers.";

    @TempDir
    Path dir;
    private Library library;
    private String early;
    private String late;

    @BeforeEach
    void importTwoReports() throws Exception {
        library = Library.open(dir.resolve("lib"));
        early = importDated("early.txt", EARLY, LocalDate.of(2024, 3, 1));
        late = importDated("late.txt", LATE, LocalDate.of(2025, 3, 1));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private String importDated(String name, String text, LocalDate published) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text);
        String id = library.importer().importPaths(List.of(file), ImportProgress.NONE, () -> false).get(0).reportId();
        Report r = library.report(id).orElseThrow();
        library.execute(new Commands.EditReportMetadata(id, new Commands.ReportMetadata(r.title(), r.published(), r.source()),
                new Commands.ReportMetadata(r.title(), published, r.source())));
        return id;
    }

    private CompanyProfile mistral(String currency) {
        CompanyProfiles profiles = new CompanyProfiles(library);
        return profiles.of(profiles.find("mistral ai").get(0).id(), currency);
    }

    @Test
    void aNameInAnyCaseOrAnAliasFindsTheCompany() {
        CompanyProfiles profiles = new CompanyProfiles(library);
        String id = profiles.find("Mistral AI").get(0).id();
        assertEquals(id, profiles.find("MISTRAL AI").get(0).id());
        assertEquals(id, profiles.find(id).get(0).id());
        assertTrue(profiles.find("no such company at all").isEmpty());
    }

    @Test
    void theProfileListsTheReportsThatMentionTheCompanyNewestFirst() {
        CompanyProfile p = mistral("USD");
        assertEquals(List.of(late, early), p.reports().stream().map(CompanyProfile.ReportRef::id).toList());
        assertEquals(LocalDate.of(2025, 3, 1), p.reports().get(0).date());
        assertTrue(p.names().contains("Mistral AI"));
    }

    @Test
    void figuresStandOnTheTimelineAtTheirReportsDateEachWithItsPassage() throws Exception {
        CompanyProfile p = mistral("USD");
        List<CompanyProfile.TimelinePoint> cash = p.points(Metric.CASH);
        assertEquals(2, cash.size());
        assertEquals(LocalDate.of(2024, 3, 1), cash.get(0).date());
        assertEquals(12e6, cash.get(0).inCurrency(), 1);
        assertEquals(LocalDate.of(2025, 3, 1), cash.get(1).date());
        String text = library.report(late).orElseThrow().text();
        var f = cash.get(1).figure();
        assertEquals(late, f.reportId());
        assertTrue(text.substring(f.start(), f.end()).contains("18"), "the point's offsets cover its passage");
        assertEquals(1, p.points(Metric.FUNDING).size());
    }

    @Test
    void twoReportsGivingDifferentCashAreShownAsAConflict() {
        CompanyProfile p = mistral("USD");
        assertTrue(p.points(Metric.CASH).stream().allMatch(CompanyProfile.TimelinePoint::conflict));
        assertFalse(p.points(Metric.FUNDING).get(0).conflict());
        assertFalse(p.conflicts().isEmpty());
    }

    @Test
    void runwayIsComputedAsOfEachReportFromItsOwnCashAndBurn() {
        CompanyProfile p = mistral("USD");
        assertEquals(2, p.runway().size());
        assertEquals(12, p.runway().get(0).estimate().months(), 0.01);
        assertEquals(9, p.runway().get(1).estimate().months(), 0.01);
        assertNotNull(p.latestRunway());
        assertEquals(9, p.latestRunway().months(), 0.01, "the newest report that gives both is preferred");
    }

    @Test
    void moneyIsShownInTheChosenCurrencyThroughTheLibrarysRates() {
        CompanyProfile usd = mistral("USD");
        CompanyProfile eur = mistral("EUR");
        double rate = new app.dossier.money.Money(LibraryCharts.rates(library)).convert(1, "USD", "EUR").getAsDouble();
        assertEquals(usd.points(Metric.CASH).get(0).inCurrency() * rate, eur.points(Metric.CASH).get(0).inCurrency(), 1);
        assertEquals("EUR", eur.currency());
    }

    @Test
    void aRejectedFigureLeavesTheTimelineAndAnEarlierValueIsMarked() {
        var cash = mistral("USD").points(Metric.CASH).get(0).figure();
        library.execute(new Commands.PutFigure(cash, cash.withStatus(ReviewStatus.REJECTED)));
        CompanyProfile p = mistral("USD");
        assertEquals(1, p.points(Metric.CASH).size());
        assertFalse(p.points(Metric.CASH).get(0).conflict(), "a rejected figure conflicts with nothing");
        assertTrue(p.conflicts().stream().noneMatch(c -> c.involves(cash.id())));
        var burn = p.points(Metric.BURN).get(0).figure();
        library.execute(new Commands.PutFigure(burn, burn.withDetails(null, null, "2023")));
        assertTrue(mistral("USD").points(Metric.BURN).get(0).earlierValue());
    }

    @Test
    void notesOnAPassageNamingTheCompanyBelongToItsProfile() {
        String text = library.report(late).orElseThrow().text();
        int start = text.indexOf("Mistral AI has");
        Annotation note = new Annotation("n1", late, start, start + 20, text.substring(start, start + 20), "", "",
                "cash up a half", List.of("memo"), null, Instant.now(), Instant.now(), false);
        library.execute(new Commands.PutAnnotation(null, note));
        int other = text.indexOf("Aleph Alpha");
        library.execute(new Commands.PutAnnotation(null, new Annotation("n2", late, other, other + 11, "Aleph Alpha", "", "",
                "not about Mistral", List.of(), null, Instant.now(), Instant.now(), false)));
        CompanyProfile p = mistral("USD");
        assertEquals(List.of("n1"), p.notes().stream().map(n -> n.note().id()).toList());
    }
}
