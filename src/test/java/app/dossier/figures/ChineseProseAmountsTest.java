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
}
