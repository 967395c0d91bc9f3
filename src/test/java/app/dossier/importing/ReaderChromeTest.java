package app.dossier.importing;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.time.LocalDate;

import static app.dossier.importing.ReaderTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The frames that social platforms, mail clients, read-later apps, forums and filings put around an article,
 * one invented document per class: the headline is the title, the frame goes, the article stays.
 */
class ReaderChromeTest {

    private static void assertGone(ExtractedDocument doc, String... chrome) {
        for (String c : chrome) {
            assertFalse(doc.text().contains(c), "'" + c + "' kept in:\n" + doc.text());
        }
    }

    private static void assertKept(ExtractedDocument doc, String... sentences) {
        for (String s : sentences) {
            assertTrue(doc.text().contains(s), "'" + s + "' lost from:\n" + doc.text());
        }
    }

    @Test
    void aSocialPostLosesSkipLinkAuthorCardAndReactionsAndKeepsItsHeadline() throws Exception {
        ExtractedDocument doc = read("post.txt", """
                Skip to main content
                Home
                My Network
                Jobs
                Messaging

                Dr. Helen Marsh
                 • 3rd+
                Partner at Quarry Capital | Robotics | Board member
                2w • Edited •
                + Follow

                Why Fernbrook Automation still burns cash at $40M revenue

                Fernbrook Automation closed the year with revenue of $40.2 million, up 35% on the year before, and an operating loss of $6.8 million.

                Most of the loss comes from field service: every new site needs two engineers for a month before the robots run on their own.

                …see more

                👍💡 318
                54 comments • 12 reposts

                Like
                Comment
                Repost
                Send

                Omar Reyes
                 • 2nd
                COO at Linden Freight
                1w
                Field service is the quiet killer of every robotics P&L I have seen.
                Like
                 | Reply
                Load more comments
                """);
        assertEquals("Why Fernbrook Automation still burns cash at $40M revenue", doc.title());
        assertGone(doc, "Skip to main content", "Partner at Quarry Capital", "2w • Edited", "+ Follow", "54 comments",
                "quiet killer", "see more");
        assertKept(doc, "an operating loss of $6.8 million", "before the robots run on their own");
    }

    @Test
    void aMicroblogPostLosesItsStampAndTheExpandButtonGluedToAParagraph() throws Exception {
        ExtractedDocument doc = read("weibo.txt", """
                财经博主阿青
                认证：财经博主
                +关注
                11月2日 20:15 来自 Android客户端

                【云澈储能三季度出货翻倍 海外订单占比过半】

                云澈储能昨晚披露三季报，前三季度储能电池出货12.4GWh，同比增长104%。 展开全文x

                海外订单的占比已经达到53%，主要来自欧洲和澳洲的工商业储能项目。

                价格方面，电芯均价比年初下降了约两成，但公司通过自动化产线把单位成本压得更低。
                收起全文y

                转发 86
                评论 132
                赞 905

                小马哥：海外订单能持续吗？
                11-2 21:03 来自 iPhone客户端
                回复 赞 12
                """, Charset.forName("GB18030"));
        assertEquals("云澈储能三季度出货翻倍 海外订单占比过半", doc.title());
        assertGone(doc, "来自 Android客户端", "展开全文", "收起全文", "认证：财经博主", "转发 86", "小马哥");
        assertKept(doc, "前三季度储能电池出货12.4GWh，同比增长104%。", "把单位成本压得更低。");
    }

    @Test
    void aForwardedNewsletterLosesTheForwarderTheQuotePrefixesAndItsFurnitureAndTakesTheLeadHeadline() throws Exception {
        ExtractedDocument doc = read("fwd.txt", """
                From: Ines Alvarez <ines@harbourlane.example>
                To: Deal Team <deals@harbourlane.example>
                Subject: Fwd: [Grid Notes] Calder Power's battery bet, turbine prices, and more
                Date: Thu, 6 Nov 2025 07:41:02 +0000

                Useful for Monday. Ines

                -- 
                Ines Alvarez | Associate | Harbour Lane Partners

                -------- Forwarded message --------
                From: Grid Notes <hello@gridnotes.example>
                Date: Wed, 5 Nov 2025 at 18:00
                Subject: [Grid Notes] Calder Power's battery bet, turbine prices, and more
                To: <ines@harbourlane.example>

                > Read this email in your browser
                > <https://gridnotes.example/issues/58>
                >
                > GRID NOTES
                > Issue #58 | Wednesday, November 5, 2025
                >
                > IN THIS ISSUE: Calder Power's battery bet | Turbine prices |
                > Events
                >
                > Calder Power books $210 million of battery storage for its wind farms
                >
                > Calder Power, the Danish wind developer, has ordered 640 megawatt-hours
                > of battery storage for $210 million, its largest purchase so far.
                >
                > The batteries will let Calder sell power in the evening peak, when
                > prices are on average 45% higher than at noon.
                >
                > SPONSORED | Voltmesh: monitor every inverter from one screen. Try it
                > free at voltmesh.example
                >
                > Enjoyed this issue? Forward it to a colleague.
                >
                > You are receiving this email because you subscribed to Grid Notes.
                > Unsubscribe <https://gridnotes.example/u/1> | Preferences
                """);
        assertEquals("Calder Power books $210 million of battery storage for its wind farms", doc.title());
        assertGone(doc, "Useful for Monday", "Harbour Lane Partners", "Forwarded message", "> ", "IN THIS ISSUE",
                "gridnotes.example/issues", "Voltmesh", "Forward it to a colleague", "Unsubscribe");
        assertKept(doc, "has ordered 640 megawatt-hours of battery storage for $210 million",
                "prices are on average 45% higher than at noon.");
        assertEquals(LocalDate.of(2025, 11, 5), doc.published());
    }

    @Test
    void aReplyChainKeepsEveryMessageWithoutQuotePrefixesOrReplyHeads() throws Exception {
        ExtractedDocument doc = read("reply.txt", """
                From: Paul Okoye <paul@ridgefield.example>
                To: Sara Lind <sara@ridgefield.example>
                Subject: Re: AW: Keelson Bio term sheet
                Date: Fri, 7 Nov 2025 11:20:00 +0100

                Sara, the lead wants a 1.5x liquidation preference; I would push back to 1x.

                Am 06.11.2025 um 17:05 schrieb Sara Lind <sara@ridgefield.example>:
                > Keelson offers 15% of the company for EUR 9 million.
                > The pre-money valuation is therefore EUR 51 million.
                > Can you check the preference terms?
                """);
        assertEquals("Keelson Bio term sheet", doc.title());
        assertGone(doc, "schrieb Sara Lind", "> ");
        assertKept(doc, "I would push back to 1x.", "The pre-money valuation is therefore EUR 51 million.");
    }

    @Test
    void aLongAnswerLosesTheShortRequestQuotedUnderIt() throws Exception {
        ExtractedDocument doc = read("answer.txt", """
                Subject: Notes from the battery storage fair in Essen
                From: Ole Brandt <ole@mistral-grid.example>
                Date: Wed, 4 Mar 2026 18:02:00 +0100

                Hi Mia,

                here are my notes from the fair. About 90 exhibitors showed storage systems for data centres,
                most of them built around lithium iron phosphate cells.

                Prices keep falling

                Three suppliers quoted complete containers at under 150 euros per kilowatt hour, a third less
                than a year ago. Buyers still wait up to nine months for grid connections.

                What it means for us

                Our customers should plan storage and grid connection together, or the container will stand idle.

                Best regards
                Ole

                > Am 02.03.2026 um 09:30 schrieb Mia Kaul <mia@mistral-grid.example>:
                > Could you send me the main points from Essen?
                > Thanks!
                """);
        assertEquals("Notes from the battery storage fair in Essen", doc.title());
        assertGone(doc, "Could you send me the main points", "schrieb Mia Kaul", "Thanks!");
        assertKept(doc, "a third less than a year ago", "Our customers should plan storage and grid connection together");
    }

    @Test
    void aThreadOfALinkAggregatorLosesItsPostHeadVotesAndComments() throws Exception {
        ExtractedDocument doc = read("thread.txt", """
                r/EnergyInvesting
                Posted by u/gridwatcher
                5 hr. ago

                Halden Turbines just raised its margin guidance to 11%

                Halden Turbines lifted its operating margin guidance for the year to 11% from 9%, after third-quarter orders rose 27% to 2.3 gigawatts.

                The backlog now covers almost two years of production, which is unusual for a turbine maker.

                231 upvotes
                48 comments
                Share
                Save

                Sort by: Best

                level 1
                windskeptic
                · 4 hr. ago
                Two years of backlog at fixed prices is a risk, not a comfort.
                Reply
                Share
                """);
        assertEquals("Halden Turbines just raised its margin guidance to 11%", doc.title());
        assertGone(doc, "r/EnergyInvesting", "u/gridwatcher", "5 hr. ago", "231 upvotes", "not a comfort");
        assertKept(doc, "after third-quarter orders rose 27% to 2.3 gigawatts.", "unusual for a turbine maker.");
    }

    @Test
    void aReadLaterCopyLosesTheAppsLinesAndKeepsHeadlineAndAuthorApart() throws Exception {
        ExtractedDocument doc = read("saved.txt", """
                Saved to Instapaper
                From markets-weekly.example
                View Original

                Corliss Foods lifts prices for the third time this year
                Jonas Berg
                4 min read

                Corliss Foods raised its list prices by 6% from November, the third increase this year, as cocoa and sugar costs stay high.

                The company still expects sales volumes to fall by about 2% in the fourth quarter.

                Archive · Favorite · Share
                """);
        assertEquals("Corliss Foods lifts prices for the third time this year", doc.title());
        assertGone(doc, "Instapaper", "markets-weekly.example", "View Original", "4 min read", "Archive · Favorite");
        assertKept(doc, "raised its list prices by 6% from November", "to fall by about 2% in the fourth quarter.");
    }

    @Test
    void aFilingsExhibitLosesItsLabelsAndPageNumbers() throws Exception {
        ExtractedDocument doc = read("ex99.txt", """
                EX-99.1 2 e55555ex99-1.htm EX-99.1

                Exhibit 99.1

                Quillon Networks Announces Fiscal Second Quarter Results

                AUSTIN, Texas, October 30, 2025 -- Quillon Networks, Inc. today announced revenue of $74.1 million for its fiscal second quarter, up 19% year over year.

                1

                Subscription revenue grew 31% to $48.9 million and now makes up two thirds of total revenue.

                2
                """);
        assertEquals("Quillon Networks Announces Fiscal Second Quarter Results", doc.title());
        assertGone(doc, "EX-99.1", "Exhibit 99.1", "\n1\n", "\n2");
        assertKept(doc, "revenue of $74.1 million", "Subscription revenue grew 31% to $48.9 million");
    }

    @Test
    void aForumPostLosesItsPostHeadsButtonsAndReplies() throws Exception {
        ExtractedDocument doc = read("forum.txt", """
                看板首頁 > 投資理財 > 個股討論
                晶采光電法說會筆記，車用營收比重創新高

                樓主 長線小散戶 2025-11-05 20:40 #1

                今天聽了晶采光電的法說會，整理幾個重點。

                第三季營收新台幣21.6億元，年增18%，車用產品營收比重提高到34%，創歷史新高。

                公司預期明年資本支出約8億元，主要擴充苗栗廠的產能。

                回覆 引言回覆 檢舉
                分享到 Facebook

                路過的阿宏 2025-11-05 21:12 #2
                謝謝分享，車用比重提高是好事。
                回覆 引言回覆
                """);
        assertEquals("晶采光電法說會筆記，車用營收比重創新高", doc.title());
        assertGone(doc, "樓主", "#1", "引言回覆", "路過的阿宏", "謝謝分享");
        assertKept(doc, "車用產品營收比重提高到34%，創歷史新高。", "主要擴充苗栗廠的產能。");
        assertEquals(LocalDate.of(2025, 11, 5), doc.published());
    }

    @Test
    void pageToolsBackLinksAndAContinuedHeadlineGo() throws Exception {
        ExtractedDocument doc = read("page.txt", """
                Zum Inhalt springen

                Solvix Energie erhöht die Dividende um 20 Prozent

                Schriftgröße A- A A+

                Die Solvix Energie AG schüttet für das Geschäftsjahr 2025 eine Dividende von 1,20 Euro je Aktie aus, nach 1,00 Euro im Vorjahr.

                Solvix Energie erhöht die Dividende um 20 Prozent (Fortsetzung)

                Der Vorstand begründet die Erhöhung mit einem Free Cashflow von 310 Mio. Euro.

                « Zurück zur Übersicht
                """);
        assertEquals("Solvix Energie erhöht die Dividende um 20 Prozent", doc.title());
        assertGone(doc, "Zum Inhalt springen", "Schriftgröße", "(Fortsetzung)", "Zurück zur Übersicht");
        assertKept(doc, "eine Dividende von 1,20 Euro je Aktie", "Free Cashflow von 310 Mio. Euro.");
    }

    @Test
    void aChinesePortalsTextSizeToolGoes() throws Exception {
        ExtractedDocument doc = read("portal.txt", """
                星禾半導體第三季獲利年增四成

                字級 大 中 小

                星禾半導體今日公布第三季財報，稅後純益新台幣12.3億元，年增41%，每股盈餘3.05元。

                公司表示，先進封裝訂單能見度已達明年上半年。

                回上一頁
                """);
        assertEquals("星禾半導體第三季獲利年增四成", doc.title());
        assertGone(doc, "字級", "回上一頁");
        assertKept(doc, "稅後純益新台幣12.3億元，年增41%", "先進封裝訂單能見度已達明年上半年。");
    }

    @Test
    void aSentenceEndingInAButtonWordOrAnAgeIsText() throws Exception {
        ExtractedDocument doc = read("plain.txt", """
                Harlow Mills sells its paper unit

                Harlow Mills agreed to sell its paper unit for $320 million, the company said. The buyer wants to see more.

                Analysts said the price of 6 times earnings was low; the unit had been for sale for 3 years.
                """);
        assertKept(doc, "The buyer wants to see more.", "for sale for 3 years.");
    }
}
