package app.dossier.tagging;

import app.dossier.model.Company;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Classes of false and missed companies seen at first sight on batches H and I (pronouns before a funding verb,
 * title-case headings, a sector named like a firm, registered Chinese names holding words of their trade,
 * publishers named without being cited), each with invented sentences.
 */
class CompanyPrecisionClassesTest {
    private static final CompanyMatcher MATCHER = new CompanyMatcher(CompanyRegistry.builtin());
    private final CompanyDiscovery discovery = new CompanyDiscovery();

    private List<String> candidates(String text) {
        return discovery.candidates(text, MATCHER.find(text));
    }

    private List<Company> found(String text) {
        return discovery.discover(text, MATCHER.find(text), Set.of()).stream().map(CompanyDiscovery.Found::company).toList();
    }

    @Test
    void aPronounBeforeAFundingVerbIsNoCompany() {
        assertEquals(List.of(), candidates("They've raised roughly $300M so far, and burn looks high."));
        assertEquals(List.of(), candidates("We’ve raised $12M since 2023."));
        assertEquals(List.of(), candidates("该公司成立于2021年。今年以来它完成了两轮融资，累计融资约5亿元。"));
        assertEquals(List.of("Marrowick"), candidates("Marrowick raised $18M in a seed round. They've raised more than expected."));
    }

    @Test
    void aTitleCaseHeadingEndingInAnEverydayCompanyWordIsNoName() {
        assertEquals(List.of(), candidates("MONDAY MEMO — Global Data Briefing Edition 12\n\nGood morning."));
        assertEquals(List.of(), candidates("THE DIGEST — Weekly AI Funding Roundup · Issue 7\n\nSeed rounds got bigger."));
        // a company word that is no everyday noun, or a name the text uses again, stays a name
        assertEquals(List.of("Quellbrook Labs"), candidates("Quellbrook Labs Series A: $9M led by Index."));
        assertTrue(candidates("Fenmoor AI Launches Agent Suite. Fenmoor AI sells to banks.").contains("Fenmoor AI"));
    }

    @Test
    void aSectorNamedLikeAFirmIsNoCompany() {
        assertEquals(List.of(), candidates("In den kommenden Wochen erwarten wir weitere Runden im Bereich Robotik und Energie."));
        assertEquals(List.of(), candidates("3. ElevenLabs — $60M Series B (valuation $400M) Vision AI; profitable, the company says."));
        assertEquals(List.of(), candidates("Investors keep backing Speech AI and Coding AI, says one partner."));
    }

    @Test
    void aSectorBeforeAFundingVerbIsNotItsSubject() {
        assertEquals(List.of("Frachtwerk"), candidates("Im Bereich Logistik sammelt das Berliner Start-up Frachtwerk 12 Mio. Euro ein."));
    }

    @Test
    void aCommonWordNameAsTheLabelOfAKeyValueLineIsNoCompany() {
        // "Basis" and "Harvey" are firms of the registry and everyday words
        List<String> ids = MATCHER.find("Basis: share of enterprise LLM spend, from our survey of 150 CIOs.")
                .stream().map(app.dossier.model.Mention::companyId).toList();
        assertEquals(List.of(), ids);
        List<String> row = MATCHER.find("- Harvey: $8bn valuation, legal AI\n- Basis: $1.2bn valuation")
                .stream().map(app.dossier.model.Mention::companyId).distinct().toList();
        assertEquals(2, row.size(), row.toString());
    }

    @Test
    void aRegisteredChineseNameHoldingWordsOfItsTradeIsACompany() {
        assertEquals(List.of("台北雲策雲端股份有限公司"), candidates("台北雲策雲端股份有限公司（以下簡稱雲策）去年營收38億元。雲策毛利率約31%。"));
        List<Company> found = found("做推理托管的苏州栖川算力网络有限公司完成1亿元A轮融资。栖川算力称，本轮资金将用于采购芯片。");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).aliases().contains("栖川算力"), found.get(0).aliases().toString());
        assertEquals(List.of("宁波岚境具身机器人有限公司"), candidates("具身智能公司宁波岚境具身机器人有限公司完成2亿元融资。"));
        // nothing left beside the words of the trade: no name
        assertEquals(List.of(), candidates("多家云端算力有限公司正在降价。"));
    }

    @Test
    void theFirmOfAnAnalystOnACallIsCitedLikeASource() {
        String call = "Operator: Our next question comes from Lena Ortiz with Harrowgate Capital Markets.\n\n"
                + "Lena Ortiz -- Harrowgate Capital -- Analyst\nHow do you see Celestra? Celestra raised $200 million.";
        List<Company> found = found(call);
        assertEquals(Company.SOURCE_KIND, found.stream().filter(c -> c.name().startsWith("Harrowgate")).findFirst().orElseThrow().kind());
        assertEquals(Company.OTHER_KIND, found.stream().filter(c -> c.name().equals("Celestra")).findFirst().orElseThrow().kind(),
                "a rival the analyst asks about is a company");
        assertEquals(Company.OTHER_KIND, found("I have a question about pricing from Celestra. Celestra raised $200 million.").get(0).kind());
    }
}
