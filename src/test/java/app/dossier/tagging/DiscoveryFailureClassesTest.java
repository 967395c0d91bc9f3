package app.dossier.tagging;

import app.dossier.model.Company;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The classes of failure measured on the held-out batches, each with invented sentences in the languages it concerns. */
class DiscoveryFailureClassesTest {
    private final CompanyDiscovery discovery = new CompanyDiscovery();
    private final CompanyMatcher matcher = new CompanyMatcher(CompanyRegistry.builtin());

    private List<String> candidates(String text) {
        return discovery.candidates(text, matcher.find(text));
    }

    private Company only(String text) {
        List<CompanyDiscovery.Found> all = discovery.discover(text, matcher.find(text), Set.of());
        assertEquals(1, all.size(), all.toString());
        return all.get(0).company();
    }

    @Test
    void chineseIndustryWordsHoldingAFunctionCharacterStayInTheName() {
        // "据" of "数据" is also "according to"; "元" is also the currency
        Company c = only("杭州澜舟数据股份有限公司今日宣布完成新一轮融资，澜舟数据的客户遍布全国。");
        assertEquals("杭州澜舟数据股份有限公司", c.name());
        assertEquals("深圳启辰机器人有限公司", only("深圳启辰机器人有限公司成立于2022年，启辰机器人专注仓储。").name());
    }

    @Test
    void aNameAfterADescriptorEndsWhereItsLegalFormStarts() {
        Company c = only("雲帆去年投資了新創光澈微電子股份有限公司，光澈微電子目前仍在虧損。");
        assertEquals("光澈微電子股份有限公司", c.name());
        assertTrue(c.aliases().contains("光澈微電子"), c.aliases().toString());
    }

    @Test
    void datesAndAdverbsBetweenAChineseNameAndItsFundingVerbAreNotTheName() {
        Company c = only("其竞争对手澄川数智Chengchuan今年4月完成了3亿元B轮融资。");
        assertTrue(c.aliases().contains("澄川数智"), c.aliases().toString());
        assertTrue(c.aliases().contains("Chengchuan"), c.aliases().toString());
        assertEquals(List.of(), candidates("多家公司相继完成大额融资，行业分化加剧。"));
    }

    @Test
    void aListItemWithAnAmountNamesAChineseCompany() {
        List<String> found = candidates("- 北辰数智，2亿元A轮；\n\n- 广州拓远机器人，约6000万元天使轮；\n\n- 另有多个团队完成数千万元融资。");
        assertEquals(List.of("北辰数智", "广州拓远机器人"), found);
        assertEquals(List.of("星汇資料"), candidates("近一年募資的新創包括：星汇資料（2.5億元）。公司的財務資料尚未公開。"));
    }

    @Test
    void chineseNounsEndingInACompanyWordAreNotNames() {
        assertEquals(List.of(), candidates("该子公司初期资本额为5亿日元。本轮由其科技基金完成。财务资料概要如下。"));
        assertEquals(List.of(), candidates("香港交易及结算所有限公司对本文件不负责。"));
    }

    @Test
    void descriptorsGluedToTheFrontOfANameAreDropped() {
        assertEquals("Korvath", only("Der Wiener Softwarekonzern Korvath AG legt zu. Korvath wächst.").name());
        assertEquals("Elbstrom Capital", only("Angeführt vom Hamburger Wachstumsfonds Elbstrom Capital. Elbstrom Capital investiert.").name());
        assertEquals("Maroni Compute", only("Porto's Maroni Compute raises $80 million. Maroni Compute rents GPUs.").name());
        assertEquals(List.of(), candidates("A Porto-based AI lab and US AI start-ups raised $9 billion."));
    }

    @Test
    void aHeadingRunIntoItsParagraphDoesNotGlueTwoNames() {
        assertEquals("Fennick Systems", only("Über Fennick Die Fennick Systems GmbH wurde 2019 gegründet.").name());
    }

    @Test
    void rolesAndSalutationsAreNotFirms() {
        List<String> found = candidates("Dear Limited Partners,\n\nWith best regards,\n\nIrma Kessel and Paul Ortega Managing Partners, Lindqvist Capital");
        assertEquals(List.of("Lindqvist Capital"), found);
    }

    @Test
    void aFundVehicleIsAFormOfItsManager() {
        Company c = only("Lindqvist Capital writes to the partners of Lindqvist Capital Fund III, L.P. this quarter.");
        assertTrue(c.aliases().contains("Lindqvist Capital") || c.name().equals("Lindqvist Capital"), c.toString());
    }

    @Test
    void aCommonWordOpeningALineIsNoCompany() {
        assertEquals(List.of(), candidates("• Total raised to date: $14M\n\nThe total includes grants."));
    }

    @Test
    void appositionsAndListsOfAmountsNameCompanies() {
        assertEquals(List.of("Tavrin"), candidates("Tavrin, a Porto-based company that builds routing software for fleets, raised $30 million."));
        assertEquals(List.of("Glimmwerk"), candidates("Zum Beispiel Glimmwerk, die Kölner Firma hinter den Sensoren. Glimmwerk stellt ein."));
        List<String> list = candidates("Ostrava Labs raised $50 million; Pellucid Grid, $20 million; and Nessel AI, about $8 million.");
        assertTrue(list.containsAll(List.of("Ostrava Labs", "Pellucid Grid", "Nessel AI")), list.toString());
        assertEquals(List.of(), candidates("Anna, a developer at a bank, said so. Jonas, der Gründer der Firma, lacht."));
    }

    @Test
    void theNextItemOfAListOfCompaniesIsACompanyWhenTheTextNamesItAgain() {
        String text = "Rivals: Sturmkamm GmbH, Tamsin …\n\n• Tamsin — focused on insurers\n\nVisits: Sturmkamm GmbH, Lisbon, Porto.";
        List<String> found = candidates(text);
        assertEquals(List.of("Sturmkamm", "Tamsin"), found);
    }

    @Test
    void aProductWordAfterAnotherCompanysNameIsThatCompanysProduct() {
        String text = "Varnel Data Systems, Inc. reported results. Varnel Copilot now brings in $50 million. How big can Copilot get?";
        List<app.dossier.model.Mention> mentions = new java.util.ArrayList<>(matcher.find(text));
        discovery.discover(text, mentions, Set.of()).forEach(f -> mentions.addAll(f.mentions()));
        mentions.sort(java.util.Comparator.comparingInt(app.dossier.model.Mention::start));
        List<String> kept = OthersProducts.without(text, mentions).stream().map(app.dossier.model.Mention::text).toList();
        assertTrue(kept.stream().noneMatch("Copilot"::equals), kept.toString());
        String own = "Microsoft Copilot grows; Copilot is sold with Office.";
        assertEquals(matcher.find(own), OthersProducts.without(own, matcher.find(own)));
    }

    @Test
    void aWordBeforeANameTheTextOtherwiseWritesWithoutItIsNotPartOfIt() {
        assertEquals("Morwen Labs", only("Handelsregisterauszug Morwen Labs GmbH\n\nMorwen Labs beschäftigt 30 Leute. Morwen Labs wächst.").name());
        assertEquals("Black Creek Labs", only("Black Creek Labs GmbH wächst. Black Creek Labs stellt ein.").name());
    }
}
