package app.dossier.importing;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's title by evidence: {@code og:title}; a word processor's title paragraph (by class, or printed
 * larger than the text, since Word keeps a stale {@code <title>} from the file's properties); the
 * {@code <title>} without the site name, unless it only names the site's section ("Press releases |
 * Investor Relations") while the {@code <h1>} is the story's headline; the {@code <h1>}.
 */
final class HtmlTitle {
    private static final Pattern FONT_SIZE = Pattern.compile("font-size\\s*:\\s*(\\d{1,4}(?:\\.\\d{1,4})?)\\s*(pt|px)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLASS_RULE = Pattern.compile("\\.([\\w-]{1,40})\\s*\\{([^}]{0,2000})}");
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s[|｜–—-]\\s|_|｜|\\s[·•»›]\\s");
    private static final Pattern WORD_PROCESSOR = Pattern.compile("(?i)microsoft word|libreoffice|openoffice|google docs|pages");
    /** A part of a section banner: a word or a few ("Investor Relations", "Pressemitteilungen"). */
    private static final int MAX_SECTION_WORDS = 4;
    private static final int MAX_SECTION_HAN = 8;
    private static final int MIN_HEADLINE_WIDTH = 20;
    /** A page title is a short form of the heading when this share of its main part's words (at least three) are the heading's. */
    private static final double SHORT_FORM_SHARE = 0.75;
    private static final int MIN_SHARED_WORDS = 3;
    private static final int MAX_HEADLINE_WIDTH = 160;
    /** A headline is printed this much larger than the text around it. */
    private static final double HEADLINE_SCALE = 1.3;
    private static final int LEADING_BLOCKS = 6;
    /** 16 px, what a browser prints text at when the page says nothing. */
    private static final double DEFAULT_POINTS = 12;

    private HtmlTitle() {
    }

    static String choose(Document doc, String siteName) {
        String heading = text(doc.selectFirst("h1"));
        String pageTitle = doc.title();
        boolean headingIsStory = heading != null && Scripts.width(heading) >= MIN_HEADLINE_WIDTH;
        if (heading != null && !heading.isBlank() && isOnePartOf(pageTitle, heading)) {
            pageTitle = HtmlArticleExtractor.withoutSiteName(pageTitle, heading); // the <h1> is the site's logo
        } else if (heading != null && !heading.isBlank() && pageTitle.contains(heading)
                || headingIsStory && (namesOnlyASection(pageTitle, heading) || isShortFormOf(pageTitle, heading))) {
            pageTitle = heading; // a <title> adds the site name ("Story | Site") or names the section, not the story
        } else {
            pageTitle = HtmlArticleExtractor.withoutSiteName(pageTitle, siteName);
        }
        String documentTitle = text(doc.selectFirst("p.title, p.MsoTitle, h1.title"));
        if ((documentTitle == null || documentTitle.isBlank()) && isWordProcessorExport(doc)) {
            documentTitle = printedLarger(doc);
        }
        return firstNonBlank(meta(doc, "og:title"), documentTitle, pageTitle, heading);
    }

    /** "Story | Site" with an {@code <h1>} of "Site" (a logo): the heading is a whole part, shorter than another. */
    private static boolean isOnePartOf(String pageTitle, String heading) {
        String[] parts = PART_SEPARATOR.split(pageTitle.strip());
        int longest = java.util.Arrays.stream(parts).mapToInt(p -> Scripts.width(p.strip())).max().orElse(0);
        return parts.length >= 2 && Scripts.width(heading.strip()) < longest
                && java.util.Arrays.stream(parts).anyMatch(p -> p.strip().equalsIgnoreCase(heading.strip()));
    }

    /**
     * "Release: Story | Newsroom | Firm" over an {@code <h1>} "Story, told in full": the page title's main part
     * is the headline shortened (most of its words are the heading's), so the heading is the fuller title.
     */
    private static boolean isShortFormOf(String pageTitle, String heading) {
        if (pageTitle == null || pageTitle.isBlank()) {
            return false;
        }
        String longest = java.util.Arrays.stream(PART_SEPARATOR.split(pageTitle.strip())).map(String::strip)
                .max(java.util.Comparator.comparingInt(Scripts::width)).orElse("");
        java.util.Set<String> headingWords = new java.util.HashSet<>(wordsOf(heading));
        List<String> partWords = wordsOf(longest);
        if (partWords.size() < MIN_SHARED_WORDS || Scripts.width(heading) < Scripts.width(longest) / 2) {
            return false;
        }
        long shared = partWords.stream().filter(headingWords::contains).count();
        return shared >= MIN_SHARED_WORDS && shared >= SHORT_FORM_SHARE * partWords.size();
    }

    private static List<String> wordsOf(String s) {
        return java.util.Arrays.stream(s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}-]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Every part of the page title is a word or a few, and none of them is the headline. */
    static boolean namesOnlyASection(String pageTitle, String heading) {
        if (pageTitle == null || pageTitle.isBlank()) {
            return true;
        }
        for (String part : PART_SEPARATOR.split(pageTitle.strip())) {
            String p = part.strip();
            long han = p.codePoints().filter(Scripts::isHan).count();
            if (p.equalsIgnoreCase(heading.strip()) || han > MAX_SECTION_HAN || p.split("\\s+").length > MAX_SECTION_WORDS) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordProcessorExport(Document doc) {
        String generator = firstNonBlank(meta(doc, "generator"), meta(doc, "ProgId"));
        return generator != null && WORD_PROCESSOR.matcher(generator).find()
                || doc.selectFirst("[class^=Mso], [class*= Mso]") != null;
    }

    /** Among the first blocks, the one printed clearly larger than the others: the document's headline. */
    private static String printedLarger(Document doc) {
        Map<String, Double> classSizes = classFontSizes(doc);
        List<Element> blocks = new ArrayList<>();
        for (Element e : doc.body().select("p, h1, h2, div:not(:has(p, div))")) {
            if (!e.text().isBlank() && !insideHeaderOrFooter(e)) {
                blocks.add(e);
            }
            if (blocks.size() >= LEADING_BLOCKS * 3) {
                break;
            }
        }
        if (blocks.size() < 3) {
            return null;
        }
        // a block without a size of its own is printed at the browser's default
        List<Double> sizes = blocks.stream().map(b -> largestSize(b, classSizes)).map(s -> s > 0 ? s : DEFAULT_POINTS).toList();
        double usual = sizes.stream().sorted().toList().get(sizes.size() / 2);
        for (int i = 0; i < Math.min(LEADING_BLOCKS, blocks.size()); i++) {
            String t = blocks.get(i).text().strip();
            if (sizes.get(i) >= usual * HEADLINE_SCALE && Scripts.width(t) <= MAX_HEADLINE_WIDTH) {
                return t;
            }
        }
        return null;
    }

    private static boolean insideHeaderOrFooter(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a.attr("style").toLowerCase(java.util.Locale.ROOT).matches(".*mso-element\\s*:\\s*(header|footer).*")) {
                return true;
            }
        }
        return false;
    }

    /** The largest font size set on the block or inside it, in points; 0 when none is set. */
    private static double largestSize(Element block, Map<String, Double> classSizes) {
        double largest = 0;
        for (Element e : block.getAllElements()) {
            Matcher m = FONT_SIZE.matcher(e.attr("style"));
            if (m.find()) {
                largest = Math.max(largest, points(m));
            }
            for (String c : e.classNames()) {
                largest = Math.max(largest, classSizes.getOrDefault(c, 0.0));
            }
        }
        return largest;
    }

    /** ".c7{font-size:26pt}": the sizes a style sheet gives to classes (Google Docs sets them so). */
    private static Map<String, Double> classFontSizes(Document doc) {
        Map<String, Double> sizes = new HashMap<>();
        for (Element style : doc.select("style")) {
            Matcher rule = CLASS_RULE.matcher(style.data());
            while (rule.find()) {
                Matcher size = FONT_SIZE.matcher(rule.group(2));
                if (size.find()) {
                    sizes.put(rule.group(1), points(size));
                }
            }
        }
        return sizes;
    }

    private static double points(Matcher size) {
        double value = Double.parseDouble(size.group(1));
        return size.group(2).equalsIgnoreCase("px") ? value * 0.75 : value;
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String meta(Document doc, String key) {
        return HtmlArticleExtractor.meta(doc, key);
    }

    private static String firstNonBlank(String... values) {
        return HtmlArticleExtractor.firstNonBlank(values);
    }
}
