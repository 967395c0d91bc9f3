package app.dossier.importing;

import org.junit.jupiter.api.Test;

import static app.dossier.importing.ReaderTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lines a reader skips without thinking: an analyst's e-mail under the letterhead, a link to the PDF of a
 * release with its file size, a forum template's numbered labels, a reading time beside the text's length.
 */
class ContactDownloadAndTemplateLinesTest {

    @Test
    void anAddressAloneUnderTheLetterheadIsNeitherTitleNorText() throws Exception {
        ExtractedDocument doc = read("note.txt", """
                BRIGHTWATER CAPITAL MARKETS LLC | Equity Research | Software
                ==============================================================

                INDUSTRY NOTE                                 3 March 2026
                Analyst: Tomas Lindqvist, CFA    +44 20 7946 0321
                tlindqvist@brightwater.example

                ==============================================================

                INFERENCE PRICES FALL FASTER THAN VOLUMES GROW

                We cut our 2027 revenue estimates for the model vendors we cover by 7 percent.

                Tokens served rose about threefold this year, yet list prices per million tokens fell by more than
                two thirds, so revenue grew less than usage. Write to sales@brightwater.example for the model.
                """);
        assertEquals("INFERENCE PRICES FALL FASTER THAN VOLUMES GROW", doc.title());
        assertFalse(doc.text().contains("tlindqvist@brightwater.example"), doc.text());
        assertTrue(doc.text().contains("Write to sales@brightwater.example for the model."), "an address in a sentence stays");
        ExtractedDocument contact = read("mitteilung.txt", """
                Nordhafen Rechenzentren eröffnet zweiten Standort

                Die Nordhafen Rechenzentren GmbH hat in Bremen ihren zweiten Standort mit 40 Megawatt eröffnet.

                Der Betreiber rechnet mit einer Auslastung von 80 Prozent bis Ende 2027.

                E-Mail: presse@nordhafen.example
                Tel. +49 421 555 0199
                """);
        assertFalse(contact.text().contains("presse@nordhafen.example") || contact.text().contains("555 0199"), contact.text());
        assertTrue(contact.text().contains("Auslastung von 80 Prozent"), contact.text());
    }

    @Test
    void aPageTitleThatShortensTheHeadlineGivesWayToTheFullHeading() throws Exception {
        ExtractedDocument doc = read("release.html", """
                <html lang="de"><head><title>Pressemitteilung: Nordhafen eröffnet Standort in Bremen | Newsroom | Nordhafen AG</title></head>
                <body><article>
                <h1>Nordhafen eröffnet Standort mit 40 Megawatt in Bremen</h1>
                <p>Die Nordhafen Rechenzentren GmbH hat in Bremen ihren zweiten Standort mit 40 Megawatt eröffnet.</p>
                <p>Der Betreiber rechnet mit einer Auslastung von 80 Prozent bis Ende 2027, sagte die Geschäftsführerin.</p>
                </article></body></html>
                """);
        assertEquals("Nordhafen eröffnet Standort mit 40 Megawatt in Bremen", doc.title());
    }

    @Test
    void aLinkToADownloadNamedWithItsSizeGoes() throws Exception {
        ExtractedDocument doc = read("release.html", """
                <html lang="de"><head><title>Nordhafen eröffnet zweiten Standort</title></head><body><article>
                <h1>Nordhafen eröffnet zweiten Standort</h1>
                <p>Die Nordhafen Rechenzentren GmbH hat in Bremen ihren zweiten Standort mit 40 Megawatt eröffnet.</p>
                <p>Der Betreiber rechnet mit einer Auslastung von 80 Prozent bis Ende 2027, sagte die Geschäftsführerin.</p>
                <ul><li><a href="/x.pdf">Pressemitteilung als PDF (318 KB)</a></li>
                <li><a href="/y.zip">Bildmaterial (ZIP, 12,4 MB)</a></li></ul>
                </article></body></html>
                """);
        assertFalse(doc.text().contains("als PDF") || doc.text().contains("Bildmaterial"), doc.text());
        assertTrue(doc.text().contains("Auslastung von 80 Prozent"), doc.text());
    }

    @Test
    void aForumTemplatesNumberedLabelsAndAReadingTimeWithTheTextsLengthGo() throws Exception {
        ExtractedDocument ptt = read("post.txt", """
                1.原文連結：

                2.原文內容：

                日月光擴充先進封裝產能　明年資本支出增三成

                日月光投控表示，明年將把先進封裝的資本支出提高約三成，以因應AI晶片客戶的需求。

                3.心得/評論：

                封測廠終於也吃到AI的紅利了。
                """);
        assertFalse(ptt.text().contains("原文連結") || ptt.text().contains("原文內容") || ptt.text().contains("心得/評論"), ptt.text());
        assertTrue(ptt.text().contains("封測廠終於也吃到AI的紅利了。"), ptt.text());
        ExtractedDocument wechat = read("wechat.txt", """
                大模型价格战进入第二轮

                本文约1800字，阅读需要5分钟

                多家厂商本月再次下调了推理接口的价格，部分模型的调用价格已降至年初的三分之一。

                价格下降并没有带来同等幅度的收入增长，这是行业目前最大的担忧。
                """);
        assertEquals("大模型价格战进入第二轮", wechat.title());
        assertFalse(wechat.text().contains("阅读需要"), wechat.text());
        assertTrue(wechat.text().contains("这是行业目前最大的担忧。"), wechat.text());
    }

    @Test
    void anInvestorForumPostLosesItsAuthorCardStampAndAppPrompts() throws Exception {
        ExtractedDocument post = read("post.txt", """
                算力观察员  V  雪球认证：证券从业者
                发布于 2026-10-09 08:15 · 来自雪球 · 修改于 2026-10-09 09:02

                服务器电源的订单为什么突然多了

                过去两个月，几家服务器电源厂商的订单明显增加，交期从八周拉长到了十四周。

                原因并不复杂：新一代机柜的单柜功率翻了一倍，电源模块的用量跟着上去了。

                我的判断是这个趋势至少持续到明年年中，但估值已经反映了不少乐观预期。

                转发 12   评论 45   赞 230   收藏
                本话题在雪球有 1045 条讨论，点击查看。
                雪球，投资者的社区。
                打开雪球App，查看更多精彩内容
                """);
        assertEquals("服务器电源的订单为什么突然多了", post.title());
        for (String chrome : new String[]{"雪球认证", "发布于", "条讨论", "投资者的社区", "打开雪球App"}) {
            assertFalse(post.text().contains(chrome), chrome + " stays in: " + post.text());
        }
        assertTrue(post.text().contains("但估值已经反映了不少乐观预期。"), post.text());
    }
}
