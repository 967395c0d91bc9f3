package app.dossier.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a file's original bytes into a clean article: recognises what the bytes really are (text, HTML,
 * Markdown, PDF, or something to refuse), decodes them, keeps the article, repairs the damage that
 * converters and scrapers leave, and finds title, date, source and language.
 * <p>Thread-safe: one instance may serve parallel imports.
 */
public final class DocumentReader {
    /** Files above this size are refused rather than risk exhausting memory. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]");
    private static final Pattern WEB_HOST = Pattern.compile("(?i)(https?://)?[a-z0-9-]+(\\.[a-z0-9-]+)+(/\\S*)?");
    private static final Pattern FIRST_HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}[ \\t]+(.+?)[ \\t#]*$");

    private static final int HEADLINE_WIDTH = 160;
    private static final int RECENT_PARAGRAPHS = 20;
    /** A transcript's speaker label: a person's name, a dash, a role ("Jane Roe -- Chief Financial Officer"). */
    private static final java.util.regex.Pattern SPEAKER_LABEL = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}\\s+(?:--|—|–)\\s+.{0,40}"
                    + "(?:Officer|CEO|CFO|CTO|COO|President|Analyst|Director|Founder|Chief|Head|Investor Relations|Vorstand|"
                    + "Geschäftsführer|Analystin|Chairman|Chair)\\b.{0,60}");
    private static final int MASTHEAD_PARAGRAPHS = 3;
    private static final int MASTHEAD_WIDTH = 40;

    private final ReadingBudget budget;
    private final TextDecoder decoder = new TextDecoder();
    private final BoilerplateVocabulary vocabulary = BoilerplateVocabulary.get();
    private final PageDebrisFilter debrisFilter = new PageDebrisFilter(vocabulary);
    private final GenreRules genreRules = GenreRules.get();
    private final GenreChrome genreChrome = new GenreChrome(genreRules);
    private final EdgeChrome edgeChrome = EdgeChrome.get();
    private final ReaderChrome readerChrome = ReaderChrome.get();
    private final DateFinder dateFinder = new DateFinder();
    private final TitleFinder titleFinder = new TitleFinder(vocabulary, genreRules, dateFinder);
    private final SourceFinder sourceFinder = new SourceFinder(vocabulary);
    private final LanguageDetector languageDetector = new LanguageDetector();

    public DocumentReader() {
        this(ReadingBudget.DEFAULT);
    }

    public DocumentReader(ReadingBudget budget) {
        this.budget = budget;
    }

    /** What the format-specific step yields before the shared cleaning. */
    private record Raw(String body, boolean blankLineParagraphs, String title, String site, String publishedHint,
                       String charset, String format, FrontMatter frontMatter) {
        Raw(String body, boolean blankLineParagraphs, String title, String site, String publishedHint, String charset,
            String format) {
            this(body, blankLineParagraphs, title, site, publishedHint, charset, format, FrontMatter.NONE);
        }
    }

    public ExtractedDocument read(String fileName, byte[] bytes) throws UnreadableFileException {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableFileException("the file is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableFileException(String.format(Locale.ROOT, "the file is too large (%.1f MB); the limit is %d MB",
                    bytes.length / (1024.0 * 1024.0), MAX_BYTES / (1024 * 1024)));
        }
        try {
            Raw raw = FormatSniffer.isPdf(fileName, bytes) ? readPdf(bytes) : readText(fileName, bytes);
            return finish(fileName, raw);
        } catch (RuntimeException | StackOverflowError e) {
            throw new UnreadableFileException("the file could not be read (" + e.getClass().getSimpleName() + ")", e);
        } catch (OutOfMemoryError e) {
            // what filled the heap belongs to this file and is unreachable once we unwind
            throw new UnreadableFileException("reading it needed more memory than Dossier has", e);
        }
    }

    private Raw readPdf(byte[] bytes) throws UnreadableFileException {
        PdfTextExtractor.PdfText pdf = new PdfTextExtractor(budget).extract(bytes);
        String body = normaliseCharacters(pdf.text());
        if (MarkdownCleaner.looksLikeMarkdown(body)) {
            body = MarkdownCleaner.clean(body);
        }
        // the extractor puts one paragraph (or one line of the printed source) per line
        String letterheadSource = pdf.letterhead() == null ? null : GenreChrome.letterheadSource(pdf.letterhead());
        return new Raw(body, false, pdf.title(), letterheadSource, pdf.letterhead(), null, "pdf");
    }

    private Raw readText(String fileName, byte[] bytes) throws UnreadableFileException {
        TextDecoder.Decoded decoded = decoder.decode(bytes, HtmlArticleExtractor.declaredCharset(bytes));
        String text = normaliseCharacters(decoded.text());
        if (text.isBlank()) {
            throw new UnreadableFileException("the file contains no text, only blank space");
        }
        return switch (FormatSniffer.textFormat(fileName, text)) {
            case HTML -> {
                HtmlArticleExtractor.Article a = new HtmlArticleExtractor().extract(text);
                yield new Raw(a.text(), true, a.title(), a.siteName(), a.publishedHint(), decoded.charset(), "html");
            }
            case MD -> {
                FrontMatter front = FrontMatter.split(text);
                String md = front.body();
                yield new Raw(MarkdownCleaner.clean(md), LineUnwrapper.separatesByBlankLines(md), leadingHeading(md),
                        null, null, decoded.charset(), "md", front);
            }
            default -> {
                // pages are told by their form feeds, which the normalised text no longer has
                FrontMatter front = FrontMatter.split(normaliseCharacters(TextPages.strip(decoded.text())));
                String body = front.body();
                yield new Raw(body, LineUnwrapper.separatesByBlankLines(body), null, null, null, decoded.charset(), "txt", front);
            }
        };
    }

    private ExtractedDocument finish(String fileName, Raw raw) throws UnreadableFileException {
        FrontMatter front = raw.frontMatter();
        ReaderChrome.Result framed = readerChrome.strip(raw.body(), "txt".equals(raw.format()));
        GenreChrome.Result chrome = genreChrome.strip(framed.text());
        EdgeChrome.Result edges = edgeChrome.strip(chrome.text());
        List<String> paragraphs = clean(edges.text(), raw.blankLineParagraphs());
        if (paragraphs.isEmpty()) {
            throw new UnreadableFileException("no readable text was found in the file");
        }
        String source = sourceFinder.find(firstNonBlank(raw.site(), front.source(), chrome.source()), raw.body(),
                paragraphs, fileName);
        paragraphs = withoutSiteMasthead(paragraphs, source);
        String text = String.join("\n\n", paragraphs);
        if (!Readability.looksLikeLanguage(text)) {
            throw new UnreadableFileException("could not extract readable text: its characters look like no language"
                    + " (symbols, words without vowels, rare characters); the file may be damaged or truncated");
        }
        String title = titleFinder.find(firstNonBlank(front.title(), chrome.title(), raw.title()), paragraphs, fileName);
        Optional<LocalDate> published = dateFinder.parseMetadata(front.date())
                .or(() -> dateFinder.parseMetadata(raw.publishedHint()))
                .or(() -> dateFinder.parseMetadata(chrome.dateText()))
                .or(() -> dateFinder.find(edges.headText()))
                .or(() -> dateFinder.find(framed.headText()))
                .or(() -> dateFinder.find(text));
        return new ExtractedDocument(text, title, languageDetector.detect(text), published.orElse(null), source,
                raw.charset(), raw.format(), firstNonBlank(SenderOrganisation.find(framed.text()), BylineOrganisation.find(framed.text())));
    }

    private List<String> clean(String body, boolean blankLineParagraphs) {
        String s = RomanizationRemover.remove(body);
        s = debrisFilter.filter(s);
        List<String> out = new ArrayList<>();
        for (String repaired : SpacedHyphenRepair.repair(LineUnwrapper.paragraphs(s, blankLineParagraphs))) {
            boolean hasWords = repaired.codePoints().anyMatch(Character::isLetterOrDigit);
            if (hasWords && !repeatsRecentHeadline(out, repaired)) {
                out.add(repaired);
            }
        }
        return out;
    }

    /** Pages repeat their headline (title bar, heading, breadcrumb); one copy is enough. */
    private static boolean repeatsRecentHeadline(List<String> previous, String paragraph) {
        if (Scripts.width(paragraph) > HEADLINE_WIDTH) {
            return false;
        }
        for (int i = previous.size() - 1; i >= Math.max(0, previous.size() - RECENT_PARAGRAPHS); i--) {
            if (previous.get(i).equals(paragraph)) {
                if (i < previous.size() - 1 && SPEAKER_LABEL.matcher(paragraph).matches()) {
                    return false; // "Jane Roe -- Chief Executive Officer" opens each of her turns in a transcript
                }
                return Scripts.width(paragraph) >= 10 || i == previous.size() - 1;
            }
        }
        return false;
    }

    /**
     * A clipped page often keeps the site's name as its first heading ("Energiekurier", "科技島報 TechIsland"):
     * a short paragraph among the first ones whose Latin letters spell the source's site is its masthead.
     */
    static List<String> withoutSiteMasthead(List<String> paragraphs, String source) {
        String site = siteLabel(source);
        if (site.length() < 4 || paragraphs.size() < 2) {
            return paragraphs;
        }
        for (int i = 0; i < Math.min(MASTHEAD_PARAGRAPHS, paragraphs.size()); i++) {
            String p = paragraphs.get(i);
            if (Scripts.width(p) <= MASTHEAD_WIDTH && p.chars().noneMatch(Character::isDigit)
                    && latinLetters(p).equals(site)) {
                List<String> rest = new ArrayList<>(paragraphs);
                rest.remove(i);
                return rest;
            }
        }
        return paragraphs;
    }

    /**
     * "www.energiekurier.de" → "energiekurier". Only a web address names a site: a source taken from a
     * letterhead is the issuer, whose name stays in its own document.
     */
    private static String siteLabel(String source) {
        if (source == null || !WEB_HOST.matcher(source.strip()).matches()) {
            return "";
        }
        String s = source.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        return latinLetters(s.substring(0, s.indexOf('.')));
    }

    private static String latinLetters(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(c -> c < 0x250 && Character.isLetter(c)).forEach(c -> sb.appendCodePoint(Character.toLowerCase(c)));
        return sb.toString();
    }

    private static String normaliseCharacters(String s) {
        String t = s.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ')
                .replace('\u2028', '\n').replace('\u2029', '\n').replace('\f', '\n');
        t = INVISIBLE.matcher(t).replaceAll("");
        return CONTROL.matcher(t).replaceAll("");
    }

    /** The heading a page opens with; a heading below the first prose is a section's, not the page's. */
    private static String leadingHeading(String markdown) {
        int seen = 0;
        for (String line : markdown.split("\n", 60)) {
            String l = line.strip();
            if (l.isEmpty() || GenreChrome.isSiteGeneratorLine(l)) {
                continue;
            }
            Matcher m = FIRST_HEADING.matcher(line);
            if (m.matches()) {
                return MarkdownCleaner.clean(m.group(1)).strip();
            }
            if (++seen >= 4 || Scripts.width(l) > 80) {
                return null;
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
