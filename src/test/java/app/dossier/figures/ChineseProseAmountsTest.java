package app.dossier.figures;

import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.tagging.CompanyMatcher;
import app.dossier.tagging.CompanyRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.dossier.figures.FigureAssertions.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Prospectus prose: thousands written after the digits (千元), money raised as 募得. */
class ChineseProseAmountsTest {
    private static final CompanyMatcher MATCHER = new CompanyMatcher(CompanyRegistry.builtin());
    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    private static List<Figure> read(String text) {
        return EXTRACTOR.extract(text, "zh-Hant", MATCHER.find(text));
    }

    @Test
    void thousandsOfYuanAfterTheDigitsAreScaled() {
        Figure loss = find(read("MiniMax民國一一三年度淨損為新台幣52,300千元。"), "minimax", Metric.NET_LOSS, 52_300_000);
        assertEquals("TWD", loss.currency());
    }

    @Test
    void moneyRaisedIsFundingEvenWithAValuationInTheNextClause() {
        List<Figure> f = read("MiniMax完成B輪私募，募得新台幣9億元，投資後估值約新台幣60億元。");
        find(f, "minimax", Metric.FUNDING, 9e8);
        find(f, "minimax", Metric.VALUATION, 6e9);
    }

    @Test
    void aBareYuanInTaiwaneseNewsIsNewTaiwanDollarsUnlessTheTextSaysOtherwise() {
        Figure revenue = find(read("MiniMax（6801）昨日公布10月合併營收1,204億元，年增18%。"), "minimax", Metric.REVENUE, 1.204e11);
        assertEquals("TWD", revenue.currency(), "no currency named: Taiwanese 元");
        Figure laterUnit = find(read("MiniMax營收12億元，年增8%。\n\n註：金額單位為港幣。"), "minimax", Metric.REVENUE, 1.2e9);
        assertEquals("HKD", laterUnit.currency(), "a unit named after the amount still says which yuan");
        Figure renminbi = find(read("MiniMax去年營收35億元人民幣，年增一倍。"), "minimax", Metric.REVENUE, 3.5e9);
        assertEquals("CNY", renminbi.currency(), "renminbi named right after the amount");
    }
}
