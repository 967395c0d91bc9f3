package app.dossier.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the words of Markdown and drops its markup: images, link targets, heading hashes, emphasis,
 * HTML tags. Headings become paragraphs of their own.
 */
final class MarkdownCleaner {
    // bounded repetitions keep every pattern linear on hostile input
    /** A hard wrap may split a long image URL after a hyphen; the URL still ends at its bracket. */
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\[\\]\\n]{0,300}+\\]\\s{0,3}+(\\((?:-\\n|[^()\\[\\]\\s]){0,2000}+(\\s+\"[^\"\\n]{0,300}+\")?\\)?)?");
    /** A line that is all emphasis is a caption or a subheading: it stands alone. */
    private static final Pattern EMPHASISED_LINE = Pattern.compile("(?m)^[ \\t]*(\\*\\*|__|\\*|_)(?=\\S)([^*_\\n]{1,500}+)(?<=\\S)\\1[ \\t]*$");
    private static final String LINK_TEXT_AND_TARGET = "\\[[^\\[\\]\\n]{1,100}+\\]\\([^()\\[\\]\\s]{1,500}+\\)";
    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]\\n]{1,300}+)\\]\\(([^()\\[\\]\\s]{0,2000}+)(\\s+\"[^\"\\n]{0,300}+\")?\\)");
    /**
     * A line of nothing but two or more links between separators ("[Login](…) | [Newsletter](…)",
     * "[Home](…) › [Tech](…)") is a site's navigation, not the article's words.
     */
    private static final Pattern LINK_ROW = Pattern.compile("(?m)^[ \\t]{0,3}+" + LINK_TEXT_AND_TARGET
            + "(?:[ \\t]{0,3}+[|｜·•›»>/][ \\t]{0,3}+" + LINK_TEXT_AND_TARGET + "|[ \\t]{1,3}+" + LINK_TEXT_AND_TARGET + "){1,30}+[ \\t]*$");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[[^\\]\\n]{1,200}\\]:\\s+\\S+.*$");
    private static final Pattern HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}[ \\t]+(.*?)[ \\t]*#*[ \\t]*$");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])([*_])(?=\\S)([^*_\\n]{1,200}+)(?<=\\S)\\1(?![\\w*])");
    private static final Pattern STRAY_STRONG = Pattern.compile("\\*\\*|__");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9-]{0,30}(\\s[^<>]{0,1000})?/?>");
    private static final Pattern BLOCKQUOTE = Pattern.compile("(?m)^ {0,3}> ?");
    private static final Pattern RULE = Pattern.compile("(?m)^ {0,3}([-*_])( {0,2}\\1){2,}\\s*$");
    private static final Pattern CODE_FENCE = Pattern.compile("(?m)^ {0,3}(```|~~~).*$");
    private static final Pattern INLINE_CODE = Pattern.compile("`([^`\\n]{1,500})`");
    private static final Pattern TABLE_RULE = Pattern.compile("(?m)^ {0,3}\\|?[ \\t]*:?-{2,}:?[ \\t]*(\\|[ \\t]*:?-{2,}:?[ \\t]*)+\\|?[ \\t]*$");
    /** HTML comments ("<!-- more -->") are the generator's marks, never shown. */
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--[\\s\\S]{0,2000}?-->");
    /** A fenced div of speaker notes (Pandoc, Quarto, reveal.js): what the speaker says, not the slide's text. */
    private static final Pattern SPEAKER_NOTES = Pattern.compile("(?m)^ {0,3}:::+\\s*\\{?\\.?notes\\}?\\s*\\n[\\s\\S]{0,5000}?^ {0,3}:::+\\s*$");
    private static final Pattern BULLET = Pattern.compile("(?m)^ {0,3}[*+] +");

    private static final Pattern SIGNALS = Pattern.compile("(?m)^ {0,3}#{1,6} \\S|!\\[[^\\[\\]\\n]{0,200}+\\]\\(|\\[[^\\[\\]\\n]{1,200}+\\]\\(https?:|\\*\\*\\S");

    private MarkdownCleaner() {
    }

    /** A text file is treated as Markdown when several kinds of markup appear in its first part. */
    static boolean looksLikeMarkdown(String text) {
        Matcher m = SIGNALS.matcher(text.substring(0, Math.min(text.length(), 20_000)));
        int kinds = 0;
        boolean heading = false;
        boolean image = false;
        boolean link = false;
        boolean strong = false;
        while (m.find()) {
            String s = m.group();
            heading |= s.contains("#");
            image |= s.startsWith("![");
            link |= s.startsWith("[");
            strong |= s.startsWith("**");
        }
        kinds = (heading ? 1 : 0) + (image ? 1 : 0) + (link ? 1 : 0) + (strong ? 1 : 0);
        return kinds >= 2;
    }

    static String clean(String markdown) {
        String s = SPEAKER_NOTES.matcher(markdown).replaceAll("");
        s = HTML_COMMENT.matcher(s).replaceAll("");
        s = CODE_FENCE.matcher(s).replaceAll("");
        s = IMAGE.matcher(s).replaceAll("");
        s = LINK_ROW.matcher(s).replaceAll("");
        s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = REFERENCE_DEFINITION.matcher(s).replaceAll("");
        s = HEADING.matcher(s).replaceAll(m -> Matcher.quoteReplacement("\n" + m.group(1) + "\n"));
        s = TABLE_RULE.matcher(s).replaceAll("");
        s = RULE.matcher(s).replaceAll("");
        s = BLOCKQUOTE.matcher(s).replaceAll("");
        s = HTML_TAG.matcher(s).replaceAll("");
        s = INLINE_CODE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = EMPHASISED_LINE.matcher(s).replaceAll(m -> Matcher.quoteReplacement("\n" + m.group(2) + "\n"));
        // strong markers go wherever they are (also when a wrap split the span): linear and loses no words
        s = STRAY_STRONG.matcher(s).replaceAll("");
        s = EMPHASIS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        s = BULLET.matcher(s).replaceAll("• ");
        return s;
    }
}
