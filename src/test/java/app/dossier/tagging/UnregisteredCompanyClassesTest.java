package app.dossier.tagging;

import app.dossier.model.Company;
import app.dossier.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Companies no registry knows, found by how a text presents them (issue 9, item 8), and firms that only speak
 * for a source (item 9). Invented sentences.
 */
class UnregisteredCompanyClassesTest {
    private final CompanyDiscovery discovery = new CompanyDiscovery();
    private final CompanyMatcher matcher = new CompanyMatcher(CompanyRegistry.builtin());

    private List<String> candidates(String text) {
        return discovery.candidates(text, matcher.find(text));
    }

    private Company named(String text, String name) {
        return discovery.discover(text, matcher.find(text), Set.of()).stream().map(CompanyDiscovery.Found::company)
                .filter(c -> c.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(candidates(text).toString()));
    }

    @Test
    void anAppositionWithoutArticleNamesACompany() {
        assertTrue(candidates("Pembrook, maker of a scheduling assistant for dental clinics, raised $9 million in a seed round. "
                + "Pembrook plans to hire.").contains("Pembrook"));
        assertTrue(candidates("Kalmora, Anbieter von Prüfsoftware für Werften, sammelte 7 Mio. Euro ein. Kalmora wächst.").contains("Kalmora"));
    }

    @Test
    void aLegalFormOfACooperativeOrPartnershipNamesACompany() {
        assertTrue(candidates("Der Marktführer bleibt die Steuerwerk eG mit rund 40 Prozent.").contains("Steuerwerk"));
        assertTrue(candidates("Den Auftrag erhielt die Brandtner KG aus Kassel.").contains("Brandtner"));
    }

    @Test
    void customersAndCompetitorsListedAfterTheirLabelAreCompanies() {
        List<String> found = candidates("• Customers: Orlen Grid, Falkmar, Tidewell (pilot)\n• Team: 14 engineers\n");
        assertTrue(found.containsAll(List.of("Orlen Grid", "Falkmar", "Tidewell")), found.toString());
        List<String> rivals = candidates("Competition\n• Sparrowlane: raised $40M in 2024; strong in retail\n• Corvale: valued at $600M; weak on text\n");
        assertTrue(rivals.containsAll(List.of("Sparrowlane", "Corvale")), rivals.toString());
    }

    @Test
    void aLabelFollowedByASentenceIsNoList() {
        assertFalse(candidates("– Wettbewerb: Marvelt könnte bald in den Mittelstand drängen.\n").contains("Marvelt"));
    }

    @Test
    void aChineseListOfSharesNamesItsItemsBesideAKnownCompany() {
        List<String> found = candidates("前五名参与者中，华为云约占14.1%，澜芯光约占8.2%，发行人约占6.0%；其他厂商合计约占30%。");
        assertTrue(found.contains("澜芯光"), found.toString());
        assertFalse(found.stream().anyMatch(n -> n.contains("发行人") || n.contains("其他")), found.toString());
    }

    @Test
    void aShareListWithoutAKnownCompanyNamesNothing() {
        assertEquals(List.of(), candidates("本次调查中，男性约占52%，女性约占48%。"));
    }

    @Test
    void aNewNameWithALegalFormOutranksARegistryAliasInsideIt() {
        String text = "由科学园孵化的港岚智源有限公司宣布完成8000万港元融资。港岚智源专注病理影像。";
        List<Mention> superseded = new ArrayList<>();
        List<CompanyDiscovery.Found> found = discovery.discover(text, matcher.find(text), Set.of(), superseded::add);
        assertTrue(found.stream().anyMatch(f -> f.company().name().equals("港岚智源有限公司") && f.mentions().size() == 2), found.toString());
        assertEquals(2, superseded.size(), superseded.toString()); // the registry's "智源" inside both forms
    }

    @Test
    void anAnalystsFirmInACallsParticipantsIsASource() {
        String text = "CONFERENCE CALL PARTICIPANTS\nLena Okafor - Brisbury Capital Markets\n\n"
                + "Operator: Our next question comes from Lena Okafor with Brisbury Capital Markets.\n";
        assertEquals(Company.SOURCE_KIND, named(text, "Brisbury Capital").kind());
    }

    @Test
    void aCompoundNounRunIntoTheNextSlideLineIsNotPartOfTheFirm() {
        List<String> found = candidates("Holmberg AG (Bremen): 30 Mio. € Finanzierung, kein Self-Hosting Veritane (Lyon): Series A 9 Mio. €");
        assertTrue(found.contains("Veritane"), found.toString());
        assertFalse(found.contains("Self-Hosting Veritane"), found.toString());
    }
}
