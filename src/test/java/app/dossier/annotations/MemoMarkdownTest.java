package app.dossier.annotations;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemoMarkdownTest {
    private final NotesCorpus corpus = NotesFixtures.corpus();

    @Test
    void aMemoHasAHeadingPerReportWithSourceAndEachQuoteAsABlockquoteFollowedByItsNote() {
        String md = MemoMarkdown.render(corpus, "Notes");
        assertTrue(md.startsWith("# Notes\n\n## Kestrel AI raises money\n\n*2026-01-05 · Example Wire*\n\n"
                + "> raised 40 million dollars\n\nCompare with the filing.\n"), md);
        assertTrue(md.contains("## 鹰隼智能融资"), md);
        assertTrue(md.contains("> 完成4000万美元融资\n\n同一轮\n"), md);
        assertTrue(md.contains("About: Funding rounds · Tags: \\#check"), md);
    }

    @Test
    void aMemoAboutOneCompanyHoldsOnlyItsNotes() {
        NotesCorpus harbor = corpus.scoped(Scope.company("kestrel-ai"));
        String md = MemoMarkdown.render(harbor, NotesExport.title(corpus, Scope.company("kestrel-ai")));
        assertTrue(md.startsWith("# Notes on Kestrel AI\n"), md);
        assertFalse(md.contains("raised 40 million dollars"), md);
        assertTrue(md.contains("> Kestrel AI plans to hire 60 engineers"), md);
        assertEquals(2, md.lines().filter(l -> l.startsWith("## ")).count());
    }

    @Test
    void quotedTextCannotTurnIntoMarkdownSyntax() {
        assertEquals("\\*not bold\\* and \\<b\\>", MemoMarkdown.escape("*not bold* and <b>"));
        assertEquals("1\\. not a list", MemoMarkdown.escape("1. not a list"));
    }
}
