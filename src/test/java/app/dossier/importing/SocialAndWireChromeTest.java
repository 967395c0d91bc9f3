package app.dossier.importing;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static app.dossier.importing.ReaderTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chrome of social-network articles, wire services, messaging platforms and news bylines leaves, in every
 * language; the report's own sentences (a research report's risk list among them) stay.
 */
class SocialAndWireChromeTest {

    @Test
    void aSocialNetworkArticleLosesItsStampSignInWallAndTheAuthorsOtherArticles() throws Exception {
        ExtractedDocument doc = read("post.html", """
                <html lang="en"><head><title>Why regional clouds win the second wave | Netlink</title>
                <meta property="og:site_name" content="Netlink"></head><body>
                <article>
                <h1>Why regional clouds win the second wave</h1>
                <div><span>Published Mar 3, 2026</span></div>
                <p>Most teams that moved their first language-model pilots to a global hyperscaler are now asking what the bill looks like at full load.</p>
                <p>Regional providers charge 15 percent more per GPU hour but keep data and contracts in one jurisdiction, which procurement now values.</p>
                <p>What has your team decided? I look forward to your replies.</p>
                <section><h2>More articles by Tomas Brekke</h2>
                <ul><li><a href="#">Five mistakes in a cloud exit</a> Feb 2, 2026</li>
                <li><a href="#">What the new procurement rules mean</a> Jan 9, 2026</li></ul>
                <a href="#">See all articles</a></section>
                <section><h2>Sign in to see more content</h2>
                <p>Create your free account or sign in to continue your search</p>
                <a href="#">Sign in</a> <a href="#">Join now</a></section>
                </article></body></html>
                """);
        assertEquals("Why regional clouds win the second wave", doc.title());
        assertEquals(LocalDate.of(2026, 3, 3), doc.published());
        for (String chrome : new String[]{"Published Mar 3", "More articles by", "Five mistakes", "procurement rules mean",
                "See all articles", "Sign in to see more", "free account", "Join now"}) {
            assertFalse(doc.text().contains(chrome), chrome + " stays in: " + doc.text());
        }
        assertTrue(doc.text().contains("What has your team decided? I look forward to your replies."), doc.text());
    }

    @Test
    void germanAndChineseSignInWallsAndStampsGoToo() throws Exception {
        ExtractedDocument de = read("beitrag.txt", """
                Warum regionale Clouds die zweite Welle gewinnen

                Veröffentlicht am 3. März 2026

                Die meisten Unternehmen haben ihre ersten Pilotprojekte bei einem globalen Anbieter gestartet und fragen nun, was der Dauerbetrieb kostet.

                Regionale Anbieter verlangen rund 15 Prozent mehr pro GPU-Stunde, halten aber Daten und Verträge in einem Rechtsraum.

                318 Reaktionen

                Weitere Artikel von Tomas Brekke
                • Fünf Fehler beim Cloud-Ausstieg
                • Was die neuen Vergaberegeln bedeuten

                Melden Sie sich an, um weitere Inhalte zu sehen
                Einloggen Jetzt beitreten
                """);
        assertEquals(LocalDate.of(2026, 3, 3), de.published());
        for (String chrome : new String[]{"Veröffentlicht am", "318 Reaktionen", "Weitere Artikel von", "Fünf Fehler", "Melden Sie sich an", "Jetzt beitreten"}) {
            assertFalse(de.text().contains(chrome), chrome + " stays in: " + de.text());
        }
        assertTrue(de.text().contains("halten aber Daten und Verträge in einem Rechtsraum."), de.text());

        ExtractedDocument zh = read("wenzhang.txt", """
                区域云厂商为何赢得第二波

                发布于 2026年3月3日

                多数企业最初把大模型试点放在全球云厂商上，如今开始计算满负荷运行的成本。区域云厂商每GPU小时贵约15%，但数据和合同都留在同一法域。

                登录以查看更多内容
                """);
        assertFalse(zh.text().contains("发布于"), zh.text());
        assertFalse(zh.text().contains("登录以查看更多"), zh.text());
        assertTrue(zh.text().contains("但数据和合同都留在同一法域。"), zh.text());
    }

    @Test
    void aWireServicesDisclaimerAndTheListingUnderItGoButTheReleaseStays() throws Exception {
        ExtractedDocument de = read("meldung.txt", """
                Lindqvist AG erweitert Rechenzentrum in Leipzig

                Leipzig, 4. Februar 2026 – Die Lindqvist AG baut ihr Rechenzentrum in Leipzig um 6 Megawatt aus. Die Investition beträgt rund 48 Mio. Euro und wird aus dem operativen Cashflow finanziert.

                Der Ausbau soll im dritten Quartal 2026 abgeschlossen sein. Rund die Hälfte der neuen Fläche ist bereits an zwei Kunden aus der Automobilbranche vermietet.

                Über die Lindqvist AG

                Die Lindqvist AG betreibt drei Rechenzentren in Sachsen und beschäftigt rund 140 Mitarbeiter.

                04.02.2026 Veröffentlichung einer Corporate News/Finanznachricht, übermittelt durch Kurswire – ein Dienst der Kurswire GmbH.
                Die Kurswire GmbH ist nicht für den Inhalt verantwortlich.

                Sprache:      Deutsch
                Unternehmen:  Lindqvist AG
                ISIN:         DE000LQV0011
                """);
        for (String chrome : new String[]{"übermittelt durch", "nicht für den Inhalt verantwortlich", "Sprache:", "DE000LQV0011"}) {
            assertFalse(de.text().contains(chrome), chrome + " stays in: " + de.text());
        }
        assertTrue(de.text().contains("beschäftigt rund 140 Mitarbeiter."), de.text());

        ExtractedDocument en = read("release.txt", """
                Lindqvist expands its Leipzig data centre

                LEIPZIG, Germany, Feb. 4, 2026 – Lindqvist AG is adding 6 megawatts to its Leipzig data centre for about EUR 48 million, financed from operating cash flow.

                Half of the new space is already let to two automotive customers, the company said.

                The issuer is solely responsible for the content of this announcement.
                """);
        assertFalse(en.text().contains("solely responsible"), en.text());
        assertTrue(en.text().contains("already let to two automotive customers"), en.text());
    }

    @Test
    void aResearchReportsRiskListIsTextButAPostsRiskDisclaimerIsNot() throws Exception {
        ExtractedDocument report = read("yanbao.txt", """
                数据中心液冷行业点评：渗透率拐点已至

                我们预计2027年新建数据中心的液冷渗透率将超过40%，冷板式方案仍是主流。单机柜功率持续提升，风冷已难以满足需求。

                投资建议：维持行业“增持”评级，关注液冷设备与温控方案供应商。

                风险提示：数据中心建设进度不及预期；原材料价格上涨；行业竞争加剧导致毛利率下降。

                免责声明：本页面内容摘录自研究报告，仅供参考，不构成投资建议。
                """);
        assertTrue(report.text().contains("行业竞争加剧导致毛利率下降。"), "the risks are the report's: " + report.text());
        assertFalse(report.text().contains("免责声明"), report.text());

        ExtractedDocument post = read("tiezi.txt", """
                液冷龙头三季报点评

                三季度液冷订单环比增长约35%，毛利率回升到31%，管理层表示明年产能将翻倍，我个人继续持有。

                风险提示：本文所提观点仅代表个人意见，所涉标的不作推荐，据此买卖，风险自负。
                """);
        assertFalse(post.text().contains("风险自负"), post.text());
        assertTrue(post.text().contains("我个人继续持有。"), post.text());
    }

    @Test
    void aMessagingPlatformsListenAndStarLinesGo() throws Exception {
        ExtractedDocument doc = read("gongzhonghao.txt", """
                液冷订单为何突然放量？

                听全文 约 6 分钟

                ▲ 设为星标“算力周刊”，第一时间获取行业解读

                今年三季度以来，液冷设备订单明显放量，多家厂商的在手订单已排到明年下半年。

                我们认为，这一轮放量主要来自新建智算中心单机柜功率的提升。
                """);
        assertEquals("液冷订单为何突然放量？", doc.title());
        assertFalse(doc.text().contains("听全文"), doc.text());
        assertFalse(doc.text().contains("星标"), doc.text());
        assertTrue(doc.text().contains("多家厂商的在手订单已排到明年下半年。"), doc.text());
    }

    @Test
    void aNewsBylineAndATimeStampAreNotTextButDateTheReport() throws Exception {
        ExtractedDocument doc = read("xinwen.txt", """
                散熱模組廠明年營收拚增兩成

                2026/03/05 18:42:10

                南方日報 記者陳某某／新竹報導

                （南方社記者王某某新竹5日電）液冷散熱需求強勁，散熱模組廠明年營收可望成長約兩成，部分廠商已規劃擴產。

                業者指出，新一代機櫃單櫃功耗超過100千瓦，液冷已成標準配備。
                """);
        assertEquals("散熱模組廠明年營收拚增兩成", doc.title());
        assertEquals(LocalDate.of(2026, 3, 5), doc.published());
        for (String chrome : new String[]{"2026/03/05", "記者陳某某", "南方社記者"}) {
            assertFalse(doc.text().contains(chrome), chrome + " stays in: " + doc.text());
        }
        assertTrue(doc.text().contains("液冷散熱需求強勁，散熱模組廠明年營收可望成長約兩成"), "the lead stays: " + doc.text());
    }

    @Test
    void aBylineUnderTheHeadlineGoesButASentenceOpeningWithByStays() throws Exception {
        ExtractedDocument doc = read("story.txt", """
                Regional clouds gain ground in Europe

                By Jane Holloway, Staff reporter

                By 2027, regional providers expect to run a quarter of European inference workloads, up from a tenth today.

                Prices per GPU hour have fallen 20 percent since January.
                """);
        assertEquals("Regional clouds gain ground in Europe", doc.title());
        assertFalse(doc.text().contains("Jane Holloway"), doc.text());
        assertTrue(doc.text().contains("By 2027, regional providers expect"), doc.text());
    }

    @Test
    void aResearchNotesSourceNeverKeepsItsPageLabel() throws Exception {
        ExtractedDocument doc = read("note.txt", """
                BIRCHWOOD SECURITIES - EQUITY RESEARCH                  Page 1 of 3
                Europe Technology | Data centres                        12 March 2026
                ================================================================================

                Cooling suppliers: orders run ahead of capacity

                We raise our estimates for liquid-cooling suppliers after order books grew 35% in the third quarter.
                Capacity additions lag demand by about two quarters, which supports pricing into 2027.
                """);
        assertEquals("BIRCHWOOD SECURITIES - EQUITY RESEARCH", doc.source());
        assertFalse(doc.title().contains("Page"), doc.title());
    }

    @Test
    void aDatelineOfOnlyDateTimeAndZoneNamesNoSource() throws Exception {
        ExtractedDocument doc = read("meldung.txt", """
                Lindqvist AG schließt Liefervertrag für 3.000 Beschleuniger

                04.02.2026 / 08:15 CET/CEST

                Die Lindqvist AG hat einen Liefervertrag über rund 3.000 KI-Beschleuniger abgeschlossen. Die Lieferung beginnt im zweiten Quartal 2026.
                """);
        assertEquals("meldung.txt", doc.source(), "a time zone is no publisher");
        assertFalse(doc.text().contains("08:15"), doc.text());
    }

    @Test
    void aResearchReportsRelatedResearchAndAnalystStatementGoAfterItsRiskList() throws Exception {
        ExtractedDocument doc = read("baogao.txt", """
                液冷设备行业深度：订单放量，龙头受益

                我们预计2026年液冷设备市场规模将达到180亿元，同比增长约45%。龙头厂商在手订单已覆盖明年上半年产能，毛利率有望稳定在30%以上。

                我们看好具备整机柜交付能力的厂商，首次覆盖给予行业“增持”评级。

                风险提示：数据中心建设不及预期；价格竞争加剧。

                相关研究
                1.《液冷系列之一：从冷板到浸没》 2025-06-12
                2.《数据中心能耗专题》 2025-04-03

                分析师声明
                本报告署名分析师具有证券投资咨询执业资格，以勤勉的职业态度独立、客观地出具本报告。
                """);
        assertTrue(doc.text().contains("价格竞争加剧。"), doc.text());
        for (String chrome : new String[]{"相关研究", "液冷系列之一", "分析师声明", "执业资格"}) {
            assertFalse(doc.text().contains(chrome), chrome + " stays in: " + doc.text());
        }
    }
}
