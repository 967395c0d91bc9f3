package app.dossier.analysis;

import app.dossier.importing.DocumentReader;
import app.dossier.importing.ExtractedDocument;
import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.model.Metric;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A founder's post names its company only in the author's headline ("CEO at …"), which the cleaning drops,
 * and in its short form in the text; its "we raised", "our ARR" are that company's. Companies are invented.
 */
class FounderPostFiguresTest {
    private static final DocumentReader READER = new DocumentReader();
    private static final ReportAnalysis ANALYSIS = new ReportAnalysis();
    private static final Vocabulary VOCABULARY = new Vocabulary(List.of(), List.of());

    private static final String POST = """
            Mara Lindqvist • 1st
            Co-founder & CEO at Tidewell Labs | ex-Shopify | AI for cold-chain logistics
            3d • 🌐

            Some news, with real numbers attached.

            We just closed our $27M Series A, led by a fund we have admired for years. The round values Tidewell at $140M post-money.

            Revenue: we crossed $6M in ARR in September, up from $2.1M a year ago.

            Our gross margin is 58% today. We burn about $700K a month and have around $31M in the bank.

            About 2,400 warehouse operators use Tidewell every day.
            """;

    private static final String HAN_POST = """
            周若岚
            澜舟智算创始人兼CEO
            2天前

            今天想和大家分享一个好消息：我们完成了2亿元B轮融资，投后估值约15亿元。
            今年我们的收入预计达到8000万元，毛利率提升到45%。
            """;

    private static Figure find(List<Figure> figures, String metric, double value) {
        return figures.stream().filter(f -> metric.equals(f.metric()) && Math.abs(f.value() - value) <= value * 1e-6)
                .findFirst().orElseThrow(() -> new AssertionError("no " + metric + " of " + value + " in " + figures));
    }

    private static ReportAnalysis.Result analyse(String text) throws Exception {
        ExtractedDocument doc = READER.read("post.txt", text.getBytes(StandardCharsets.UTF_8));
        return ANALYSIS.analyse(VOCABULARY, doc.text(), doc.language(), doc.author());
    }

    @Test
    void theFirstPersonOfAFounderPostIsTheCompanyOfTheHeadline() throws Exception {
        ReportAnalysis.Result r = analyse(POST);
        Company author = r.discovered().stream().filter(c -> c.name().equals("Tidewell Labs")).findFirst()
                .orElseThrow(() -> new AssertionError("no author among " + r.candidates()));
        assertEquals(author.id(), find(r.figures(), Metric.FUNDING, 27e6).companyId());
        assertEquals(author.id(), find(r.figures(), Metric.VALUATION, 140e6).companyId());
        assertEquals(author.id(), find(r.figures(), Metric.REVENUE, 6e6).companyId());
        assertEquals(author.id(), find(r.figures(), Metric.GROSS_MARGIN, 58).companyId());
        assertEquals(author.id(), find(r.figures(), Metric.CASH, 31e6).companyId());
        assertTrue(r.mentions().stream().anyMatch(m -> m.companyId().equals(author.id()) && m.text().equals("Tidewell")),
                "the short form in the text is a mention of the author's company");
    }

    @Test
    void aChineseFounderHeadlineNamesTheAuthor() throws Exception {
        ReportAnalysis.Result r = analyse(HAN_POST);
        Company author = r.discovered().stream().filter(c -> c.name().startsWith("澜舟智算")).findFirst()
                .orElseThrow(() -> new AssertionError("no author among " + r.candidates()));
        assertEquals(author.id(), find(r.figures(), Metric.FUNDING, 2e8).companyId());
        assertEquals(author.id(), find(r.figures(), Metric.REVENUE, 8e7).companyId());
    }

    @Test
    void anInvestorsHeadlineNamesNoAuthor() throws Exception {
        ExtractedDocument doc = READER.read("post.txt", POST.replace("Co-founder & CEO at Tidewell Labs", "Partner at Harbourline Ventures")
                .getBytes(StandardCharsets.UTF_8));
        assertNull(doc.author());
    }
}
