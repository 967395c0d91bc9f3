package app.dossier.importing;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static app.dossier.importing.ReaderTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Title, date, source and language found in the text the way a reader would find them. */
class MetadataTest {

    @Test
    void germanWrittenDateAndQuelleLine() throws Exception {
        ExtractedDocument doc = read("x.txt", """
                Speicherchips werden knapp

                Berlin, 14. März 2025

                Die Hersteller kommen mit der Produktion nicht nach, und die Preise steigen weiter.

                Quelle: Wirtschaftsdienst Nord
                """);
        assertEquals("Speicherchips werden knapp", doc.title());
        assertEquals(LocalDate.of(2025, 3, 14), doc.published());
        assertEquals("Wirtschaftsdienst Nord", doc.source());
        assertEquals("de", doc.language());
    }

    @Test
    void chineseDateAndSourceLineInEitherScript() throws Exception {
        ExtractedDocument doc = read("x.txt", """
                芯片公司上市首日大漲

                2025年3月14日

                這家公司的股價在上市首日上漲了一倍,市值超過五百億元。

                來源：財經週報
                """);
        assertEquals(LocalDate.of(2025, 3, 14), doc.published());
        assertEquals("財經週報", doc.source());
        assertEquals("zh-Hant", doc.language());
    }

    @Test
    void englishDateAndSourceFallsBackToFileName() throws Exception {
        ExtractedDocument doc = read("memo-7.txt", """
                Cloud budgets in 2025

                March 14, 2025

                Companies plan to spend more on data platforms than on raw compute, a survey of chief information officers shows.
                """);
        assertEquals(LocalDate.of(2025, 3, 14), doc.published());
        assertEquals("memo-7.txt", doc.source());
        assertEquals("en", doc.language());
    }

    @Test
    void isoDatelineAfterPublisherNamesBothDateAndSource() throws Exception {
        ExtractedDocument doc = read("x.txt", """
                Fünf Wetten der großen Fonds auf das Jahr 2026.

                Kapitalmarkt Aktuell 2025-03-14 09:30

                Die Fonds setzen auf Software für Fabriken und auf Roboter, die in Lagerhallen arbeiten.
                """);
        assertEquals(LocalDate.of(2025, 3, 14), doc.published());
        assertEquals("Kapitalmarkt Aktuell", doc.source());
        assertEquals("Fünf Wetten der großen Fonds auf das Jahr 2026.", doc.title());
    }

    @Test
    void dateDeepInTheBodyIsNotThePublicationDate() throws Exception {
        String filler = "Die Entwicklung der Branche verläuft seit Jahren ungleichmäßig, und die Unternehmen investieren vorsichtig. ".repeat(20);
        ExtractedDocument doc = read("x.txt", "Ein Rückblick\n\n" + filler + "\n\nAm 14. März 2019 begann alles.");
        assertNull(doc.published());
    }

    @Test
    void htmlMetadataGivesTitleSiteAndDate() throws Exception {
        ExtractedDocument doc = read("saved.html", """
                <html><head><title>Robots in the warehouse | Example Daily</title>
                <meta property="og:title" content="Robots in the warehouse">
                <meta property="og:site_name" content="Example Daily">
                <meta property="article:published_time" content="2025-03-14T08:00:00Z"></head>
                <body><article><h1>Robots in the warehouse</h1>
                <p>Logistics firms bought more robots this year than in the three years before, and they plan to buy more.</p>
                </article></body></html>""");
        assertEquals("Robots in the warehouse", doc.title());
        assertEquals("Example Daily", doc.source());
        assertEquals(LocalDate.of(2025, 3, 14), doc.published());
        assertEquals("html", doc.format());
    }

    @Test
    void pageTitleWithoutSiteNameWhenTheHeadingSaysIt() throws Exception {
        ExtractedDocument doc = read("saved.html", "<html><head><title>Neue Chipfabrik in Sachsen – Beispielzeitung</title></head>"
                + "<body><h1>Neue Chipfabrik in Sachsen</h1><p>Der Bau soll im Herbst beginnen und zehn Milliarden Euro kosten.</p></body></html>");
        assertEquals("Neue Chipfabrik in Sachsen", doc.title());
    }

    @Test
    void simplifiedAndTraditionalChineseAreToldApart() throws Exception {
        assertEquals("zh-Hans", read("a.txt", "这家公司发布了新的语言模型，价格比竞争对手低很多，开发者反应热烈。").language());
        assertEquals("zh-Hant", read("a.txt", "這家公司發布了新的語言模型，價格比競爭對手低很多，開發者反應熱烈。").language());
    }

    @Test
    void unknownLanguageIsOther() throws Exception {
        assertEquals("other", read("a.txt", "Les entreprises françaises investissent davantage dans les centres de données cette année.").language());
        assertEquals("other", read("a.txt", "東京の新しい研究所は、人工知能の安全性について三年間の調査を始めると発表しました。").language());
    }
}
