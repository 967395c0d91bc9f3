package app.dossier.analysis;

import app.dossier.model.Figure;
import app.dossier.model.Metric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A listing venue named beside a company ("拟登陆科创板", "plans to list on Nasdaq") is where it lists, not whom a figure is about. */
class ExchangesAreNotSubjectsTest {
    private static final ReportAnalysis ANALYSIS = new ReportAnalysis();

    @Test
    void theMoneyAnIpoRaisesAndTheFiguresAfterItAreNotTheExchanges() {
        String text = "苏州星衡算力科技股份有限公司（下称“星衡”）拟登陆科创板，本次计划募资18亿元。\n\n"
                + "截至2024年末，公司货币资金为人民币612,400千元。";
        Vocabulary vocabulary = new Vocabulary(List.of(), List.of());
        ReportAnalysis.Result r = ANALYSIS.analyse(vocabulary, text, "zh-Hans");
        List<Figure> money = r.figures().stream().filter(f -> f.value() >= 1e8).toList();
        assertTrue(money.size() >= 2, () -> r.figures().toString());
        for (Figure f : money) {
            assertTrue(f.companyId() != null, () -> "no company for " + f);
            assertNotEquals("star-market", f.companyId(), () -> "an exchange took " + f);
        }
        assertTrue(money.stream().anyMatch(f -> Metric.CASH.equals(f.metric())), () -> money.toString());
    }
}
