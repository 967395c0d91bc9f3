package app.dossier.tagging;

import app.dossier.model.Company;
import app.dossier.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Classes of company evidence measured on batches F and G (competitor slides, lists of amounts, statement tables,
 * glued words, registry names inside other names), each with invented sentences.
 */
class CompanyEvidenceClassesTest {
    private static final CompanyMatcher MATCHER = new CompanyMatcher(CompanyRegistry.builtin());
    private final CompanyDiscovery discovery = new CompanyDiscovery();

    private List<String> candidates(String text) {
        return discovery.candidates(text, MATCHER.find(text));
    }

    private List<Company> found(String text) {
        return discovery.discover(text, MATCHER.find(text), Set.of()).stream().map(CompanyDiscovery.Found::company).toList();
    }

    private static List<String> registryIds(String text) {
        return MATCHER.find(text).stream().map(Mention::companyId).toList();
    }

    @Test
    void aLegalNameIsNotCutWhereOnlyAnIndustryWordRecurs() {
        // a prospectus cover: the issuer's name alone on its first line, "智能" again later inside "智能體"
        String cover = "澄曜智能科技股份有限公司\n\n本集團向銀行客戶提供智能體應用服務。";
        assertEquals(List.of("澄曜智能科技股份有限公司"), candidates(cover));
    }

    @Test
    void aTableRowWithAnEmptyFirstCellNamesNothingAndBreaksNothing() {
        // a forum's hand-made table: the second line of a row continues the first and leaves its label empty
        String thread = "| Deal | Amount |\n|---|---|\n| Vantrell | $40M |\n|  | $12M (bridge) |\n\nVantrell raised again in May.";
        List<String> found = candidates(thread);
        assertTrue(found.contains("Vantrell"), found.toString());
        assertFalse(found.contains(""), found.toString());
    }

    @Test
    void aNameWithItsTownInBracketsIsACompany() {
        assertEquals(List.of("Quorvel"), candidates("Wettbewerb\n\nQuorvel (Graz)\n\nSerie A: 9 Mio. € von Business Angels"));
        assertEquals(List.of("Pellucid", "Tarnwick"), candidates("Frühe Runden: Pellucid (Hamburg) und Tarnwick (Wien) haben je eine Seed-Runde geschlossen."));
    }

    @Test
    void aWordOfTheLineBeforeGluedToANameIsCutOff() {
        // a deck's lines joined by the import: "… schwach bei Tabellen" ends one bullet, the competitor opens the next
        String deck = "Unsere Stärke: Tabellen. Gegner Nummer eins ist schwach bei Tabellen Plinthar (Rotterdam) Serie A: 8 Mio. € insgesamt";
        assertEquals(List.of("Plinthar"), candidates(deck));
        String slide = "Zielgruppe: Mittelstand. Banken, kaum noch Mittelstand Travenor Systems AG (Wien) Serie B: 20 Mio. € "
                + "Wir verlieren selten gegen Travenor.";
        assertEquals(List.of("Travenor Systems"), candidates(slide));
        // after an article the capitalised word is part of the name
        assertEquals(List.of("Kessler Orbit"), candidates("Im Auftrag hat die Kessler Orbit AG gebaut. Kessler liefert seit 2019."));
    }

    @Test
    void theFirstItemOfAListOfAmountsIsACompanyToo() {
        List<String> found = candidates("Nach der Bewertung folgen Quillon mit 1,8 Mrd., die Grazer Ostavia AG mit 700 Mio. Quillon beschäftigt 300 Leute.");
        assertTrue(found.contains("Quillon"), found.toString());
        assertTrue(found.contains("Ostavia"), found.toString());
        List<String> english = candidates("Seed rounds went to Marrowind with $2.5 million, Tessaly with $900,000. Marrowind sells to utilities.");
        assertTrue(english.contains("Marrowind"), english.toString());
    }

    @Test
    void rowsOfAFinancialStatementAreNotCompanies() {
        String table = "Our revenue grew quickly.\n\n| | 2024 | 2025 |\n|---|---|---|\n| Revenue | $ 12,400 | $ 30,100 |\n"
                + "| Cost of revenue | $ 4,100 | $ 9,800 |\n| Gross profit | $ 8,300 | $ 20,300 |";
        assertEquals(List.of(), candidates(table));
        assertEquals(List.of("Brontide Labs"), candidates("| | Round |\n|---|---|\n| Brontide Labs | $40M |\n"));
    }

    @Test
    void aHeadingInTitleCaseIsNoCompanyWhenTheTextWritesItInLowerCase() {
        assertEquals(List.of(), candidates("Selected Operating Data\n\nThe tables below present our operating data for each year."));
        assertEquals(List.of("Corrib Data"), candidates("Corrib Data raised $12 million from angels. Corrib Data sells maps."));
    }

    @Test
    void theFirmManagingAFundIsTheFundManagersName() {
        List<Company> all = found("Corriden Partners Fund II, L.P. — Annual Letter\n\nDear investors, …\n\nCorriden Partners Management LLC · 12 Pier Road, Boston");
        assertEquals(1, all.size(), all.toString());
        assertTrue(all.get(0).aliases().contains("Corriden Partners") || all.get(0).name().equals("Corriden Partners"), all.get(0).toString());
    }

    @Test
    void chineseNamesAfterACityAndInBracketsAndWithoutAChattyPrefix() {
        assertTrue(candidates("另一家常被提到的公司是上海的澜析数据，其规模较小，澜析数据的客户多为券商。").contains("澜析数据"));
        assertEquals(List.of(), candidates("头部公司持续吸金的同时，中小团队也开始拿到大额融资。"));
        List<Company> bracketed = found("海外方面，瑞科视（Rekovis）仍占据全球约三成份额。");
        assertEquals(1, bracketed.size(), bracketed.toString());
        Company rekovis = bracketed.get(0);
        assertTrue(rekovis.name().startsWith("瑞科视") && (rekovis.name().contains("Rekovis") || rekovis.aliases().contains("Rekovis")), rekovis.toString());
        assertEquals(List.of(), candidates("英伟达创始人黄仁勋（Jensen Huang）表示需求强劲。").stream().filter(n -> n.contains("黄仁勋")).toList());
        List<String> forum = candidates("再說霆岳智能股份有限公司(Tingyue)，做客服機器人。我同學去霆岳智能上班了，說今年營收會翻倍。");
        assertTrue(forum.contains("霆岳智能股份有限公司"), forum.toString());
        assertFalse(forum.stream().anyMatch(n -> n.startsWith("再說")), forum.toString());
    }

    @Test
    void theCompanyWhoseCallItIsAndTheRivalAnAnalystAsksAbout() {
        List<String> call = candidates("Operator\nGood morning and welcome to the Vantiq Orbital second quarter 2026 earnings call.\n"
                + "Analyst\nI'd like to ask about Strellis. Strellis keeps undercutting you on price.");
        assertTrue(call.contains("Vantiq Orbital"), call.toString());
        assertTrue(call.contains("Strellis"), call.toString());
        assertEquals(List.of(), candidates("I want to ask about Europe. Then a question on Margins, since Margins and margins of peers fell."));
        List<String> forum = candidates("今天去聽了晶川的法說，晶川說明年出貨翻倍。另外參加了三場法說會，真的很累法說會上人很多。");
        assertEquals(List.of("晶川"), forum);
    }

    @Test
    void registryNamesInsideOtherNamesAndTickerLabelsAreNotTheCompany() {
        assertEquals(List.of(), registryIds("Quellmark Robotics, Inc. (NASDAQ: QMRK) today reported results."));
        assertEquals(List.of("nasdaq"), registryIds("Quellmark has been listed on Nasdaq since May."));
        assertFalse(registryIds("Bosch Ventures hält rund 9 % an dem Start-up.").contains("bosch"));
        assertEquals(List.of("bosch"), registryIds("Bosch baut ein neues Werk in Dresden."));
        assertFalse(registryIds("Kunden sind Kliniken und Oracle Health.").contains("oracle"));
    }

    @Test
    void commonWordNamesAfterAnInflectedAdjectiveAreNouns() {
        assertFalse(registryIds("Der Umsatz wuchs stark, allerdings von niedriger Basis aus, wie die Bewertung zeigt.").contains("basis"));
        assertFalse(registryIds("Die Firma hält ein Drittel der installierten Basis an Servern; Umsatz 40 Mio.").contains("basis"));
        assertTrue(registryIds("Basis AI sammelt 30 Millionen ein.").contains("basis"));
    }

    @Test
    void aShortChineseAliasInsideADayWordIsNotThePublisher() {
        assertFalse(registryIds("本公司今日經董事會通過第三季財務報告。").contains("nikkei"));
        assertTrue(registryIds("據日經報導，該公司將擴產。").contains("nikkei"));
    }

    @Test
    void aCommonWordNameNearAShareOfSpendCounts() {
        assertTrue(registryIds("In contract review, Harvey takes most of the spend; Lexmora trails at 7 %.").contains("harvey"));
    }
}
