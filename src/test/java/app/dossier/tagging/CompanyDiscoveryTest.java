package app.dossier.tagging;

import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import app.dossier.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompanyDiscoveryTest {
    private final CompanyDiscovery discovery = new CompanyDiscovery();
    private final CompanyMatcher matcher = new CompanyMatcher(CompanyRegistry.builtin());

    private List<String> candidates(String text) {
        return discovery.candidates(text, matcher.find(text));
    }

    private List<CompanyDiscovery.Found> found(String text) {
        return discovery.discover(text, matcher.find(text), Set.of());
    }

    private CompanyDiscovery.Found only(String text) {
        List<CompanyDiscovery.Found> all = found(text);
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    private static List<String> surfaces(CompanyDiscovery.Found f) {
        return f.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void latinNamesWithALegalFormOrACompanyWordAreCompanies() {
        List<String> found = candidates("Die Firma Quantelix GmbH kooperiert mit Nimbus Labs und Orbital Robotics.");
        assertEquals(List.of("Quantelix", "Nimbus Labs", "Orbital Robotics"), found);
    }

    @Test
    void theShortFormOfADiscoveredNameIsAMentionOfTheSameCompany() {
        CompanyDiscovery.Found f = only("Die Sturmvogel Robotics GmbH baut Greifarme. Sturmvogel hat bislang "
                + "40 Mio. Euro eingesammelt, sagt die Gründerin.");
        assertEquals("Sturmvogel Robotics", f.company().name());
        assertEquals(List.of("Sturmvogel Robotics GmbH", "Sturmvogel"), surfaces(f));
        assertEquals(CompanyOrigin.DISCOVERED, f.company().origin());
        assertTrue(f.company().aliases().contains("Sturmvogel"), f.company().aliases().toString());
    }

    @Test
    void aNameAfterADescriptorOrBeforeAFundingVerbIsACompany() {
        assertEquals(List.of("Kestrova"), candidates("Das Kölner Start-up Kestrova erhielt 12 Mio. Euro von Investoren."));
        assertEquals(List.of("Vellora"), candidates("Vellora raised $40 million from investors."));
        assertEquals(List.of("Pelagon"), candidates("The Rotterdam-based battery maker Pelagon closed a $25 million round."));
        assertEquals(List.of("Kestrel"), candidates("Die Finanzierungsrunde für Kestrel ist abgeschlossen."));
    }

    @Test
    void chineseLegalNamesAndTheirShortFormsAreOneCompany() {
        CompanyDiscovery.Found f = only("杭州云澜微电子有限公司近日完成2亿元A轮融资。云澜微电子成立于2021年，云澜的芯片已量产。");
        assertEquals("杭州云澜微电子有限公司", f.company().name());
        assertEquals(List.of("杭州云澜微电子有限公司", "云澜微电子", "云澜"), surfaces(f));
    }

    @Test
    void chineseNamesEndingInACompanyWordOrBeforeAFundingPhraseAreCandidates() {
        List<String> found = candidates("据星海科技创始人介绍，“云帆智能”已完成新一轮融资。");
        assertTrue(found.contains("星海科技"), found.toString());
        assertTrue(found.contains("云帆智能"), found.toString());
        assertEquals(List.of("蓝鲸跃迁"), candidates("与此同时，蓝鲸跃迁刚拿到5亿元的B轮融资。"));
    }

    @Test
    void aCompanyColumnOfATableNamesCompanies() {
        String table = "| Company | HQ | Raised |\n|---|---|---|\n| Ferrowave | Oslo | $12M |\n| Total | | $12M |\n";
        assertEquals(List.of("Ferrowave"), candidates(table));
    }

    @Test
    void citiesPeopleGenericPhrasesAndKnownCompaniesAreNot() {
        assertEquals(List.of(), candidates("Inflection AI und Stability AI wachsen; 人工智能和具身智能是热点，百川智能完成融资。"));
        assertEquals(List.of(), candidates("Drittens hat das Unternehmen Zugang zu bedeutenden Ressourcen in Berlin."));
        assertEquals(List.of(), candidates("Dr. Jonas Maierhofer sammelte 5 Mio. Euro für seinen Fonds."));
        assertEquals(List.of(), candidates("Venture Capital flows to Generative AI; Physical AI is next."));
        assertEquals(List.of(), candidates("初创企业可以跑得很快，初创企业很难与大厂竞争。"));
    }

    @Test
    void aNameOnlyEverCitedAsASourceIsASourceNotACompany() {
        Company c = only("Laut Datavista Analytics wuchs der Markt um 30 %. Nach Zahlen von Datavista Analytics zufolge "
                + "stieg der Umsatz.").company();
        assertEquals(Company.SOURCE_KIND, c.kind());
        Company business = only("Kelvara Labs raised $9 million. Kelvara Labs hires.").company();
        assertFalse(Company.SOURCE_KIND.equals(business.kind()));
    }

    @Test
    void rejectedNamesAreNotOfferedAgain() {
        String text = "Nimbus Labs wächst. Nimbus Labs stellt ein.";
        assertEquals(1, found(text).size());
        assertEquals(List.of(), discovery.discover(text, List.of(), Set.of(CompanyDiscovery.key("Nimbus Labs"))));
        assertFalse(discovery.candidates("", List.<Mention>of()).iterator().hasNext());
    }

    @Test
    void theCompanyOpeningAnItemOfADealListIsDiscovered() {
        String roundup = """
                EARLY STAGE

                - Brackenfield, $14 million (Series A, led by a16z). Agents for freight audit.
                - Copperline Audio, $3.5M seed. Voice cloning for dubbing studios.

                Also raising this week: Larchmere AI, $6 million … Vesselbright, $2.2 million … Mossgate Bio, €9 million.
                """;
        List<String> found = candidates(roundup);
        for (String name : List.of("Brackenfield", "Copperline Audio", "Larchmere AI", "Vesselbright", "Mossgate Bio")) {
            assertTrue(found.contains(name), name + " in " + found);
        }
        assertTrue(candidates("- Nordquell, 12 Mio. € (Seed)\n- Lichtfang Systems, 4,5 Mio. Euro\n").containsAll(List.of("Nordquell", "Lichtfang Systems")));
        assertTrue(candidates("本周融资：\n- 澜舟智算，2亿元（B轮）\n").contains("澜舟智算"));
    }

    @Test
    void keyFiguresAndPlacesBeforeAnAmountAreNoDealItems() {
        String update = """
                - Revenue, $4 million in the quarter
                - Total, $12 million
                - Berlin, €2 million for the new office
                """;
        List<String> found = candidates(update);
        assertFalse(found.contains("Revenue") || found.contains("Total") || found.contains("Berlin"), found.toString());
    }

    @Test
    void aRegisteredChineseNameAndItsLatinRenderingBeneathAreOneCompany() {
        String text = "杭州青岚数据科技股份有限公司\nHangzhou Qinglan Data Technology Co., Ltd.\n\n"
                + "杭州青岚数据科技股份有限公司成立于2019年，主营数据标注。\n";
        CompanyDiscovery.Found f = only(text);
        assertEquals("杭州青岚数据科技股份有限公司", f.company().name(), "the registered name, not its rendering, is the name");
        assertTrue(f.company().aliases().stream().anyMatch(a -> a.contains("Qinglan")), f.company().aliases().toString());
        assertTrue(surfaces(f).stream().anyMatch(s -> s.contains("Qinglan")), surfaces(f).toString());
    }
}
