package app.dossier.importing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static app.dossier.importing.ReaderTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each cleaning rule on small texts of our own, in German, English and both Chinese scripts. */
class CleaningRulesTest {

    @Test
    void markdownKeepsWordsAndDropsMarkup() throws Exception {
        String md = """
                # Die Rechenzentren wachsen

                ![](https://images.example.invalid/rack.jpg)
                _Ein Serverraum in Frankfurt_

                Laut **[Branchenverband](https://example.invalid/verband)** stieg der <span class="x">Strombedarf</span>
                um *zwölf* Prozent.
                """;
        ExtractedDocument doc = read("notiz.md", md);
        assertEquals(List.of("Die Rechenzentren wachsen", "Ein Serverraum in Frankfurt",
                "Laut Branchenverband stieg der Strombedarf um zwölf Prozent."), paragraphs(doc));
        assertEquals("Die Rechenzentren wachsen", doc.title());
        assertEquals("md", doc.format());
    }

    @Test
    void markdownInATxtFileIsRecognisedByItsMarkup() throws Exception {
        String md = "# 新一轮融资\n\n![](https://img.example.invalid/a.png)\n\n**编者按** 这家公司完成了新一轮融资。\n";
        ExtractedDocument doc = read("article.txt", md);
        assertFalse(doc.text().contains("img.example.invalid"));
        assertFalse(doc.text().contains("**"));
        assertEquals("新一轮融资", doc.title());
    }

    @Test
    void hardWrappedChineseJoinsWithoutSpacesAndLatinWordsWithOne() throws Exception {
        String text = """
                开源社区Hugging
                Face的工程师表示，这家公司本轮融资4.45
                亿美元，估值超过Inflection
                AI的水平。

                第二段从这里开始。
                """;
        ExtractedDocument doc = read("wrap.txt", text);
        assertEquals(List.of("开源社区Hugging Face的工程师表示，这家公司本轮融资4.45亿美元，估值超过Inflection AI的水平。",
                "第二段从这里开始。"), paragraphs(doc));
    }

    @Test
    void hardWrappedGermanJoinsWordsAndRepairsSplitWords() throws Exception {
        String text = """
                Die Finanzierungs-
                runde brachte dem Unternehmen frisches Kapital für Forschung
                und Entwicklung, Vertrieb und die KI-
                Plattform.
                """;
        ExtractedDocument doc = read("wrap.txt", text);
        assertEquals("Die Finanzierungsrunde brachte dem Unternehmen frisches Kapital für Forschung und Entwicklung, "
                + "Vertrieb und die KI-Plattform.", doc.text());
    }

    @Test
    void textWithoutBlankLinesBreaksAfterSentencesAndHeadings() throws Exception {
        String text = """
                Cloud spending keeps rising
                Enterprises increased their cloud budgets again this year, according to a survey of two hundred chief information officers across Europe and North America.
                Most of the new money goes to data platforms rather than to raw compute capacity, the survey found, and the trend is expected to continue.
                Outlook
                Analysts expect the growth to slow only slightly next year.
                """;
        ExtractedDocument doc = read("plain.txt", text);
        List<String> paragraphs = paragraphs(doc);
        assertEquals(5, paragraphs.size(), doc.text());
        assertEquals("Cloud spending keeps rising", paragraphs.get(0));
        assertEquals("Outlook", paragraphs.get(3));
        assertEquals("en", doc.language());
    }

    @Test
    void paragraphsAreSeparatedByExactlyOneBlankLine() throws Exception {
        ExtractedDocument doc = read("gaps.txt", "\n\n  Erster Absatz.  \n\n\n\n\nZweiter Absatz.\r\n\r\n\r\nDritter Absatz.\n\n");
        assertEquals("Erster Absatz.\n\nZweiter Absatz.\n\nDritter Absatz.", doc.text());
    }

    @Test
    void pinyinGluedAfterCharactersIsRemovedButRealBracketsStay() throws Exception {
        String text = "人工智能領(lǐng)域的競爭（jìng）很激烈,這家公司的產(chǎn)品(AI助手)和數據（Big Data）都在增長。";
        ExtractedDocument doc = read("pinyin.txt", text);
        assertEquals("人工智能領域的競爭很激烈,這家公司的產品(AI助手)和數據（Big Data）都在增長。", doc.text());
    }

    @Test
    void spacedHyphensInCompoundsAreRepairedButRealDashesAndFiguresStay() throws Exception {
        String text = "Die KI - Revolution kostet Milliarden US - Dollar, und die GPU - Kapazität wird knapp - "
                + "das zeigen die Zahlen: 2,5 Milliarden Euro, ein Anteil von 50-80 % und ein Silicon - Valley - Fonds.";
        ExtractedDocument doc = read("bindestrich.txt", text);
        assertEquals("Die KI-Revolution kostet Milliarden US-Dollar, und die GPU-Kapazität wird knapp - "
                + "das zeigen die Zahlen: 2,5 Milliarden Euro, ein Anteil von 50-80 % und ein Silicon-Valley-Fonds.", doc.text());
    }

    @Test
    void scrapedChinesePageLosesMenusShareBarsAndCommentForm() throws Exception {
        String page = """
                | 联系我们 | 手机版 | 微博 | 搜索:
                欢迎您 游客 | 登录 | 免费注册 | 忘记密码

                首頁

                財經

                本地房產

                二手車

                芯片企業完成新一輪融資

                請用微信掃一掃上面的二維碼,分享到朋友圈,謝謝!

                這家芯片企業本週宣布完成新一輪融資,金額達到十億元人民幣,由多家國資基金領投。

                公司表示,資金將用於新一代產品的研發和量產。

                點個贊吧!好新聞沒人評論怎麼行,我來說幾句
                猜您喜歡:
                我來說兩句:
                安全校驗碼:
                請在此處輸入圖片中的數字
                Terms & Conditions    Privacy Policy    Contact Us
                本站為某傳媒集團旗下網站
                頁面生成: 0.05 秒
                """;
        ExtractedDocument doc = read("page.txt", page);
        assertEquals(List.of("芯片企業完成新一輪融資",
                "這家芯片企業本週宣布完成新一輪融資,金額達到十億元人民幣,由多家國資基金領投。",
                "公司表示,資金將用於新一代產品的研發和量產。"), paragraphs(doc));
        assertEquals("芯片企業完成新一輪融資", doc.title());
        assertEquals("zh-Hant", doc.language());
    }

    @Test
    void siteChromeInTheFirstLineOfAGermanArticleIsDropped() throws Exception {
        String page = """
                StartseiteNachrichten

                Drei Trends, auf die Investoren im Jahr 2026 setzen.

                Die Fonds verwalten zusammen mehr als 40 Milliarden Euro, und sie investieren vor allem in Software für Fabriken.

                Jetzt kommentieren
                Diesen Artikel teilen: Facebook | Twitter | E-Mail
                """;
        ExtractedDocument doc = read("seite.txt", page);
        assertEquals(List.of("Drei Trends, auf die Investoren im Jahr 2026 setzen.",
                "Die Fonds verwalten zusammen mehr als 40 Milliarden Euro, und sie investieren vor allem in Software für Fabriken."),
                paragraphs(doc));
        assertEquals("de", doc.language());
    }

    @Test
    void englishBoilerplateAroundAnArticleIsDropped() throws Exception {
        String page = """
                Home | News | Tech | Business | Sign in

                Chipmakers raise prices as demand for AI servers grows

                Share this article

                Prices for advanced memory rose by a fifth in the quarter, as cloud providers bought every server they could get.

                Suppliers say the shortage will last well into next year.

                Advertisement
                Leave a comment
                Your email address will not be published. Required fields are marked
                © 2026 Example Media. All rights reserved.
                """;
        ExtractedDocument doc = read("page.txt", page);
        assertEquals(List.of("Chipmakers raise prices as demand for AI servers grows",
                "Prices for advanced memory rose by a fifth in the quarter, as cloud providers bought every server they could get.",
                "Suppliers say the shortage will last well into next year."), paragraphs(doc));
    }

    @Test
    void proseThatMentionsCommentsIsNotMistakenForAFooter() throws Exception {
        String text = "Die Kommentare der Analysten fielen gemischt aus, doch die Aktie stieg um 3 %.\n\n"
                + "Der Vorstand will die Prognose im Herbst erneut prüfen.";
        assertEquals(text, read("bericht.txt", text).text());
    }

    @Test
    void proseAboutSharingAndShortClosingListsStay() throws Exception {
        String text = """
                用户可以在朋友圈点赞，也可以扫描二维码添加好友，这个功能推出后使用量大增。

                报告列出的三家公司是：

                • 腾讯
                • 阿里巴巴
                • 字节跳动
                """;
        assertEquals(List.of("用户可以在朋友圈点赞，也可以扫描二维码添加好友，这个功能推出后使用量大增。", "报告列出的三家公司是：",
                "• 腾讯", "• 阿里巴巴", "• 字节跳动"), paragraphs(read("list.txt", text)));
    }

    @Test
    void shortTitleAndPlaceBeforeTheArticleStayAndTheBylineGoes() throws Exception {
        String text = """
                Speicher wird knapp
                Hersteller im Engpass
                Von Anna Beispiel
                Hamburg

                Die Hersteller kommen mit der Produktion nicht nach, und die Preise steigen weiter.
                """;
        ExtractedDocument doc = read("x.txt", text);
        assertEquals("Speicher wird knapp", doc.title());
        assertTrue(doc.text().startsWith("Speicher wird knapp"), doc.text());
        assertTrue(doc.text().contains("Hersteller im Engpass"), doc.text());
        assertTrue(doc.text().contains("Hamburg"), doc.text());
        // a byline names who wrote the article; it is not the article's text (no short head line is a menu either)
        assertFalse(doc.text().contains("Von Anna Beispiel"), doc.text());
    }

    @Test
    void markdownTableOfFiguresKeepsItsRows() throws Exception {
        String md = """
                # Finanzierungsrunden

                | Firma | Betrag |
                |-------|-------:|
                | Alpha Robotics | 120 Mio. Euro |
                | Beta Vision | 45 Mio. Euro |
                """;
        ExtractedDocument doc = read("runden.md", md);
        assertTrue(doc.text().contains("| Alpha Robotics | 120 Mio. Euro |"), doc.text());
        assertTrue(doc.text().contains("| Beta Vision | 45 Mio. Euro |"), doc.text());
        assertFalse(doc.text().contains("---"));
    }

    private static List<String> paragraphs(ExtractedDocument doc) {
        return List.of(doc.text().split("\n\n"));
    }
}
