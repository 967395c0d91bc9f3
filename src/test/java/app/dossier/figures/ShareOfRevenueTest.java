package app.dossier.figures;

import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.tagging.CompanyMatcher;
import app.dossier.tagging.CompanyRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.dossier.figures.FigureAssertions.find;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A product's share of a company's revenue (營收占比, 比重) is not a margin named later in the sentence. */
class ShareOfRevenueTest {
    private static final CompanyMatcher MATCHER = new CompanyMatcher(CompanyRegistry.builtin());
    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    @Test
    void theRevenueMixIsNotTheGrossMarginThatFollowsIt() {
        String text = "廣達表示，AI伺服器營收比重已過半，第二季毛利率為7.5%。鴻海指出，雲端產品營收占比達四成，毛利率約6.3%。";
        List<Figure> f = EXTRACTOR.extract(text, "zh-Hant", MATCHER.find(text));
        find(f, "quanta-computer", Metric.GROSS_MARGIN, 7.5);
        find(f, "foxconn", Metric.GROSS_MARGIN, 6.3);
        assertTrue(f.stream().noneMatch(x -> Metric.GROSS_MARGIN.equals(x.metric()) && (x.value() == 50 || x.value() == 40)),
                () -> f.stream().map(SeedReportsFiguresTest::describe).toList().toString());
    }
}
