package app.dossier.importing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One invented document per genre whose furniture an import must recognise without having met the
 * platform (fixtures in {@code importing-genres/}): the headline is the title, the furniture is gone,
 * the article's sentences stay.
 */
class UnseenGenresTest {

    @Test
    void yamlFrontMatterGivesTitleDateAndSourceAndLeavesNothingOfItselfOrTheLayout() throws Exception {
        ExtractedDocument doc = read("blog-yaml.mdx");
        assertEquals("Why Tallowmere Cut Its Inference Bill in Half", doc.title());
        assertEquals(LocalDate.of(2025, 9, 14), doc.published());
        assertEquals("notes.quillstack.dev", doc.source());
        assertGone(doc, "cover_image", "generatedAt", "itemCount", "Priya Ramaswamy", "import ", "BlogLayout", "Signup");
        assertKept(doc, "Tallowmere, the Lisbon-based document search startup", "What changed",
                "cached the embeddings of documents");
    }

    @Test
    void tomlFrontMatterGivesTitleAndDateAndShortcodesGo() throws Exception {
        ExtractedDocument doc = read("hugo-toml.md");
        assertEquals("Grenzgang Robotics sammelt 18 Millionen Euro ein", doc.title());
        assertEquals(LocalDate.of(2025, 11, 3), doc.published());
        assertEquals("fabrikfunk.de", doc.source());
        assertGone(doc, "+++", "draft", "categories", "{{<", "tweet", "Jonas Albrecht");
        assertKept(doc, "Das Dresdner Start-up Grenzgang Robotics", "Bis Ende 2026 sollen");
    }

    @Test
    void plainTextLetterheadAndRulesAreNotTheTitle() throws Exception {
        ExtractedDocument doc = read("letterhead-note.txt");
        assertEquals("Ostrava Cloud: margins widen as GPU leases roll off", doc.title());
        assertEquals(LocalDate.of(2026, 2, 17), doc.published());
        assertGone(doc, "MERIDIAN HOLLOW", "Technology Research Desk", "=====", "-----", "institutional investors only");
        assertKept(doc, "Ostrava Cloud reported fourth-quarter revenue of $212 million",
                "most of it for a second data hall in Frankfurt");
    }

    @Test
    void englishNewsletterLosesBrowserLineSponsorShareRowAndUnsubscribeFooter() throws Exception {
        ExtractedDocument doc = read("newsletter-en.txt");
        assertEquals("Quarry AI bets on small models for factory floors", doc.title());
        assertGone(doc, "View this email", "Issue #88", "Cobaltline", "Share on LinkedIn", "Forward to a friend",
                "You are receiving", "Unsubscribe");
        assertKept(doc, "closed a $27 million Series B", "140 lines under contract");
    }

    @Test
    void germanMailNewsletterInWindows1252WithCrlfLosesWebVersionHeaderAdvertAndFooter() throws Exception {
        String text = resource("newsletter-de.txt").replace("\n", "\r\n");
        ExtractedDocument doc = ReaderTestSupport.read("newsletter-de.txt", text, Charset.forName("windows-1252"));
        assertEquals("Lindwurm Analytics will Rechenzentren kühler machen", doc.title());
        assertGone(doc, "Webversion", "Ausgabe 12", "Von:", "Betreff", "Anzeige", "Datenkongress", "weiterleiten",
                "Sie erhalten diesen Newsletter", "abbestellen");
        assertKept(doc, "Das Kölner Unternehmen Lindwurm Analytics", "6 Millionen Euro eingesammelt");
    }

    @Test
    void simplifiedChineseNewsletterLosesBrowserLineSenderShareRowAndUnsubscribe() throws Exception {
        ExtractedDocument doc = read("newsletter-zh-hans.txt");
        assertEquals("澜起微电子完成5亿元B轮融资", doc.title());
        assertGone(doc, "在浏览器中查看", "发件人", "第47期", "分享到", "退订");
        assertKept(doc, "上海的存储接口芯片公司澜起微电子", "同比增长超过一倍");
    }

    @Test
    void traditionalChineseNewsletterLosesBrowserLineSenderShareRowAndUnsubscribe() throws Exception {
        ExtractedDocument doc = read("newsletter-zh-hant.txt");
        assertEquals("鈺晶科技擴建先進封裝廠　月產能將倍增", doc.title().replace(' ', '　'));
        assertGone(doc, "在瀏覽器中檢視", "寄件者", "第23期", "分享至", "取消訂閱");
        assertKept(doc, "新竹的鈺晶科技宣布投資新台幣80億元", "AI加速器客戶的強勁需求");
    }

    @Test
    void replyChainKeepsTheQuotedMessagesAndLosesTheirHeads() throws Exception {
        ExtractedDocument doc = read("reply-chain.txt");
        assertGone(doc, "wrote:", "> ", "tom@halden-vc.example");
        assertKept(doc, "let's hold the Verdant Loop term sheet", "$14 million pre-money valuation",
                "Can someone check the Verdant Loop numbers");
        assertFalse(doc.title().isBlank());
        assertFalse(doc.title().startsWith("On "), doc.title());
    }

    @Test
    void transcriptIsTitledByItsHeaderNotBySectionLabels() throws Exception {
        ExtractedDocument doc = read("transcript.txt");
        assertEquals("Corvane Systems, Inc. (CRVN) Q2 2026 Earnings Call Transcript", doc.title());
        assertKept(doc, "Revenue for the quarter was $86 million", "stay between 71% and 73%");
    }

    @Test
    void pttPostIsTitledByItsTitleFieldAndLosesHeaderSignatureAndPushLines() throws Exception {
        ExtractedDocument doc = read("ptt-post.txt");
        assertEquals("聯嘉光電擴產　法人估明年營收成長三成", doc.title().replace(' ', '　'));
        assertEquals(LocalDate.of(2026, 3, 5), doc.published());
        assertGone(doc, "作者", "看板", "發信站", "文章網址", "moneyfox", "供過於求", "先看財報");
        assertKept(doc, "聯嘉光電今日宣布", "毛利率也將回升到四成以上");
    }

    @Test
    void redditPostLosesSubredditPostHeadAndButtons() throws Exception {
        ExtractedDocument doc = read("reddit-post.txt");
        assertEquals("We cut our AWS bill from $38k to $11k a month — here is what worked", doc.title());
        assertGone(doc, "r/startups", "Posted by", "87 comments", "Save");
        assertKept(doc, "We run a small B2B analytics product", "it went from $14k a month to $3k");
    }

    @Test
    void portalPageLosesCookieBannerBreadcrumbEditorRelatedListAndComments() throws Exception {
        ExtractedDocument doc = read("portal-page.html");
        assertEquals("星澜智能完成8亿元C轮融资", doc.title());
        assertGone(doc, "Cookie", "首页 >", "责任编辑", "相关阅读", "机器人赛道融资升温", "网友评论", "期待上市", "关于我们");
        assertKept(doc, "杭州的工业机器人公司星澜智能", "新一代控制器研发");
    }

    @Test
    void webClipLosesTheSiteMastheadNavigationPopularListAndSubscribePrompt() throws Exception {
        ExtractedDocument doc = read("web-clip.md");
        assertEquals("Brennwerk Energie bekommt 40 Millionen Euro für Wärmespeicher", doc.title());
        assertEquals("energiekurier.de", doc.source());
        assertGone(doc, "Energiekurier", "Startseite", "Anmelden", "Meistgelesen", "Netzagentur senkt",
                "Wasserstoffkernnetz", "Abonnieren Sie", "Lesen Sie auch", "Stromspeicher im Keller");
        assertKept(doc, "Das Leipziger Unternehmen Brennwerk Energie", "bis zu 1.000 Grad");
    }

    private static ExtractedDocument read(String name) throws Exception {
        return ReaderTestSupport.read(name, resource(name));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = UnseenGenresTest.class.getResourceAsStream("/importing-genres/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertGone(ExtractedDocument doc, String... furniture) {
        for (String f : furniture) {
            assertFalse(doc.text().contains(f), () -> "'" + f + "' stayed in:\n" + doc.text());
        }
    }

    private static void assertKept(ExtractedDocument doc, String... sentences) {
        for (String s : List.of(sentences)) {
            assertTrue(doc.text().contains(s), () -> "'" + s + "' was lost from:\n" + doc.text());
        }
    }
}
