package app.dossier.importing;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static app.dossier.importing.ReaderTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Paged plain text loses its page furniture as a PDF does; document-kind, release and analyst lines, a post's
 * meta line, a site's one-line menu and advertisement and contact blocks are neither title nor text.
 */
class PagedTextAndLabelsTest {

    @Test
    void aHardWrappedNoteWithFormFeedsLosesLetterheadRunningLinesAndPageFooter() throws Exception {
        ExtractedDocument doc = read("note.txt", """
                BRAMBLEGATE CAPITAL MARKETS | Equity Research | Semiconductors
                ========================================================================
                SECTOR NOTE                                             3 March 2026
                Analysts: R. Lindqvist (+44 20 5550 1234) / M. Osei, CFA (+44 20 5550 1299)
                ------------------------------------------------------------------------

                Memory Makers Guide Higher as AI Servers Absorb Supply

                Contract prices for server memory rose for a fourth month in February,
                and two of the three large suppliers raised their guidance for the
                quarter.

                Page 1
                For professional clients only. See the disclosures on the last page.
                \f
                Bramblegate | Sector Note                               3 March 2026
                ------------------------------------------------------------------------

                WHAT WE WATCH NEXT

                Inventory at the module makers fell to about six weeks, the lowest
                level since the start of the upcycle.

                Bramblegate | Sector Note                                     Page 2
                """);
        assertEquals("Memory Makers Guide Higher as AI Servers Absorb Supply", doc.title());
        String text = doc.text();
        for (String furniture : new String[]{"Analysts:", "SECTOR NOTE", "Page 1", "For professional clients only",
                "Bramblegate | Sector Note", "====="}) {
            assertFalse(text.contains(furniture), furniture + " stays in: " + text);
        }
        assertTrue(text.contains("Contract prices for server memory rose for a fourth month in February"), text);
        assertTrue(text.contains("WHAT WE WATCH NEXT"), text);
        assertTrue(text.contains("the lowest level since the start of the upcycle."), text);
        assertEquals(LocalDate.of(2026, 3, 3), doc.published());
    }

    @Test
    void aRunningLineWithItsPageNumberGoesWithoutFormFeedsButARepeatedHeadingStays() throws Exception {
        ExtractedDocument doc = read("studie.txt", """
                Speicherpreise steigen im vierten Monat in Folge

                Die Vertragspreise für Serverspeicher sind im Februar erneut gestiegen.

                Ausblick

                Fondsreport Nord | Branchenstudie        Seite 1 von 2

                Die Lagerbestände der Modulhersteller sind auf etwa sechs Wochen gesunken.

                Ausblick

                Fondsreport Nord | Branchenstudie        Seite 2 von 2
                """);
        assertFalse(doc.text().contains("Fondsreport Nord"), doc.text());
        assertTrue(doc.text().contains("Ausblick"), "a heading repeated in the text is no running line: " + doc.text());
        assertTrue(doc.text().contains("Die Lagerbestände der Modulhersteller"), doc.text());
    }

    @Test
    void pageNumbersInEveryFormAreFurnitureOfAPagedText() {
        for (String n : new String[]{"Page 2", "Seite 1 von 3", "第 2 页", "第1頁／共2頁", "- 3 -", "2 / 9"}) {
            assertTrue(TextPages.isPageNumber(n), n);
        }
        assertFalse(TextPages.isPageNumber("Page views rose"));
        assertEquals(TextPages.shape("Acme | Note   4 May 2026"), TextPages.shape("Acme | Note   Page 2"));
    }

    @Test
    void aReleaseLabelDeclaredAsHeadlineIsNotTheTitleInAnyLanguage() throws Exception {
        ExtractedDocument de = read("pm.md", """
                # PRESSEMITTEILUNG

                **Kestrel Optics schließt Finanzierungsrunde über 40 Mio. Euro ab**

                Jena, 2. März 2026 – Die Kestrel Optics GmbH hat eine Finanzierungsrunde über 40 Mio. Euro abgeschlossen.
                """);
        assertEquals("Kestrel Optics schließt Finanzierungsrunde über 40 Mio. Euro ab", de.title());
        ExtractedDocument en = read("pr.md", """
                # Press Release

                **Kestrel Optics closes a EUR 40m funding round**

                Jena, March 2, 2026 – Kestrel Optics GmbH has closed a funding round of EUR 40m led by a growth fund.
                """);
        assertEquals("Kestrel Optics closes a EUR 40m funding round", en.title());
        ExtractedDocument zh = read("xwg.md", """
                # 新闻稿

                **光迅微电子完成4亿元B轮融资**

                2026年3月2日，光迅微电子宣布完成4亿元B轮融资，由一家产业基金领投。
                """);
        assertEquals("光迅微电子完成4亿元B轮融资", zh.title());
    }

    @Test
    void aPostsMetaLineWithItsReadingTimeGoes() throws Exception {
        ExtractedDocument en = read("post.html", """
                <html><body><article><h1>Why Rack Power Became the Bottleneck</h1>
                <div class="meta"><a href="/a">Tomas Berg</a> <span>Mar 3, 2026</span> <span>6 min read</span></div>
                <p>Operators now plan data halls around the power they can get, not the floor space they can build.
                Grid connections in the largest hubs take years to arrive.</p></article></body></html>
                """);
        assertFalse(en.text().contains("min read"), en.text());
        assertTrue(en.text().contains("Operators now plan data halls"), en.text());
        ExtractedDocument de = read("blog.txt", """
                Warum die Netzanschlüsse knapp werden

                Tomas Berg · 3. März 2026 · 6 Min. Lesezeit

                Betreiber planen Rechenzentren heute nach dem Strom, den sie bekommen, nicht nach der Fläche.
                """);
        assertFalse(de.text().contains("Lesezeit"), de.text());
        assertTrue(de.text().contains("Betreiber planen Rechenzentren heute"), de.text());
    }

    @Test
    void aSiteMenuOnOneLineAndTheAuthorAboveThePostStampAreNotTheTitle() throws Exception {
        ExtractedDocument zh = read("post.txt", """
                财经论坛 · 首页　行情　发现　快讯
                登录 / 注册

                山间看盘人
                2026-03-02 20:15 · 来自Android · 修改于2026-03-03 08:40

                存储涨价之后，模组厂还能不能拿？

                昨晚几家存储厂商上调了指引，今天不少朋友问我怎么看。我的结论是继续拿，但会降低仓位。
                """);
        assertEquals("存储涨价之后，模组厂还能不能拿？", zh.title());
        assertFalse(zh.text().contains("首页"), zh.text());
        assertFalse(zh.text().contains("登录"), zh.text());
        assertTrue(zh.text().contains("昨晚几家存储厂商上调了指引"), zh.text());
    }

    @Test
    void anAdvertisementSetInRulesGoesToItsClosingRuleAndTheTextAfterItStays() throws Exception {
        ExtractedDocument doc = read("briefing.txt", """
                Warum die Netzanschlüsse knapp werden

                In Hessen warten Projekte mit zusammen 3,1 Gigawatt auf einen Netzanschluss.
                ----------------------- ANZEIGE -----------------------
                SPONSOR: Diese Ausgabe unterstützt Kobaltwerk Hosting.
                Jetzt 200 € Guthaben sichern: https://kobaltwerk.example/start
                -------------------------------------------------------
                Die Netzbetreiber wollen bis 2030 rund 40 neue Umspannwerke bauen.
                """);
        assertFalse(doc.text().contains("SPONSOR"), doc.text());
        assertFalse(doc.text().contains("Guthaben sichern"), doc.text());
        assertTrue(doc.text().contains("In Hessen warten Projekte"), doc.text());
        assertTrue(doc.text().contains("Die Netzbetreiber wollen bis 2030 rund 40 neue Umspannwerke bauen."), doc.text());
    }

    @Test
    void aContactHeadingStandingAloneTakesTheContactParagraphUnderIt() throws Exception {
        ExtractedDocument doc = read("pm.html", """
                <html><body><article><h1>Kestrel Optics sammelt 40 Millionen Euro ein</h1>
                <p>Die Kestrel Optics GmbH aus Jena hat eine Finanzierungsrunde über 40 Millionen Euro abgeschlossen
                und will damit ihre Fertigung für optische Verbindungen ausbauen.</p>
                <h3>Pressekontakt</h3>
                <p>Jana Roth<br>Unternehmenskommunikation<br>Telefon: +49 3641 555 120<br>E-Mail: presse@kestrel.example</p>
                </article></body></html>
                """);
        assertFalse(doc.text().contains("Telefon"), doc.text());
        assertFalse(doc.text().contains("presse@"), doc.text());
        assertTrue(doc.text().contains("Finanzierungsrunde über 40 Millionen Euro"), doc.text());
    }
}
