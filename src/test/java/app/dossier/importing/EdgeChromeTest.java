package app.dossier.importing;

import org.junit.jupiter.api.Test;

import static app.dossier.importing.ReaderTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Furniture recognised by its shape at the edges of the article, on platforms no phrase list has met. */
class EdgeChromeTest {

    @Test
    void propertiesUnderTheHeadlineGoAndTheirDateIsKept() throws Exception {
        ExtractedDocument doc = read("wiki-page.md", """
                # Quarterly memo: robotics startups in the Nordics

                Owner: Signe Holm
                Reviewed: 3 June 2025 10:05
                Labels: robotics, Nordics, seed
                Workspace: Deal flow

                Nordic robotics startups raised more money this spring than in all of last year. Most of it went to
                three warehouse automation companies, and one of them, Fjordline Robotics, closed a round of
                120 million euros led by a pension fund.

                Smaller rounds were harder to close. Founders told us that investors now ask for a year of
                paying customers before a seed round.
                """);
        assertEquals("Quarterly memo: robotics startups in the Nordics", doc.title());
        assertFalse(doc.text().contains("Owner: Signe Holm"), doc.text());
        assertFalse(doc.text().contains("Labels:"), doc.text());
        assertTrue(doc.text().contains("Smaller rounds were harder to close."), doc.text());
        assertEquals(java.time.LocalDate.of(2025, 6, 3), doc.published());
    }

    @Test
    void menuAndCountersAroundAPostGoAndItsCommentsWithThem() throws Exception {
        ExtractedDocument doc = read("post.txt", """
                财经圈
                首页
                快讯
                话题
                登录

                储能电站的租金还能涨多久？
                青山看盘
                + 关注
                2025-05-12 09:30 · 来自网页版 · IP属地杭州

                今年一季度，几家储能运营商的租金报价都上调了一成左右。我翻了三家公司的季报，发现涨价主要来自容量电价的调整，而不是需求本身。

                其中，海风储能的租赁收入达到4.2亿元，同比增长六成。但它的折旧政策最激进，按八年摊销，真实的利润率可能被高估了。

                我的结论是：租金上涨可以持续一年，但两年以后新增产能集中投放，价格会重新回落。

                点赞 88
                评论 12
                转发 5
                收藏

                全部评论 12
                老周：折旧年限这点很关键。
                05-12 10:02 · 回复 · 赞 6
                加载更多
                """);
        assertEquals("储能电站的租金还能涨多久？", doc.title());
        for (String chrome : new String[] {"首页", "快讯", "来自网页版", "点赞 88", "全部评论", "老周", "加载更多"}) {
            assertFalse(doc.text().contains(chrome), chrome + " kept in:\n" + doc.text());
        }
        assertTrue(doc.text().contains("价格会重新回落。"), doc.text());
        assertTrue(doc.text().contains("海风储能的租赁收入达到4.2亿元"), doc.text());
    }

    @Test
    void aShareButtonAboveTheArticleDoesNotCutTheArticle() throws Exception {
        ExtractedDocument doc = read("story.txt", """
                Why grid batteries got cheaper in 2025

                Share
                12 comments

                Battery prices for grid storage fell by a fifth this year, according to three developers we spoke to.
                Most of the fall came from cell prices, which dropped as new factories in Asia came online.

                Developers are passing some of the saving on. Contract prices for new projects fell by about ten
                percent, and the rest went to margins, which had been thin for two years.

                Reply
                Share
                """);
        assertEquals("Why grid batteries got cheaper in 2025", doc.title());
        assertTrue(doc.text().contains("Developers are passing some of the saving on."), doc.text());
        assertFalse(doc.text().contains("12 comments"), doc.text());
        assertFalse(doc.text().contains("Reply"), doc.text());
    }

    @Test
    void aButtonOfTwoWordsOnItsOwnLineGoes() throws Exception {
        ExtractedDocument doc = read("beitrag.txt", """
                Warum Netzspeicher 2025 billiger wurden

                Die Preise für Netzspeicher sind in diesem Jahr um ein Fünftel gefallen, sagen drei Entwickler.
                Der größte Teil kam von den Zellpreisen, weil neue Fabriken in Asien die Produktion hochfuhren.

                Mehr anzeigen

                Die Entwickler geben einen Teil der Ersparnis weiter. Neue Verträge wurden um rund zehn Prozent
                billiger, der Rest ging in die Margen, die zwei Jahre lang dünn gewesen waren.
                """);
        assertFalse(doc.text().contains("Mehr anzeigen"), doc.text());
        assertTrue(doc.text().contains("Die Entwickler geben einen Teil der Ersparnis weiter."), doc.text());
    }

    @Test
    void aKeyFiguresBoxIsKeptThoughItIsShapedLikeProperties() throws Exception {
        ExtractedDocument doc = read("note.txt", """
                Harbour Robotics: the round in numbers

                Round: Series B
                Amount: 45 million euros
                Valuation: 300 million euros
                Lead: Nordfjord Capital

                Harbour Robotics closed its second round on Monday. The company sells picking robots to grocery
                warehouses and says it will double its sales team with the new money.
                """);
        assertTrue(doc.text().contains("Amount: 45 million euros"), doc.text());
        assertTrue(doc.text().contains("Valuation: 300 million euros"), doc.text());
    }

    @Test
    void anIssuerBlockAndExchangeDisclaimerAboveAnAnnouncementAreNotItsTitleAndOnlyTheTranslatedNameGoes() throws Exception {
        ExtractedDocument doc = read("announcement.txt", """
                Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for the contents of this announcement, make no representation as to its accuracy or completeness and expressly disclaim any liability whatsoever.

                霧林機器人控股有限公司
                MISTWOOD ROBOTICS HOLDINGS LIMITED
                (Incorporated in the Cayman Islands with limited liability)
                (Stock Code: 3318)

                VOLUNTARY ANNOUNCEMENT
                COMPLETION OF SERIES C FINANCING OF A SUBSIDIARY

                The board of directors of the Company is pleased to announce that its subsidiary has completed a financing of RMB800 million, led by an industrial fund.

                The proceeds will be used for research and development and for general working capital.

                By order of the Board
                Mistwood Robotics Holdings Limited
                Chairman

                As at the date of this announcement, the Board comprises three executive directors.
                """);
        assertEquals("COMPLETION OF SERIES C FINANCING OF A SUBSIDIARY", doc.title());
        for (String chrome : new String[] {"take no responsibility", "MISTWOOD ROBOTICS HOLDINGS LIMITED", "Stock Code", "By order of the Board", "the Board comprises"}) {
            assertFalse(doc.text().contains(chrome), chrome + " kept in:\n" + doc.text());
        }
        assertTrue(doc.text().contains("general working capital."), doc.text());
        assertTrue(doc.text().contains("霧林機器人控股有限公司"), "the issuer's own name stays for the figures: " + doc.text());
    }

    @Test
    void aWordProcessorExportGivesItsTitleParagraphAndLosesItsPageHeaderAndFooter() throws Exception {
        ExtractedDocument doc = read("memo.html", """
                <html><body class="doc-content"><div><p><span>Lindqvist Ventures | internal memo</span></p></div>
                <table><tr><td><p>Author</p></td><td><p>Ana Ruiz</p></td></tr><tr><td><p>Date</p></td><td><p>2 May 2025</p></td></tr>
                <tr><td><p>Circulation</p></td><td><p>partners only</p></td></tr></table>
                <p class="c4 title"><span>Seed rounds in climate software, spring 2025</span></p>
                <p><span>Climate software startups raised fewer seed rounds this spring, but the rounds were larger than a year ago and closed faster.</span></p>
                <h2><span>What changed</span></h2>
                <p><span>Investors now ask for signed pilots before the round. Two of the five companies we met had them.</span></p>
                <div><p><span>Confidential: do not forward</span></p></div></body></html>
                """);
        assertEquals("Seed rounds in climate software, spring 2025", doc.title());
        assertFalse(doc.text().contains("internal memo"), doc.text());
        assertFalse(doc.text().contains("partners only"), doc.text());
        assertFalse(doc.text().contains("Confidential"), doc.text());
        assertTrue(doc.text().contains("Two of the five companies we met had them."), doc.text());
    }
}
