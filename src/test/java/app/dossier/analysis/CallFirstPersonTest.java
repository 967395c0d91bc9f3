package app.dossier.analysis;

import app.dossier.importing.DocumentReader;
import app.dossier.importing.ExtractedDocument;
import app.dossier.model.Figure;
import app.dossier.model.Metric;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * In a call transcript an executive's "our share" is the host company's, even when a rival is named in the same
 * sentence; "they" after "we estimate" is the rival just named. The host company is invented.
 */
class CallFirstPersonTest {
    private static final String CALL = """
            Brightmoor Semiconductor, Inc. (NASDAQ: BRMS)
            Q2 Fiscal 2026 Earnings Conference Call

            Mara Kell -- Chief Executive Officer

            Thanks, everyone. Revenue came in at $210.4 million.

            Tom Reyes -- Harbor Securities -- Analyst

            Nvidia dominates training. How much share do you really have?

            Mara Kell -- Chief Executive Officer

            We don't compete with Nvidia in training. We estimate they hold north of 80% of that market. Our share against Nvidia in edge inference is about 5% this year.

            Tom Reyes -- Harbor Securities -- Analyst

            Thanks. And what about margins?

            Mara Kell -- Chief Executive Officer

            By our count, our share of automotive inference chips is about 3%.
            """;

    private static Figure share(List<Figure> figures, double value) {
        return figures.stream().filter(f -> Metric.MARKET_SHARE.equals(f.metric()) && f.value() == value).findFirst()
                .orElseThrow(() -> new AssertionError("no share of " + value + " in " + figures));
    }

    @Test
    void anExecutivesOurShareIsTheHostsAndTheirShareTheRivals() throws Exception {
        ExtractedDocument doc = new DocumentReader().read("call.txt", CALL.getBytes(StandardCharsets.UTF_8));
        ReportAnalysis.Result r = new ReportAnalysis().analyse(new Vocabulary(List.of(), List.of()), doc.text(),
                doc.language(), doc.author());
        String host = r.discovered().stream().filter(c -> c.name().startsWith("Brightmoor")).findFirst()
                .orElseThrow(() -> new AssertionError("no host among " + r.candidates())).id();
        assertEquals(host, share(r.figures(), 5).companyId(), "Nvidia is only the rival of \"our share\"");
        assertEquals(host, share(r.figures(), 3).companyId(), "a speaker's label that repeats still opens her turn");
        assertEquals("nvidia", share(r.figures(), 80).companyId());
    }
}
