package app.dossier.figures;

import app.dossier.model.Figure;
import app.dossier.model.Mention;
import app.dossier.model.Metric;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static app.dossier.figures.FigureExtractorTest.assertFigure;
import static app.dossier.figures.FigureExtractorTest.extract;
import static app.dossier.figures.FigureExtractorTest.valued;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Investors and sources named beside an amount are not whom it is about; companies are invented. */
class InvestorsBesideAmountsTest {

    @Test
    void aValuationInBracketsAfterTheLeadInvestorBelongsToTheCompanyRaising() {
        List<Figure> en = extract("3. Brindle Robotics  $40M Series B led by Oakfield Partners (valuation $300M)",
                "en", "Brindle Robotics=brindle", "Oakfield Partners=oakfield");
        assertFigure(valued(en, 3e8), "brindle", Metric.VALUATION, "USD");
        List<Figure> de = extract("Brindle Robotics sammelt 40 Mio. Euro unter Führung von Oakwerk (Bewertung 300 Mio. Euro).",
                "de", "Brindle Robotics=brindle", "Oakwerk=oakwerk");
        assertFigure(valued(de, 3e8), "brindle", Metric.VALUATION, "EUR");
    }

    @Test
    void theLastFieldOfADealLineIsTheInvestorNotTheSubjectOfTheNextLine() {
        List<Figure> de = extract("2. Tannfeld AG – Serie A – 14 Mio. € – Birkhain\n   Bewertung rund 70 Mio. €. Das Unternehmen baut Sensoren.",
                "de", "Tannfeld AG=tannfeld", "Birkhain=birkhain");
        assertFigure(valued(de, 7e7), "tannfeld", Metric.VALUATION, "EUR");
        List<Figure> en = extract("• Quarrel Labs — Seed — $6M — Hollin\n  Valuation: $30M.",
                "en", "Quarrel Labs=quarrel", "Hollin=hollin");
        assertFigure(valued(en, 3e7), "quarrel", Metric.VALUATION, "USD");
        List<Figure> zh = extract("星禾智能｜A轮｜2亿元｜松岭\n投后估值：12亿元。", "zh", "星禾智能=xinghe", "松岭=songling");
        assertFigure(valued(zh, 1.2e9), "xinghe", Metric.VALUATION, "CNY");
    }

    @Test
    void aLineListingCompaniesWithTheirAmountsKeepsEachCompany() {
        List<Figure> de = extract("Tannfeld – 14 Mio. € – Birkhain – 9 Mio. €", "de", "Tannfeld=tannfeld", "Birkhain=birkhain");
        assertEquals("birkhain", valued(de, 9e6).companyId());
    }

    @Test
    void aLeadNamedAfterTheAmountOrJoinedToAnotherInvestorIsAnInvestor() {
        List<Figure> de = extract("Die Runde über 25 Mio. € wird von Birkhain angeführt. Der monatliche Burn liegt bei 900.000 Euro.",
                "de", "Birkhain=birkhain");
        assertNotEquals("birkhain", valued(de, 2.5e7).companyId());
        List<Figure> en = extract("Series A: $12M at $60M post-money (Lead: Hollin). Monthly burn is $500K.",
                "en", "Hollin=hollin");
        assertNotEquals("hollin", valued(en, 5e5).companyId());
        List<Figure> joined = extract("Quarrel Labs closed a round led by Hollin and Ashgrove Capital. Valuation: $90M.",
                "en", "Quarrel Labs=quarrel", "Hollin=hollin", "Ashgrove=ashgrove");
        assertFigure(valued(joined, 9e7), "quarrel", Metric.VALUATION, "USD");
        List<Figure> zh = extract("雲杉科技去年完成5億元A輪募資，投資方包括松嶺資本與白樺投資，投後估值30億元。",
                "zh", "雲杉科技=yunshan", "松嶺資本=songling", "白樺投資=baihua");
        assertEquals("yunshan", valued(zh, 3e9).companyId());
        assertEquals("yunshan", valued(zh, 5e8).companyId());
        assertEquals(Metric.VALUATION, valued(zh, 3e9).metric());
    }

    @Test
    void aPublisherOrInvestorTheRegistryKnowsIsNotTheCompanyOfAnAmountBesideIt() {
        String text = "Median seed round: $4M (Quillmark). Quillmark expects the market to reach $90 billion.";
        List<Mention> mentions = new ArrayList<>();
        for (int at = text.indexOf("Quillmark"); at >= 0; at = text.indexOf("Quillmark", at + 1)) {
            mentions.add(new Mention(null, "quillmark", at, at + 9, "Quillmark", false, false));
        }
        List<Figure> f = new FigureExtractor().extract(text, "en", mentions, Set.of("quillmark"));
        f.forEach(each -> assertNotEquals("quillmark", each.companyId(), each::toString));
    }
}
