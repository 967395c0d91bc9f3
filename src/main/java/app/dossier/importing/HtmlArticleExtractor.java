package app.dossier.importing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps the article of a web page. Parses only (nothing is ever fetched: no base URI, no images,
 * no stylesheets), drops page furniture by element and by class names, then takes the element whose
 * paragraphs hold the most text with the fewest links.
 */
final class HtmlArticleExtractor {
    record Article(String text, String title, String siteName, String publishedHint) {
    }

    private static final String FURNITURE = "script, style, noscript, template, iframe, frame, frameset, object, embed, "
            + "applet, svg, canvas, math, form, input, button, select, textarea, label, nav, aside, footer, menu, dialog, "
            + "img, picture, video, audio, source, track, map, link, meta, base";
    private static final Pattern FURNITURE_NAMES = Pattern.compile(
            "(^|[\\s_-])(comments?|share|sharing|social|nav|navbar|navigation|menu|footer|sidebar|advert\\w*|ads?|adv|"
                    + "banner|promo|related\\w*|yarpp\\w*|recommend\\w*|cookie\\w*|popup|modal|subscribe|newsletter|breadcrumbs?|"
                    + "sponsored|widget|toolbar|login|signup|captcha|paywall|engagement|badge|metabar|responses|tools|fontsize|font-size|textsize|author-(bar|card|box|bio))($|[\\s_-])", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s[|｜–—-]\\s|_|｜");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "figure", "figcaption", "address", "hr", "center", "body");

    Article extract(String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser());
        String siteName = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "application-name"), meta(doc, "publisher"));
        String title = HtmlTitle.choose(doc, siteName);
        String published = firstNonBlank(meta(doc, "article:published_time"), meta(doc, "date"), meta(doc, "pubdate"),
                meta(doc, "publishdate"), meta(doc, "dc.date"), attr(doc.selectFirst("time[datetime]"), "datetime"));
        Element body = doc.body();
        body.select(FURNITURE).remove();
        // a Word "web page" keeps the page header and footer it printed on every page as marked divs
        body.select("[style~=(?i)mso-element\\s*:\\s*(header|footer)]").remove();
        removeExportedPageMargins(body);
        for (Element e : body.select("[class], [id], [role]")) {
            String names = e.className() + " " + e.id() + " " + e.attr("role");
            if (e.parent() != null && FURNITURE_NAMES.matcher(names).find() && !e.tagName().equals("article")) {
                e.remove();
            }
        }
        Element root = articleRoot(body);
        return new Article(blockText(root), title, siteName, published);
    }

    /**
     * A word processor's export flows the document straight into the body; the page header and footer it
     * repeated on every page come out as a div before and after that flow (Google Docs), and go.
     */
    private static void removeExportedPageMargins(Element body) {
        Elements children = body.children();
        long flow = children.stream().filter(e -> e.tagName().matches("p|h[1-6]|table|ul|ol")).count();
        if (children.size() < 4 || flow * 2 < children.size()) {
            return;
        }
        Element first = children.first();
        Element last = children.last();
        if (first != null && first.tagName().equals("div")) {
            first.remove();
        }
        if (last != null && last != first && last.tagName().equals("div")) {
            last.remove();
        }
    }

    /**
     * "Story | Site", "Story - Site", "Story_Site": the site's part goes. It is the part named as the site,
     * else a short last part beside a longer one (a story's own dash keeps both its halves).
     */
    static String withoutSiteName(String pageTitle, String siteName) {
        if (pageTitle == null) {
            return null;
        }
        String[] parts = TITLE_SEPARATOR.split(pageTitle.strip());
        if (parts.length < 2) {
            return pageTitle;
        }
        String last = parts[parts.length - 1].strip();
        String first = parts[0].strip();
        if (last.isEmpty() || first.isEmpty()) {
            return pageTitle;
        }
        String rest = pageTitle.substring(0, pageTitle.lastIndexOf(last)).replaceAll("[\\s|｜_–—-]+$", "").strip();
        if (siteName != null && !siteName.isBlank()) {
            if (last.equalsIgnoreCase(siteName.strip())) {
                return rest;
            }
            if (first.equalsIgnoreCase(siteName.strip())) {
                return pageTitle.substring(pageTitle.indexOf(first) + first.length()).replaceAll("^[\\s|｜_–—-]+", "").strip();
            }
        }
        // "|" and "_" almost always set off the site; a dash may be the story's own, so it needs a much longer story
        boolean strong = pageTitle.matches(".*(\\s[|｜]\\s|_|｜).*");
        boolean named = strong || !Character.isLowerCase(last.codePointAt(0));
        int factor = strong ? 1 : 2;
        return named && Scripts.width(last) <= 30 && Scripts.width(last) * factor <= Scripts.width(rest) ? rest : pageTitle;
    }

    /** An explicit article or main element wins; otherwise the block whose paragraphs carry the most text. */
    private Element articleRoot(Element body) {
        Element best = null;
        int bestLength = 0;
        for (Element candidate : body.select("article, main, [role=main], [itemprop=articleBody]")) {
            int length = candidate.text().length();
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        if (best != null && bestLength >= body.text().length() / 3) {
            return best;
        }
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : body.select("p, pre, td, blockquote")) {
            int length = p.text().length();
            if (length < 20) {
                continue;
            }
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, (double) length, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), length / 2.0, Double::sum);
                }
            }
        }
        Element top = body;
        double topScore = 0;
        for (var e : scores.entrySet()) {
            double score = e.getValue() * (1 - linkDensity(e.getKey()));
            if (score > topScore) {
                top = e.getKey();
                topScore = score;
            }
        }
        return top;
    }

    private static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 1;
        }
        int linked = 0;
        for (Element a : e.select("a")) {
            linked += a.text().length();
        }
        return (double) linked / all;
    }

    /** Text with a blank line between blocks and a line break for br, as a reader sees the page. */
    private static String blockText(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.text());
                } else if (node instanceof Element e) {
                    String rows = e.tagName().equals("table") ? HtmlTables.pipeRows(e) : null;
                    if (rows != null) {
                        sb.append("\n\n").append(rows).append("\n\n");
                        return FilterResult.SKIP_CHILDREN; // rows and columns kept for the figures reader
                    }
                    if (e.tagName().equals("br")) {
                        sb.append('\n');
                    } else if (BLOCKS.contains(e.tagName())) {
                        sb.append("\n\n");
                        if (e.tagName().equals("li")) {
                            sb.append("• ");
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
                    sb.append("\n\n");
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return sb.toString();
    }

    static String meta(Document doc, String key) {
        Element e = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "], meta[itemprop=" + key + "]");
        return e == null ? null : e.attr("content");
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** The charset a page declares in its first bytes (meta charset, http-equiv, or XML declaration). */
    static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        var m = Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]{1,40})", Pattern.CASE_INSENSITIVE).matcher(head);
        if (m.find()) {
            return m.group(1);
        }
        var xml = Pattern.compile("<\\?xml[^>]{0,100}encoding\\s*=\\s*[\"']([A-Za-z0-9_.-]{1,40})", Pattern.CASE_INSENSITIVE).matcher(head);
        return xml.find() ? xml.group(1) : null;
    }
}
