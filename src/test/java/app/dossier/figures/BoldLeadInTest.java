package app.dossier.figures;

import app.dossier.model.Figure;
import app.dossier.model.Metric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.dossier.figures.FigureExtractorTest.assertFigure;
import static app.dossier.figures.FigureExtractorTest.extract;
import static app.dossier.figures.FigureExtractorTest.valued;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A bold line above a list of fragments names the company of that list; companies are invented. */
class BoldLeadInTest {

    @Test
    void fragmentsBeneathABoldNameBelongToThatName() {
        List<Figure> en = extract("Brindle vs Quarrel: a comparison\n\nNotes on two companies.\n\n**Brindle Robotics** (warehouse arms)\n"
                + "- Raised $20M at a $90M post.\n- Burn: about $1M a month.\n\n**Quarrel Labs Inc.** (legal search)\n"
                + "- $7M seed, then a $25M Series A.\n- Burning roughly $600k a month.\n",
                "en", "Brindle Robotics=brindle", "Brindle=brindle", "Quarrel Labs Inc.=quarrel", "Quarrel=quarrel");
        assertFigure(valued(en, 2.5e7), "quarrel", Metric.FUNDING, "USD");
        assertFigure(valued(en, 6e5), "quarrel", Metric.BURN, "USD");
        assertFigure(valued(en, 1e6), "brindle", Metric.BURN, "USD");
    }

    @Test
    void germanAndChineseLeadInsHeadTheirLists() {
        List<Figure> de = extract("Zwei Firmen im Vergleich\n\nKurz notiert.\n\n**Tannfeld AG** (Sensorik)\n- Umsatz 2024: 3 Mio. €\n\n"
                + "**Birkhain GmbH** (Logistik)\n- Umsatz 2024: 5 Mio. €\n",
                "de", "Tannfeld AG=tannfeld", "Birkhain GmbH=birkhain");
        assertFigure(valued(de, 5e6), "birkhain", Metric.REVENUE, "EUR");
        List<Figure> zh = extract("两家公司对比\n\n简要如下。\n\n【星禾智能】\n- 收入：2亿元\n\n【松岭科技】\n- 收入：3亿元\n",
                "zh", "星禾智能=xinghe", "松岭科技=songling");
        assertFigure(valued(zh, 3e8), "songling", Metric.REVENUE, "CNY");
    }

    @Test
    void proseAfterTheListIsNoLongerUnderTheLeadIn() {
        List<Figure> en = extract("Brindle vs Quarrel\n\nSome notes on Brindle Robotics.\n\n**Quarrel Labs Inc.** (legal search)\n"
                + "- Burning roughly $600k a month.\n\nBrindle Robotics grew fast. It spends $2M a month.\n",
                "en", "Brindle Robotics=brindle", "Quarrel Labs Inc.=quarrel");
        assertNotEquals("quarrel", valued(en, 2e6).companyId());
    }

    @Test
    void aHeadingNamingAnotherCompanyOutweighsTheVoiceOfAFirstPersonPost() {
        List<Figure> en = extract("Brindle Robotics or Quarrel Labs Inc.? I need advice\n\nI have offers from both and I keep notes.\n\n"
                + "**Brindle Robotics** (arms)\n\n- Raised $20M last year.\n\n**Quarrel Labs Inc.** (legal search)\n\n"
                + "- Burning roughly $600k a month.\n\nWhat would you do?\n",
                "en", "Brindle Robotics=brindle", "Quarrel Labs Inc.=quarrel");
        assertFigure(valued(en, 6e5), "quarrel", Metric.BURN, "USD");
    }

    @Test
    void aPluralHeadingNamesTheMetricOfTheListBeneath() {
        List<Figure> en = extract("Round-up\n\nA short note.\n\n## Valuations\n\n- Brindle Robotics at $400M (May).\n",
                "en", "Brindle Robotics=brindle");
        assertFigure(valued(en, 4e8), "brindle", Metric.VALUATION, "USD");
    }
}
