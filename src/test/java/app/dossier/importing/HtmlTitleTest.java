package app.dossier.importing;

import org.junit.jupiter.api.Test;

import static app.dossier.importing.ReaderTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page's title by evidence, when its <title> names a section or is a word processor's stale property. */
class HtmlTitleTest {

    @Test
    void aTitleThatOnlyNamesTheSiteSectionYieldsToTheHeadline() throws Exception {
        ExtractedDocument doc = read("ir.html", """
                <html><head><title>News | Investors | Brannock Logistics plc</title></head><body>
                <nav><a href="/">Home</a> <a href="/investors">Investors</a></nav>
                <main><article>
                <p class="meta">Regulatory news · 12.11.2025</p>
                <h1>Brannock Logistics raises full-year profit outlook after strong peak season</h1>
                <p>Brannock Logistics plc now expects adjusted operating profit of £88 million to £92 million for the year, up from £80 million.</p>
                <p>Parcel volumes in October were 14% higher than a year earlier, helped by two new retail contracts.</p>
                <p class="back"><a href="/investors/news">‹ Back to overview</a></p>
                </article></main></body></html>
                """);
        assertEquals("Brannock Logistics raises full-year profit outlook after strong peak season", doc.title());
        assertFalse(doc.text().contains("Back to overview"), doc.text());
    }

    @Test
    void aTitleThatNamesTheStoryStillWins() throws Exception {
        ExtractedDocument doc = read("story.html", """
                <html><head><title>Brannock lifts outlook | Freight Daily</title></head><body>
                <article><h1>Freight Daily</h1>
                <p>Brannock Logistics now expects adjusted operating profit of up to £92 million for the year, its second upgrade.</p>
                <p>Parcel volumes in October were 14% higher than a year earlier.</p>
                </article></body></html>
                """);
        assertEquals("Brannock lifts outlook", doc.title());
    }

    @Test
    void aWordWebPageTakesItsLargePrintedHeadlineNotItsStaleTitleAndLosesItsPageHeaderAndFooter() throws Exception {
        ExtractedDocument doc = read("memo.htm", """
                <html xmlns:w="urn:schemas-microsoft-com:office:word">
                <head><meta name=Generator content="Microsoft Word 15"><title>Template weekly</title>
                <style>p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt;}</style></head>
                <body><div class=WordSection1>
                <div style='mso-element:header' id=h1><p class=MsoHeader><span style='font-size:8.0pt'>Marlow Research | For clients only</span></p></div>
                <p class=MsoNormal align=center><b><span style='font-size:20.0pt'>Tessaly Software: cloud renewals carry the quarter</span></b></p>
                <p class=MsoNormal align=center><span style='font-size:9.0pt'>Analyst: R. Kemp | 3 November 2025</span></p>
                <p class=MsoNormal>Tessaly Software grew cloud revenue by 27% to $143 million in the third quarter, and renewals reached 96% of contracts due.</p>
                <p class=MsoNormal>We raise our price target to $58 from $51 and keep the rating at buy.</p>
                <p class=MsoNormal>Margins should widen as the last on-premise customers migrate in 2026.</p>
                <div style='mso-element:footer' id=f1><p class=MsoFooter><span style='font-size:8.0pt'>This note is for the recipient only and may not be passed on.</span></p></div>
                </div></body></html>
                """);
        assertEquals("Tessaly Software: cloud renewals carry the quarter", doc.title());
        assertFalse(doc.text().contains("For clients only"), doc.text());
        assertFalse(doc.text().contains("may not be passed on"), doc.text());
        assertTrue(doc.text().contains("We raise our price target to $58 from $51"), doc.text());
    }

    @Test
    void aPagesTextSizeToolsGoByTheirClassName() throws Exception {
        ExtractedDocument doc = read("portal.html", """
                <html><head><meta charset="utf-8"><title>晨曜電子十月營收創新高 - 財經新報</title></head><body>
                <article><h1>晨曜電子十月營收創新高</h1>
                <div class="article-tools"><span>字級</span> <a>大</a> <a>中</a> <a>小</a> <a>列印</a></div>
                <p>晨曜電子十月合併營收新台幣36.2億元，月增9%，年增44%，創單月新高。</p>
                <p>公司表示，伺服器電源產品出貨持續放量，第四季營收可望逐月成長。</p>
                </article></body></html>
                """);
        assertEquals("晨曜電子十月營收創新高", doc.title());
        assertFalse(doc.text().contains("字級"), doc.text());
        assertTrue(doc.text().contains("年增44%"), doc.text());
    }
}
