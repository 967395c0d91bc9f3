package app.dossier.importing;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.List;

import static app.dossier.importing.ReaderTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A saved web page gives its article only, and reading it never touches the network. */
class HtmlArticleTest {

    @Test
    void hostilePageGivesTheArticleAndFetchesNothing() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String remote = "http://127.0.0.1:" + server.getLocalPort();
            String html = """
                    <!doctype html><html><head><title>Batteries for the grid</title>
                    <link rel="stylesheet" href="%1$s/site.css"><script src="%1$s/track.js"></script>
                    <script>document.write('<p>injected by script</p>'); fetch('%1$s/beacon');</script>
                    <style>p { color: red } .secret { content: "style text" }</style></head>
                    <body onload="alert(1)">
                    <nav><a href="/">Home</a> | <a href="/energy">Energy</a> | <a href="/login">Login</a></nav>
                    <div class="ad-banner">Sponsored: <img src="%1$s/ad.gif" onerror="alert(2)"></div>
                    <iframe src="%1$s/frame.html"></iframe>
                    <article>
                      <h1>Batteries for the grid</h1>
                      <p>Utilities ordered storage with a capacity of 40 gigawatt hours last year, twice as much as the year before.</p>
                      <img src="%1$s/chart.png" alt="chart">
                      <p>Most of the money went to projects in Texas and California, where solar parks need storage at night.</p>
                      <div class="share-bar">Share on Twitter · Share on LinkedIn</div>
                    </article>
                    <section class="comments"><h3>Comments</h3><form><textarea>Your comment</textarea><button>Send</button></form></section>
                    <footer>© 2026 Example Energy News · Privacy Policy · Terms of Use</footer>
                    </body></html>""".formatted(remote);
            ExtractedDocument doc = read("page.html", html);
            assertEquals(List.of("Batteries for the grid",
                    "Utilities ordered storage with a capacity of 40 gigawatt hours last year, twice as much as the year before.",
                    "Most of the money went to projects in Texas and California, where solar parks need storage at night."),
                    List.of(doc.text().split("\n\n")));
            assertEquals("Batteries for the grid", doc.title());
            server.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, server::accept, "the reader opened a connection");
        }
    }

    @Test
    void aBlogPluginsRelatedPostsBlockGoesWithItsItems() throws Exception {
        String html = """
                <html><head><title>Heat pumps learn to talk to the grid | Kettle Notes</title></head><body>
                <article><h1>Heat pumps learn to talk to the grid</h1>
                  <p>Installers in Bremen now fit heat pumps that pause for twenty minutes when the grid operator asks, in exchange for a lower tariff.</p>
                  <p>The pilot covers 1,200 homes, and none of the households reported a colder living room during the winter.</p>
                </article>
                <div id="wp-relatedposts" class="wp-relatedposts">
                  <h3 class="wp-relatedposts-headline">More from the blog</h3>
                  <div class="wp-relatedposts-post"><h4><a href="/solar-roofs">Why Solar Roofs Stall in Rented Flats</a></h4><p>January 9, 2026</p></div>
                  <div class="wp-relatedposts-post"><h4><a href="/meters">Smart Meters, Slowly</a></h4><p>December 2, 2025</p></div>
                </div>
                </body></html>""";
        ExtractedDocument doc = read("heat-pumps.html", html);
        assertEquals("Heat pumps learn to talk to the grid", doc.title());
        assertFalse(doc.text().contains("Why Solar Roofs Stall"), doc.text());
        assertFalse(doc.text().contains("Smart Meters, Slowly"), doc.text());
        assertTrue(doc.text().contains("none of the households reported a colder living room"), doc.text());
    }

    @Test
    void pageWithoutArticleElementKeepsTheDensestTextBlock() throws Exception {
        String html = """
                <html><body>
                <div id="header"><a href="/">Start</a> <a href="/a">Politik</a> <a href="/b">Wirtschaft</a></div>
                <div class="links"><p><a href="/1">Ein anderer Artikel über Energie und Netze</a></p><p><a href="/2">Noch ein Artikel über Strompreise im Winter</a></p></div>
                <div class="story">
                  <p>Die Netzbetreiber wollen bis 2030 rund 100 Milliarden Euro in neue Leitungen investieren, um Windstrom in den Süden zu bringen.</p>
                  <p>Kritiker halten den Plan für zu langsam, weil viele Genehmigungen noch fehlen und die Kosten weiter steigen.</p>
                </div>
                </body></html>""";
        ExtractedDocument doc = read("seite.html", html);
        assertTrue(doc.text().startsWith("Die Netzbetreiber wollen"), doc.text());
        assertFalse(doc.text().contains("Ein anderer Artikel"));
        assertEquals("de", doc.language());
    }

    @Test
    void htmlInATxtFileIsReadAsHtml() throws Exception {
        ExtractedDocument doc = read("saved.txt", "<!DOCTYPE html><html><body><p>Die Nachfrage nach Rechenzentren wächst weiter.</p>"
                + "<script>var x = 1;</script></body></html>");
        assertEquals("html", doc.format());
        assertEquals("Die Nachfrage nach Rechenzentren wächst weiter.", doc.text());
    }
}
