package app.dossier.figures;

import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.tagging.CompanyMatcher;
import app.dossier.tagging.CompanyRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.dossier.figures.FigureAssertions.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A table row, column or caption declared in percent holds percentages, even in a table of money. */
class PercentTablesTest {
    private static final CompanyMatcher MATCHER = new CompanyMatcher(CompanyRegistry.builtin());
    private static final FigureExtractor EXTRACTOR = new FigureExtractor();


    @Test
    void aMarginRowMarkedInPercentIsNotScaledByTheTablesMoneyUnit() {
        String text = "MiniMax 財務摘要\n\nMiniMax 是一家模型公司。\n\n單位：新台幣千元\n\n"
                + "項目            2023年度      2024年度\n營業收入          51,200        88,400\n毛利率（%）          38.5          44.0\n"
                + "研究發展費用      20,100        26,700\n本期淨損          30,500        21,900\n";
        List<Figure> f = EXTRACTOR.extract(text, "zh-Hant", MATCHER.find(text));
        Figure margin = find(f, "minimax", Metric.GROSS_MARGIN, 44.0);
        assertNull(margin.currency(), "a margin is no money");
        assertEquals("2024", margin.period());
        find(f, "minimax", Metric.RD_SPEND, 26_700_000);
        find(f, "minimax", Metric.NET_LOSS, 21_900_000);
        assertTrue(f.stream().noneMatch(x -> x.value() == 44_000), "the percent row is not scaled to thousands");
    }

    @Test
    void aCaptionDeclaringPercentMakesEveryBareCellAShareOfItsColumn() {
        String text = "Markt\n\nAnteile der Anbieter (Angaben in %):\n\n| Anbieter | Marktanteil 2025 |\n|---|---:|\n"
                + "| Mistral AI | 14,5 |\n| Aleph Alpha | 3,2 |\n";
        List<Figure> f = EXTRACTOR.extract(text, "de", MATCHER.find(text));
        find(f, "mistral-ai", Metric.MARKET_SHARE, 14.5);
        find(f, "aleph-alpha", Metric.MARKET_SHARE, 3.2);
    }
}
