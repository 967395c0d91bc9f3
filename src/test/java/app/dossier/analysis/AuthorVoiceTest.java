package app.dossier.analysis;

import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.model.Metric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first person is the author: a deck, a press release or a prospectus speaks as the company whose
 * document it is, named by its letterhead, its title or its "About X" boilerplate, also when the
 * registry does not know it.
 */
class AuthorVoiceTest {
    private static final ReportAnalysis ANALYSIS = new ReportAnalysis();

    private static ReportAnalysis.Result read(String text, String language) {
        return ANALYSIS.analyse(new Vocabulary(List.of(), List.of()), text, language);
    }

    private static Company discovered(ReportAnalysis.Result r, String name) {
        return r.discovered().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no discovered " + name + " in " + r.candidates()));
    }

    private static Figure figure(ReportAnalysis.Result r, String metric, double value) {
        return r.figures().stream().filter(f -> metric.equals(f.metric()) && Math.abs(f.value() - value) <= value * 0.001)
                .findFirst().orElseThrow(() -> new AssertionError("no " + metric + " " + value + " in "
                        + r.figures().stream().map(f -> f.companyId() + " " + f.metric() + " " + f.value()).toList()));
    }

    /** "wir wollen insgesamt…", "我們…累計融資總額": a total in the first person is the author's own. */
    private static void assertOwnTotal(ReportAnalysis.Result r, Company author, String metric, double value) {
        Figure total = figure(r, metric, value);
        assertEquals(author.id(), total.companyId(), "a total in the first person is the author's own");
        assertEquals("total", total.per());
    }

    @Test
    void aDeckInCapitalsWithALegalFormSpeaksForThatCompany() {
        ReportAnalysis.Result r = read("HALDEN QUARRY SYSTEMS LTD.\nSeries A — Investor Presentation\n\n"
                + "02 / Traction\n• ARR: $6.5M\n• Gross margin 58%\n• Our customers: 14 quarries in Norway\n", "en");
        Company halden = discovered(r, "Halden Quarry Systems");
        assertTrue(halden.aliases().contains("HALDEN QUARRY SYSTEMS LTD."), "the letterhead is one of its forms");
        assertEquals(halden.id(), figure(r, Metric.REVENUE, 6.5e6).companyId());
        assertEquals(halden.id(), figure(r, Metric.GROSS_MARGIN, 58).companyId());
    }

    @Test
    void aPressReleaseSpeaksForTheCompanyOfItsAboutSectionAndItsTotalsAreItsOwn() {
        ReportAnalysis.Result r = read("PRESSEMITTEILUNG\n\nNeue Runde im Energiesektor\n\n"
                + "Kassel, 2. Mai 2026 – „Wir haben im vergangenen Jahr einen Umsatz von 14 Mio. Euro erzielt“, sagt die "
                + "Gründerin. „Bis 2029 wollen wir insgesamt 60 Mio. Euro in Forschung und Entwicklung stecken.“\n\n"
                + "Über Brennholt\nDie Brennholt Energy GmbH wurde 2020 in Kassel gegründet.\n", "de");
        Company brennholt = discovered(r, "Brennholt Energy");
        assertEquals(brennholt.id(), figure(r, Metric.REVENUE, 14e6).companyId());
        assertOwnTotal(r, brennholt, Metric.RD_SPEND, 60e6);
    }

    @Test
    void aProspectusSpeaksAsTheCompanyOfItsLetterheadButNotForAnonymousCompetitors() {
        ReportAnalysis.Result r = read("澄岳智能科技股份有限公司CHENGYUE INTELLIGENT TECHNOLOGY CO., LTD.\n\n概覽\n\n"
                + "我們是一家工業視覺解決方案提供商。自成立以來，我們已完成四輪融資，累計融資總額約人民幣12億元。"
                + "於2025年6月完成的B輪融資中，本公司的投後估值約為人民幣48億元。\n\n"
                + "按收入計，公司A的市場份額約為8.1%。\n", "zh-Hant");
        Company chengyue = discovered(r, "澄岳智能科技股份有限公司");
        assertOwnTotal(r, chengyue, Metric.FUNDING, 1.2e9);
        assertEquals(chengyue.id(), figure(r, Metric.VALUATION, 4.8e9).companyId());
        assertTrue(r.candidates().stream().noneMatch(n -> n.matches(".*\\d.*月")), "a date is no company: " + r.candidates());
        assertNull(figure(r, Metric.MARKET_SHARE, 8.1).companyId(), "公司A is a competitor kept anonymous");
    }

    @Test
    void aSimplifiedChineseAnnualReportSpeaksAsItsGroup() {
        ReportAnalysis.Result r = read("上海星岚智能科技有限公司\n2025年度报告（摘要）\n\n"
                + "本集团2025年实现营业收入人民币6.4亿元，研发投入为人民币2.1亿元。我们的毛利率为41%。\n", "zh-Hans");
        Company xinglan = discovered(r, "上海星岚智能科技有限公司");
        assertEquals(xinglan.id(), figure(r, Metric.REVENUE, 6.4e8).companyId());
        assertEquals(xinglan.id(), figure(r, Metric.GROSS_MARGIN, 41).companyId());
    }

    @Test
    void aCompanyNamedOnlyInALaterClauseLeavesTheAmountToThePassageSubject() {
        ReportAnalysis.Result r = read("Mistral AI sammelt erneut Geld\n\nDie Bewertung liegt nun bei 11 Mrd. Euro – "
                + "doppelt so hoch wie im Vorjahr, als Mistral AI mit 5,8 Mrd. Euro bewertet wurde.", "de");
        assertEquals("mistral-ai", figure(r, Metric.VALUATION, 11e9).companyId());
        assertEquals("mistral-ai", figure(r, Metric.VALUATION, 5.8e9).companyId());
    }
}
