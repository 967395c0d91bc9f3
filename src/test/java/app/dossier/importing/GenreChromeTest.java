package app.dossier.importing;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.time.LocalDate;

import static app.dossier.importing.ReaderTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The furniture of mails, newsletters, notes, forums, transcripts and site generators leaves; the headline is the title. */
class GenreChromeTest {

    @Test
    void aWrappedRelatedLinkAndASubscribePromptGoButASentenceAboutSubscribersStays() throws Exception {
        ExtractedDocument doc = read("news.txt", """
                Fjordlicht Media verdoppelt die Zahl seiner Abonnenten

                Der Osloer Verlag Fjordlicht Media hat im vergangenen Jahr 48.000 zahlende Abonnenten gewonnen
                und kommt nun auf rund 96.000. Den Zuwachs erklärt das Haus mit seinem Wirtschafts-Newsletter.

                Lesen Sie auch: Warum Verlage auf Bezahlschranken setzen | Werbemarkt schrumpft im
                dritten Quartal

                Abonnenten des Newsletters zahlen neun Euro im Monat; der Verlag will den Preis 2026 halten.

                Abonnieren Sie unseren Newsletter und verpassen Sie keine Analyse mehr.
                """);
        assertEquals("Fjordlicht Media verdoppelt die Zahl seiner Abonnenten", doc.title());
        assertFalse(doc.text().contains("Lesen Sie auch"), doc.text());
        assertFalse(doc.text().contains("dritten Quartal"), "the wrapped rest of the link goes with it: " + doc.text());
        assertFalse(doc.text().contains("Abonnieren Sie"), doc.text());
        assertTrue(doc.text().contains("Abonnenten des Newsletters zahlen neun Euro im Monat"), doc.text());
        assertTrue(doc.text().contains("kommt nun auf rund 96.000"), doc.text());
    }

    @Test
    void aMailSystemsWarningBannerAboveTheHeaderIsNeitherTitleNorText() throws Exception {
        ExtractedDocument doc = read("memo.txt", """
                CAUTION: This email originated from outside of the organisation.
                Do not click links or open attachments unless you recognise the sender.

                From: Lena Ortiz <l.ortiz@fernhill.example>
                Sent: Tuesday, March 4, 2025 9:10 AM
                To: Partners <partners@fernhill.example>
                Subject: Why inference margins in Europe lag the US
                Attachments: margins.xlsx

                European inference providers pay more for power and for GPUs bought through resellers, and their
                gross margins trail those of US peers by roughly ten points this year.
                """);
        assertEquals("Why inference margins in Europe lag the US", doc.title());
        assertFalse(doc.text().contains("originated from outside"), doc.text());
        assertFalse(doc.text().contains("Attachments:"), doc.text());
        assertFalse(doc.text().contains("From: Lena"), doc.text());
        assertTrue(doc.text().contains("gross margins trail those of US peers"), doc.text());
    }

    @Test
    void analystNoteLetterheadGivesSourceAndDateAndItsDisclaimerGoes() throws Exception {
        ExtractedDocument doc = read("note.txt", """
                BRACKWATER PARTNERS | SEMICONDUCTOR RESEARCH | 9 FEBRUARY 2026
                ======================================================================

                Tessel Micro: Packaging Capacity Is the Bottleneck, Not Wafers

                By Omar Lindqvist, Analyst
                Rating: Neutral

                Tessel Micro booked 1.4 billion dollars of advanced packaging orders in
                the quarter, more than it can deliver before the autumn. We expect the
                backlog to keep lead times above twenty weeks.

                Pricing is firm. Customers prepay a third of each order, which funds
                the new line in Penang without fresh equity.

                Margins should widen through the year as the new line ramps up and the
                share of prepaid orders keeps rising.

                ----------------------------------------------------------------------
                Disclaimer: Brackwater Partners may trade in the securities named here.
                This document is not an offer to buy or sell anything.
                (c) 2026 Brackwater Partners. For professional investors.
                """);
        assertEquals("Tessel Micro: Packaging Capacity Is the Bottleneck, Not Wafers", doc.title());
        assertEquals("BRACKWATER PARTNERS", doc.source());
        assertEquals(LocalDate.of(2026, 2, 9), doc.published());
        assertFalse(doc.text().contains("SEMICONDUCTOR RESEARCH"), doc.text());
        assertFalse(doc.text().contains("====="));
        assertFalse(doc.text().contains("not an offer"), doc.text());
        assertTrue(doc.text().contains("Margins should widen through the year"));
    }

    @Test
    void germanMailNewsletterLosesBannerTeasersAdvertAndFooter() throws Exception {
        String mail = """
                Falls diese Nachricht nicht richtig angezeigt wird, nutzen Sie die Webversion.

                ----------------------------------------
                CHIPMARKT KOMPAKT
                Ausgabe 112 · 3. März 2026
                ----------------------------------------

                In dieser Ausgabe:
                * Speicherpreise ziehen an
                * Neue Fabrik in Dresden

                Hallo zusammen,

                Speicherpreise steigen im ersten Quartal um ein Fünftel

                Die Vertragspreise für Arbeitsspeicher sind im ersten Quartal deutlich gestiegen. Händler berichten von knappen Lagerbeständen.

                Die Hersteller halten sich mit neuen Kapazitäten zurück und verdienen wieder gut an jedem Chip.

                – Anzeige –
                Lagerverwaltung ohne Tabellen: Jetzt kostenlos testen.
                – Ende der Anzeige –

                Sie erhalten diese E-Mail, weil Sie unseren Dienst bestellt haben.
                Newsletter abbestellen | Impressum
                """.replace("\n", "\r\n");
        ExtractedDocument doc = read("brief.txt", mail, Charset.forName("windows-1252"));
        assertEquals("Speicherpreise steigen im ersten Quartal um ein Fünftel", doc.title());
        assertEquals(LocalDate.of(2026, 3, 3), doc.published());
        assertEquals("CHIPMARKT KOMPAKT", doc.source());
        for (String gone : new String[]{"Webversion", "Ausgabe 112", "In dieser Ausgabe", "Neue Fabrik in Dresden",
                "Lagerverwaltung", "abbestellen", "Sie erhalten diese E-Mail"}) {
            assertFalse(doc.text().contains(gone), gone + " stayed in: " + doc.text());
        }
        assertTrue(doc.text().contains("Händler berichten von knappen Lagerbeständen."));
    }

    @Test
    void yamlFrontMatterFillsTheDetailsAndMdxChromeGoes() throws Exception {
        ExtractedDocument doc = read("post.mdx.md", """
                ---
                title: "Why Inference Clouds Rent by the Hour"
                date: 2026-04-02
                author: Lee Moreno
                canonical: https://www.example-compute-notes.org/posts/inference-clouds
                tags:
                  - cloud
                draft: true
                ---

                import Layout from '../layouts/Post.astro'
                import { Signup } from '../components/Signup'

                # Why inference clouds rent by the hour

                Three providers now rent accelerators by the hour, and their prices fell by a third since January.

                ## Who pays

                Start-ups pay most of it, because they cannot sign multi-year contracts.

                <Signup list="monthly" />
                """);
        assertEquals("Why Inference Clouds Rent by the Hour", doc.title());
        assertEquals(LocalDate.of(2026, 4, 2), doc.published());
        assertEquals("example-compute-notes.org", doc.source());
        for (String gone : new String[]{"title:", "author:", "canonical", "draft", "import Layout", "Signup", "---"}) {
            assertFalse(doc.text().contains(gone), gone + " stayed in: " + doc.text());
        }
        assertTrue(doc.text().startsWith("Why inference clouds rent by the hour"), doc.text());
    }

    @Test
    void tomlFrontMatterTitleWinsOverASectionHeadingAndShortcodesGo() throws Exception {
        ExtractedDocument doc = read("post.md", """
                +++
                title = "Batteriefabrik braucht mehr Geld"
                date = 2026-05-11T07:00:00+02:00
                [params]
                title = "not this one"
                +++

                Die Batteriefabrik in der Lausitz braucht nach Angaben der Betreiber weitere 200 Millionen Euro.

                ## Wer zahlt

                Das Land prüft eine Bürgschaft, die Banken warten ab.

                {{< abo-box >}}
                """);
        assertEquals("Batteriefabrik braucht mehr Geld", doc.title());
        assertEquals(LocalDate.of(2026, 5, 11), doc.published());
        assertFalse(doc.text().contains("+++"));
        assertFalse(doc.text().contains("abo-box"));
        assertFalse(doc.text().contains("not this one"));
    }

    @Test
    void proseBetweenTwoRulesIsNotFrontMatter() throws Exception {
        ExtractedDocument doc = read("rules.md", """
                ---
                Note: the figures below are preliminary and may change.
                ---

                # Grid operators order more storage

                Utilities ordered more battery storage in the first quarter than in all of last year.
                """);
        assertEquals("Grid operators order more storage", doc.title());
        assertTrue(doc.text().contains("the figures below are preliminary"), doc.text());
    }

    @Test
    void forumPostKeepsItsTitleFieldAndLosesHeaderSignatureAndReplies() throws Exception {
        ExtractedDocument doc = read("post.txt", """
                作者  memfan (記憶體迷)                                   看板  Tech
                標題  [情報] 晶圓代工廠調漲報價 先進製程漲幅一成
                時間  Mon Mar 02 09:15:00 2026
                ───────────────────────────────────────

                晶圓代工廠通知客戶，自第二季起先進製程報價調漲約一成，成熟製程則維持不變。
                業者表示，調漲主要反映電力與設備折舊成本上升。

                --
                多空都是一時，現金才是永遠。
                --
                ※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 10.0.0.1
                推 chipdog     : 漲價是好事                                   03/02 09:20
                → bearcat      : 看下季財報                                   03/02 09:25
                """);
        assertEquals("晶圓代工廠調漲報價 先進製程漲幅一成", doc.title());
        for (String gone : new String[]{"作者", "看板", "時間", "現金才是永遠", "發信站", "chipdog", "bearcat"}) {
            assertFalse(doc.text().contains(gone), gone + " stayed in: " + doc.text());
        }
        assertTrue(doc.text().contains("先進製程報價調漲約一成"));
    }

    @Test
    void messagingPlatformArticleLosesFollowPromptsAndWhatFollowsItsEndMarker() throws Exception {
        ExtractedDocument doc = read("wx.txt", """
                算力周报
                原创
                王丽 · 2026年03月01日 08:00 · 北京

                国产加速卡出货量首季翻倍

                点击上方蓝字关注我们，每周了解算力市场

                今年第一季度，国产加速卡出货量同比增长一倍，主要买家是互联网公司和运营商。

                业内人士预计，全年出货量有望再翻一番。

                -END-

                往期推荐
                ▶ 算力租赁价格回落
                扫码关注我们
                """);
        assertEquals("国产加速卡出货量首季翻倍", doc.title());
        for (String gone : new String[]{"点击上方蓝字", "往期推荐", "扫码关注", "END", "算力租赁价格回落"}) {
            assertFalse(doc.text().contains(gone), gone + " stayed in: " + doc.text());
        }
        assertTrue(doc.text().contains("全年出货量有望再翻一番"));
    }

    @Test
    void transcriptTitleIsTheCompanyAndQuarterNotASectionLabelOrBreadcrumb() throws Exception {
        ExtractedDocument doc = read("call.txt", """
                Markets > Technology > Transcripts

                Orbis Robotics Corp. (ORB) Q1 2026 Earnings Call

                PREPARED REMARKS

                Operator:
                Welcome to the Orbis Robotics first-quarter call.

                Dana Wu -- Chief Financial Officer:
                Revenue was 88 million dollars, up 40% from a year ago, and we ended the quarter with 310 million dollars in cash.

                This transcript was produced by a third party and may contain errors.
                """);
        assertEquals("Orbis Robotics Corp. (ORB) Q1 2026 Earnings Call", doc.title());
        assertFalse(doc.text().contains("Markets > Technology"));
        assertFalse(doc.text().contains("produced by a third party"));
        assertTrue(doc.text().contains("PREPARED REMARKS"), "section labels stay in the text");
    }

    @Test
    void proseThatTalksAboutDisclaimersOrUnsubscribingStays() throws Exception {
        ExtractedDocument doc = read("prose.txt", """
                Newsletters Learn to Keep Readers

                Publishers of paid newsletters lost fewer readers this year than last, a survey of
                forty titles shows. The median title kept nine in ten of its subscribers.

                Unsubscribed readers most often named price as the reason for leaving. Many
                publishers now offer a cheaper tier with fewer issues.
                Disclaimers at the foot of investment letters grew longer as regulators asked for
                clearer warnings about risk.
                """);
        assertTrue(doc.text().contains("Unsubscribed readers most often named price"), doc.text());
        assertTrue(doc.text().contains("clearer warnings about risk"), doc.text());
        assertEquals("Newsletters Learn to Keep Readers", doc.title());
    }

    @Test
    void forwardedMailTakesItsSubjectAsTitle() throws Exception {
        ExtractedDocument doc = read("fwd.txt", """
                From: Research Desk <desk@example.invalid>
                Sent: Tuesday, 10 March 2026 14:02
                To: Portfolio Team
                Subject: Fwd: Quantum start-up raises 90 million euros

                A quantum computing start-up from Delft has raised 90 million euros from two pension funds.
                """);
        assertEquals("Quantum start-up raises 90 million euros", doc.title());
        assertEquals(LocalDate.of(2026, 3, 10), doc.published());
        assertFalse(doc.text().contains("desk@example.invalid"));
    }

    @Test
    void withoutAHeadlineTheTitleIsTheFirstSentenceShortenedNeverARule() throws Exception {
        ExtractedDocument doc = read("plain.txt", """
                ********************************************

                Operators of the largest data centres in the region agreed on Monday to share the cost of a new substation, which the grid company had refused to pay for alone, and to buy the power it brings at a fixed price for ten years. The deal ends a dispute of two years.
                """);
        assertTrue(doc.title().startsWith("Operators of the largest data centres"), doc.title());
        assertTrue(doc.title().endsWith("…") && doc.title().length() <= 60, doc.title());
        assertFalse(doc.text().contains("***"));
    }

    @Test
    void pageTitleLosesTheSiteName() {
        assertEquals("Speicher wird knapp", HtmlArticleExtractor.withoutSiteName("Speicher wird knapp | Chipblatt", null));
        assertEquals("算力价格回落", HtmlArticleExtractor.withoutSiteName("算力价格回落_科技日报网", null));
        assertEquals("Rivals - and partners - in chips",
                HtmlArticleExtractor.withoutSiteName("Rivals - and partners - in chips", null));
        assertEquals("Chips rally", HtmlArticleExtractor.withoutSiteName("Daily Wire News - Chips rally", "Daily Wire News"));
    }

    @Test
    void brokerLetterheadAboveARuleAndTheDocumentKindLineAreNotTheTitle() throws Exception {
        ExtractedDocument doc = read("studie.txt", """
                NORDKAP SECURITIES AG
                Equity Research | Halbleiter                     4. März 2026
                ------------------------------------------------------------------
                Unternehmensanalyse  ·  Speicherchips  ·  Erststudie

                Lagerabbau bei Speicherchips: Warum die Preise im Sommer wieder steigen

                Die Hersteller von Speicherchips haben ihre Lager seit dem Herbst um
                ein Drittel abgebaut. Wir erwarten daher steigende Vertragspreise.

                Die Nachfrage aus Rechenzentren bleibt hoch und stützt die Margen.
                """);
        assertEquals("Lagerabbau bei Speicherchips: Warum die Preise im Sommer wieder steigen", doc.title());
        assertFalse(doc.text().contains("Equity Research"), doc.text());
        assertFalse(doc.text().contains("Unternehmensanalyse"), doc.text());
        assertTrue(doc.text().contains("Die Nachfrage aus Rechenzentren bleibt hoch"));
    }

    @Test
    void portalEditorCreditIsCutAndTheDatelineKeepsItsDate() throws Exception {
        ExtractedDocument doc = read("portal.txt", """
                储能电池价格再降两成

                2026-05-06 14:20　来源：南方科技报　责任编辑：王蕾

                今年以来，储能电池的采购价格下降了约两成，多家厂商表示利润承压。

                业内人士认为，价格战还将持续到明年。

                【责任编辑：王蕾】
                """);
        assertEquals("储能电池价格再降两成", doc.title());
        assertFalse(doc.text().contains("责任编辑"), doc.text());
        assertFalse(doc.text().contains("【"), doc.text());
        assertEquals(LocalDate.of(2026, 5, 6), doc.published());
        assertTrue(doc.text().contains("价格战还将持续到明年"));
    }

    @Test
    void newsletterSubjectWithAnIssueNumberGivesWayToTheLeadHeadlineAndTheSponsorGoes() throws Exception {
        ExtractedDocument doc = read("mail.txt", """
                From: Wafer Weekly <hello@waferweekly.example>
                Date: Tue, 3 Mar 2026 07:00
                Subject: Wafer Weekly #88: the memory squeeze

                Sponsored by Coldline Cooling
                Liquid cooling for every rack. Book a demo today.

                Samsung Raises Memory Prices for the Second Quarter in a Row

                Samsung told customers that contract prices for server memory will rise
                again next quarter, citing demand from data centres.
                """);
        assertEquals("Samsung Raises Memory Prices for the Second Quarter in a Row", doc.title());
        assertFalse(doc.text().contains("Coldline"), doc.text());
        assertTrue(doc.text().contains("citing demand from data centres"));
    }

    @Test
    void forumThreadLosesPostHeadsQuoteHeadsSignaturesAndBoardChrome() throws Exception {
        ExtractedDocument doc = read("thread.txt", """
                Thema: Lohnt sich der Einstieg bei ASML noch?

                Beitrag von chipfan » Mi 4. Mär 2026, 09:12

                Die Auftragseingänge sind im letzten Quartal deutlich gestiegen, vor allem bei EUV.

                ____________
                Meine Meinung, keine Empfehlung.

                Nach oben

                Beitrag von kursziel » Mi 4. Mär 2026, 09:40

                Zitat von chipfan:
                Die Auftragseingänge sind gestiegen.

                Stimmt, aber die Bewertung ist schon sportlich.

                Nach oben

                Powered by phpBB® Forum Software
                """);
        assertEquals("Lohnt sich der Einstieg bei ASML noch?", doc.title());
        for (String chrome : new String[]{"Beitrag von", "Zitat von", "keine Empfehlung", "Nach oben", "phpBB", "____"}) {
            assertFalse(doc.text().contains(chrome), chrome + " stays in: " + doc.text());
        }
        assertTrue(doc.text().contains("vor allem bei EUV"));
        assertTrue(doc.text().contains("die Bewertung ist schon sportlich"));
    }

    @Test
    void pressReleaseLosesReleaseLinesContactBlockAndWireSource() throws Exception {
        ExtractedDocument doc = read("release.txt", """
                Pressemitteilung

                Voltaris sichert sich 80 Millionen Euro für neue Batteriefabrik

                MÜNCHEN, 3. März 2026 -- Die Voltaris GmbH hat eine Finanzierung über 80 Millionen Euro
                abgeschlossen. Das Geld fließt in eine Fabrik in Sachsen.

                Pressekontakt:
                Anna Berg
                presse@voltaris.example
                +49 89 1234 567

                SOURCE Voltaris GmbH

                ###
                """);
        assertEquals("Voltaris sichert sich 80 Millionen Euro für neue Batteriefabrik", doc.title());
        for (String chrome : new String[]{"Pressemitteilung", "Pressekontakt", "presse@voltaris", "SOURCE", "###"}) {
            assertFalse(doc.text().contains(chrome), chrome + " stays in: " + doc.text());
        }
        assertTrue(doc.text().contains("Das Geld fließt in eine Fabrik in Sachsen."));
    }

    @Test
    void slideDeckLosesSpeakerNotesPageNumbersAndTheFooterOnEverySlide() throws Exception {
        StringBuilder deck = new StringBuilder("# Memory Market Review 2026\n\n");
        String[] points = {"Contract prices rose by a fifth", "Inventories fell to six weeks", "Capacity grows slowly"};
        for (int i = 0; i < points.length; i++) {
            deck.append("## Slide ").append(i + 1).append("\n\n- ").append(points[i]).append("\n\n")
                    .append("::: notes\nRemind the board of the budget.\n:::\n\n<!-- reviewed -->\n\n")
                    .append("Page ").append(i + 1).append(" of 3\nStrictly confidential · Board only\n\n---\n\n");
        }
        ExtractedDocument doc = read("deck.md", deck.toString());
        assertEquals("Memory Market Review 2026", doc.title());
        for (String chrome : new String[]{"Remind the board", "notes", "reviewed", "Page 2 of 3", "Strictly confidential"}) {
            assertFalse(doc.text().contains(chrome), chrome + " stays in: " + doc.text());
        }
        for (String point : points) {
            assertTrue(doc.text().contains(point), point);
        }
    }

    @Test
    void relatedReadingListGoesButAListInTheArticleStays() throws Exception {
        ExtractedDocument doc = read("post.md", """
                # 晶片庫存何時見底

                分析師認為，記憶體庫存將在第二季見底。

                主要原因有三：

                - 伺服器需求回升
                - 手機備貨增加
                - 減產效果顯現

                **延伸閱讀**

                - [另一篇文章的標題](/posts/other/)
                - [第三篇文章的標題](/posts/third/)
                """);
        assertTrue(doc.text().contains("減產效果顯現"), doc.text());
        assertFalse(doc.text().contains("延伸閱讀"), doc.text());
        assertFalse(doc.text().contains("另一篇文章"), doc.text());
    }

    @Test
    void mailHeadersOfEveryKindGoAndTheBodyLineTheNumberedSubjectRepeatsIsTheTitle() throws Exception {
        ExtractedDocument doc = read("mail.txt", """
                From: Chip Ledger <letters@chipledger.example>
                To: reader@example.org
                Date: Mon, 2 Mar 2026 06:30:00 +0100
                Subject: Chip Ledger #88: Foundries Raise Prices Again
                Reply-To: desk@chipledger.example
                List-Unsubscribe: <https://chipledger.example/leave?u=1>

                Forward this newsletter to a colleague

                ==========================================
                CHIP LEDGER · Issue 88 · Monday, 2 March 2026
                ==========================================

                Foundries Raise Prices Again

                Contract prices for mature nodes went up by a tenth this quarter, the third rise in a row.
                Buyers say they have little choice while capacity stays short and lead times stay long.

                Packaging is tighter still: advanced lines are booked well into next year, and prepayments
                have become the rule rather than the exception for the largest customers.

                Analysts expect the pressure to ease only when the new plants in Arizona and Kumamoto ramp up,
                which most of them do not see before the second half of next year at the earliest.

                See you next week
                The editors of Chip Ledger
                """);
        assertEquals("Foundries Raise Prices Again", doc.title());
        for (String chrome : new String[]{"Reply-To", "List-Unsubscribe", "Forward this newsletter", "Issue 88",
                "See you next week", "The editors of Chip Ledger"}) {
            assertFalse(doc.text().contains(chrome), chrome + " stays in: " + doc.text());
        }
        assertTrue(doc.text().contains("prepayments"), doc.text());
    }

    @Test
    void transcriptBannerWithAWebAddressRunningPageLinesAndCopyrightGoTheHeadlineWithItsDatelineStays() throws Exception {
        ExtractedDocument doc = read("call.txt", """
                QuoteWire Transcripts | www.quotewire.example | Licensed copy for: Example Capital

                Tessel Micro Ltd. (TSML) Q1 2026 Earnings Call Transcript
                May 4, 2026, 4:30 p.m. ET

                PREPARED REMARKS

                Operator
                Good afternoon and welcome to the first quarter call of Tessel Micro. Today's call is being recorded for replay.

                Chief Executive Officer
                Thank you. Revenue grew faster than we planned, and our packaging lines ran at full capacity through the quarter.

                ------------------------------------------------
                QuoteWire Transcripts | TSML Q1 2026 | Page 1 of 2
                ------------------------------------------------

                Chief Financial Officer
                Gross margin improved by two points. We expect capital spending to stay high for the rest of the year as the Penang line ramps.

                ------------------------------------------------
                QuoteWire Transcripts | TSML Q1 2026 | Page 2 of 2
                ------------------------------------------------
                Copyright (c) 2026 QuoteWire Inc. All rights reserved.
                THIS TRANSCRIPT MAY CONTAIN ERRORS.
                """);
        assertEquals("Tessel Micro Ltd. (TSML) Q1 2026 Earnings Call Transcript", doc.title());
        for (String chrome : new String[]{"Licensed copy", "Page 1 of 2", "Page 2 of 2", "All rights reserved", "MAY CONTAIN ERRORS"}) {
            assertFalse(doc.text().contains(chrome), chrome + " stays in: " + doc.text());
        }
        assertTrue(doc.text().contains("Penang line ramps"), doc.text());
    }

    @Test
    void messagingPlatformBylineAndAccountCardGoAndAHeadlineThatAsksAndAnswersIsTheTitle() throws Exception {
        ExtractedDocument doc = read("wechat.txt", """
                芯片涨价潮还会持续多久？三家代工厂的订单拆解
                原创 王一鸣 芯片观察 2026年03月02日 07:45 上海

                芯片观察
                关注半导体产业链的深度报道。
                528篇原创内容
                公众号

                今年一季度，成熟制程的代工价格再次上调，这已经是连续第三个季度涨价。多家客户表示，产能仍然紧张，交期没有明显缩短。

                先进封装的情况更紧张。主要厂商的产线订单已经排到明年，预付款成为大客户的常态。

                分析人士认为，只有新工厂投产之后，价格压力才会缓解，但大多数人认为这要等到明年下半年。

                END
                """);
        assertEquals("芯片涨价潮还会持续多久？三家代工厂的订单拆解", doc.title());
        for (String chrome : new String[]{"原创 王一鸣", "528篇原创内容", "公众号", "关注半导体产业链的深度报道"}) {
            assertFalse(doc.text().contains(chrome), chrome + " stays in: " + doc.text());
        }
        assertTrue(doc.text().contains("预付款成为大客户的常态"), doc.text());
    }

    @Test
    void brokerLetterheadOfSeveralLinesContactLineAndPageFooterWithFullWidthSlashGo() throws Exception {
        ExtractedDocument doc = read("note.txt", """
                NORTHBRIDGE SECURITIES LIMITED
                北橋證券有限公司
                EQUITY RESEARCH  |  ASIA SEMICONDUCTORS  |  亞洲半導體研究
                ══════════════════════════════════════════
                公司快評　　　　　　　　　　　　2026年3月2日

                台積電（2330.TW）：先進封裝產能再擴，毛利率維持高檔

                分析師：林志明　+852 2111 3344　zm.lin@northbridge.example
                ──────────────────────────────────────────

                先進封裝的訂單已經排到明年，公司表示將再擴充產能，以滿足人工智慧晶片客戶的需求。

                北橋證券研究部　　　　　　　　　　　第 1 頁／共 2 頁

                成熟製程的價格壓力仍在，但公司的產品組合持續向先進製程傾斜，毛利率有望維持在高檔。
                """);
        assertEquals("台積電（2330.TW）：先進封裝產能再擴，毛利率維持高檔", doc.title());
        for (String chrome : new String[]{"NORTHBRIDGE SECURITIES", "zm.lin@northbridge.example", "第 1 頁／共 2 頁", "公司快評"}) {
            assertFalse(doc.text().contains(chrome), chrome + " stays in: " + doc.text());
        }
        assertTrue(doc.text().contains("毛利率有望維持在高檔"), doc.text());
    }

    @Test
    void aNewslettersTaglineUnderItsMastheadIsNeitherTitleNorText() throws Exception {
        ExtractedDocument doc = read("zhoukan.txt", """
                在浏览器中查看

                算力观察周刊 · 第12期 · 2026年3月6日
                每周五发送，一周算力市场要闻
                ==========================

                国产推理芯片出货量首次超过进口

                本周，多家芯片厂商公布了一季度出货数据。按我们的统计，国产推理芯片的出货量首次超过了进口产品，主要买家是地方智算中心。

                不过，训练芯片的差距仍然明显，大型模型公司依旧依赖进口产品。
                """);
        assertEquals("国产推理芯片出货量首次超过进口", doc.title());
        assertFalse(doc.text().contains("每周五发送"), doc.text());
        assertFalse(doc.text().contains("第12期"), doc.text());
        assertTrue(doc.text().contains("国产推理芯片的出货量首次超过了进口产品"), doc.text());
    }

    @Test
    void aHeadlineNamingACadenceStaysUnderAViewInBrowserLine() throws Exception {
        ExtractedDocument doc = read("grid.txt", """
                View this email in your browser
                Utilities Now Revise Their Grid Plans Every Week

                Grid operators in three German states told us they update connection forecasts weekly, because
                requests from data-centre developers change faster than their planning cycles allow.

                Most of the requests will never be built, but each one has to be assessed.
                """);
        assertEquals("Utilities Now Revise Their Grid Plans Every Week", doc.title());
        assertTrue(doc.text().contains("Utilities Now Revise Their Grid Plans Every Week"), doc.text());
    }

    @Test
    void aPlainTextNewslettersIssueLineAndInboxNoticeGoAndItsHeadlineInCapitalsIsTheTitle() throws Exception {
        ExtractedDocument doc = read("dispatch.txt", """
                ################################################################
                #        THE SILICON DISPATCH  --  chips and clouds, weekly      #
                ################################################################
                Issue #52 | Tuesday, March 3, 2026
                You are receiving this because you signed up at silicondispatch.example.

                ================================================================

                CHIPMAKERS RACE TO SECURE ADVANCED PACKAGING

                Hello again. The scarcest step in making an accelerator is no longer the wafer but the package
                that joins it to its memory, and three chipmakers have booked most of next year's capacity.

                The bottleneck

                Packaging lines take eighteen months to build, so the shortage will outlast this year.

                ================================================================
                Liked this issue? Send it to a colleague.
                Unsubscribe | Preferences
                """);
        assertEquals("CHIPMAKERS RACE TO SECURE ADVANCED PACKAGING", doc.title());
        assertEquals("THE SILICON DISPATCH", doc.source(), "the masthead's name, without frame or tagline");
        assertEquals(LocalDate.of(2026, 3, 3), doc.published(), "the issue line's date");
        assertFalse(doc.text().contains("Issue #52"), doc.text());
        assertFalse(doc.text().contains("You are receiving this"), doc.text());
        assertFalse(doc.text().contains("Unsubscribe"), doc.text());
        assertTrue(doc.text().contains("The bottleneck"), doc.text());
        assertTrue(doc.text().contains("so the shortage will outlast this year."), doc.text());
    }

    @Test
    void aTranscriptsEventDateLineIsItsDateNotItsText() throws Exception {
        ExtractedDocument doc = read("call.txt", """
                BRIGHTWELL WIRE | Call Transcripts
                ----------------------------------------------------------------------
                Tessaro Robotics AG (XETRA: TSRO)
                Q1 2026 Earnings Call
                Event date: April 29, 2026, 10:00 AM CET
                ----------------------------------------------------------------------

                PREPARED REMARKS

                Operator: Good morning, and welcome to the Tessaro Robotics first quarter 2026 earnings call.

                Jana Roth: Thank you. Orders for our warehouse robots rose by a third against last year.
                """);
        assertTrue(doc.title().contains("Q1 2026 Earnings Call"), doc.title());
        assertFalse(doc.title().contains("Event date"), doc.title());
        assertFalse(doc.text().contains("Event date"), doc.text());
        assertEquals(LocalDate.of(2026, 4, 29), doc.published());
        assertTrue(doc.text().contains("Orders for our warehouse robots rose by a third against last year."), doc.text());
    }

    @Test
    void aNoteAppExportLosesItsSyncedNoticeSharingNoticeAndExportStampButKeepsItsProse() throws Exception {
        ExtractedDocument doc = read("review.md", """
                # Supplier Review: Speech Recognition APIs

                > 💡 **Note:** This page is synced from the Purchasing workspace. Edit the source page, not this copy.

                > 🔒 Internal — do not share outside the Platform team.

                ## Findings

                We compared three speech recognition services on 200 recorded support calls. The cheapest service
                made twice as many errors on German place names as the other two.

                Exported from Taiwan and Korea, the servers we rent arrive with a lead time of six weeks, so
                the pilot cannot start before June.

                Regulators do not share outside findings with vendors, so we ran our own accessibility audit of the three services and their dashboards.

                *Exported from Notion on 2 March 2026*
                """);
        assertEquals("Supplier Review: Speech Recognition APIs", doc.title());
        assertFalse(doc.text().contains("synced from"), doc.text());
        assertFalse(doc.text().contains("do not share outside the Platform team"), doc.text());
        assertFalse(doc.text().contains("Exported from Notion"), doc.text());
        assertTrue(doc.text().contains("Exported from Taiwan and Korea"), "a sentence opening alike stays: " + doc.text());
        assertTrue(doc.text().contains("Regulators do not share outside findings"), "a long line is prose: " + doc.text());
    }

    @Test
    void aForumSignatureGoesEvenWhenThePushesBelowItAreLong() throws Exception {
        StringBuilder pushes = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            pushes.append("推 reader").append(i).append(": 謝謝分享，很有幫助                                   04/02 2").append(i % 10).append(":10\n");
        }
        ExtractedDocument doc = read("post.txt", """
                作者  chipfan (晶片迷)                                        看板  Tech_Job
                標題  [心得] 散熱模組廠今年接單狀況
                時間  Thu Apr  2 20:11:05 2026
                ───────────────────────────────────────

                散熱模組廠今年的訂單幾乎都來自AI伺服器，液冷板的出貨量比去年多了一倍。

                不過新產線要明年才能量產，短期內交期還是很長。

                --
                寫程式寫到天亮的人
                          by 一個愛喝咖啡的工程師

                --
                ※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 10.0.0.1 (臺灣)
                """ + pushes);
        assertEquals("散熱模組廠今年接單狀況", doc.title().replace("[心得] ", ""));
        assertFalse(doc.text().contains("寫程式寫到天亮的人"), doc.text());
        assertFalse(doc.text().contains("愛喝咖啡"), doc.text());
        assertTrue(doc.text().contains("短期內交期還是很長。"), doc.text());
    }

    @Test
    void aForumThreadKeepsTheReplyPostBelowTheFirstPostsSignature() throws Exception {
        StringBuilder pushes = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            pushes.append("推 fan").append(i).append(": 同意樓上                                             05/06 1").append(i).append(":00\n");
        }
        ExtractedDocument doc = read("thread.txt", """
                作者  gridwatch (電網觀察)                                    看板  Tech_Job
                標題  [討論] 資料中心用電到底會不會排擠民生用電？
                時間  Wed May  6 09:12:44 2026

                最近很多新聞說資料中心會吃掉大量電力，想聽聽大家的看法。

                --
                ※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 10.0.0.2 (臺灣)
                """ + pushes + """

                作者  powerguy (電力人)                                       看板  Tech_Job
                標題  Re: [討論] 資料中心用電到底會不會排擠民生用電？
                時間  Wed May  6 11:40:02 2026

                我在電力公司待過，資料中心的用電大多是長約，會先排好併網時程，短期內不會影響民生用電。

                比較大的問題是南部的輸電線路，新增的變電所至少要三年才能蓋好。

                --
                ※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 10.0.0.3 (臺灣)
                """ + pushes);
        assertTrue(doc.text().contains("新增的變電所至少要三年才能蓋好"), "the reply post is text: " + doc.text());
        assertFalse(doc.text().contains("發信站"), doc.text());
        assertFalse(doc.text().contains("同意樓上"), doc.text());
    }
}
