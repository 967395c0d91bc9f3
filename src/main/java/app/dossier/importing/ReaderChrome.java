package app.dossier.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Furniture that mail clients, reader apps and page tools wrap around or glue into an article: a forwarder's
 * note above a forwarded message, the "> " of quoted lines, a reply chain's "On … wrote:" lines, expand and
 * collapse buttons at the end of a paragraph ("展开全文"), a headline repeated as "(continued)" on the next
 * page, a text-size tool ("字級 大 中 小"). The words are data (importing/reader-chrome.json).
 */
final class ReaderChrome {
    private static final String RESOURCE = "/importing/reader-chrome.json";
    private static final Pattern QUOTE_PREFIX = Pattern.compile("^\\s{0,3}(>\\s?)+");
    /** Quoted lines are the message, not a quotation inside it, when there are at least this many. */
    private static final int MIN_QUOTED_LINES = 3;
    /** An answer this many times longer than the request quoted under it is the document; the request goes. */
    private static final int ANSWER_TO_REQUEST = 3;
    private static final int MAX_MARKER_WIDTH = 80;
    private static final int MAX_REPLY_HEAD_WIDTH = 200;
    private static final int MAX_CONTINUATION_WIDTH = 160;
    private static final int MAX_TOOL_LINE_WIDTH = 40;
    private static final int MAX_FRAME_LINE_WIDTH = 80;
    private static final int HEAD_LINES = 30;
    private static final Pattern BARE_LINK = Pattern.compile("^<https?://\\S{1,500}>$");
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\d{1,3}$");
    /** Characters at a line's end where a button may stand (its word, an icon's residue, spaces). */
    private static final int TOGGLE_REACH = 30;
    /** What an icon leaves after a button's word in copied text ("展开全文c"): a letter or two, never a word. */
    private static final String ICON_RESIDUE = "[\\p{IsLatin}\\p{Punct}]{0,2}";

    private final Set<String> forwardMarkers;
    private final List<String> replyStarts;
    private final List<String> replyVerbs;
    private final Pattern lineEndToggle;
    /** The first characters of the buttons' words: a line's end without one needs no pattern. */
    private final String toggleStarts;
    private final List<String> continuations;
    private final List<String> sizeLabels;
    private final Set<String> sizeWords;
    private final Pattern postHead;
    private final BoilerplateVocabulary.PhraseMatcher readerApps;
    private final Pattern siteLine;
    private final Pattern filingLabel;

    private ReaderChrome(JsonNode root) {
        Transliterator hant = Transliterator.getInstance("Hans-Hant");
        Transliterator hans = Transliterator.getInstance("Hant-Hans");
        forwardMarkers = BoilerplateVocabulary.bothScripts(root.path("forwardMarkers").path("words"), hant, hans);
        replyStarts = List.copyOf(BoilerplateVocabulary.bothScripts(root.path("replyHeads").path("starts"), hant, hans));
        replyVerbs = List.copyOf(BoilerplateVocabulary.bothScripts(root.path("replyHeads").path("verbs"), hant, hans));
        List<String> toggles = new ArrayList<>();
        BoilerplateVocabulary.bothScripts(root.path("lineEndToggles").path("words"), hant, hans).stream()
                .sorted((a, b) -> b.length() - a.length()).forEach(w -> toggles.add(Pattern.quote(w)));
        StringBuilder starts = new StringBuilder();
        BoilerplateVocabulary.bothScripts(root.path("lineEndToggles").path("words"), hant, hans)
                .forEach(w -> starts.append(Character.toLowerCase(w.charAt(0))));
        toggleStarts = starts.toString();
        lineEndToggle = Pattern.compile("(^|(?<=[\\s…。！？.!?）)」”#])|(?=…))\\s*(" + String.join("|", toggles) + ")" + ICON_RESIDUE + "\\s*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        continuations = List.copyOf(BoilerplateVocabulary.bothScripts(root.path("continuations").path("words"), hant, hans));
        sizeLabels = List.copyOf(BoilerplateVocabulary.bothScripts(root.path("textSizeControls").path("labels"), hant, hans));
        sizeWords = BoilerplateVocabulary.bothScripts(root.path("textSizeControls").path("words"), hant, hans);
        JsonNode heads = root.path("postHeads");
        postHead = Pattern.compile("^((" + GenreRules.alternatives(BoilerplateVocabulary.bothScripts(heads.path("labels"), hant, hans)) + ")(\\s|$)|("
                + GenreRules.alternatives(BoilerplateVocabulary.bothScripts(heads.path("handlePrefixes"), hant, hans)) + ")[\\w-]{2,30}(\\s|$))"
                + "|\\S\\s(19|20)\\d\\d[-/.]\\d{1,2}[-/.]\\d{1,2}.{0,12}#\\d{1,5}$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        JsonNode apps = root.path("readerApps");
        readerApps = new BoilerplateVocabulary.PhraseMatcher(BoilerplateVocabulary.bothScripts(apps.path("phrases"), hant, hans));
        siteLine = Pattern.compile("^(" + GenreRules.alternatives(BoilerplateVocabulary.bothScripts(apps.path("siteLabels"), hant, hans))
                + ")\\s?[:：]?\\s*(https?://)?(www\\.)?[\\w-]{2,40}(\\.[\\w-]{2,40}){1,3}(/\\S*)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        filingLabel = Pattern.compile("^(" + GenreRules.alternatives(BoilerplateVocabulary.bothScripts(root.path("filingLabels").path("words"), hant, hans))
                + ")\\s?\\d{1,3}(\\.\\d{1,3})?[:：]?(\\s+\\d{1,3}\\s+\\S+\\.(htm|html|txt)(\\s.{0,20})?)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static ReaderChrome get() {
        return Holder.INSTANCE;
    }

    /** Loaded on first use, once (the class-holder idiom). */
    private static final class Holder {
        static final ReaderChrome INSTANCE = new ReaderChrome(BoilerplateVocabulary.readJson(RESOURCE));
    }

    /** {@code headText}: frame lines removed near the top (a post's head), where a date may still be read. */
    record Result(String text, String headText) {
    }

    /** {@code mail}: a plain-text file, where quoted lines and forwarding marks are a mail client's. */
    Result strip(String text, boolean mail) {
        StringBuilder head = new StringBuilder();
        String[] lines = text.split("\n", -1);
        int from = mail ? afterForwardMarker(lines) : 0;
        int to = mail ? quotedOriginalStart(lines, from) : lines.length;
        int quoteEnd = to < lines.length ? quotedOriginalEnd(lines, to) : to;
        boolean quoted = mail && quotedLines(lines, from, to) >= MIN_QUOTED_LINES;
        Set<Integer> pageNumbers = pageNumberLines(lines);
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = from; i < lines.length; i++) {
            if (i >= to && i < quoteEnd) {
                continue;
            }
            String line = quoted ? QUOTE_PREFIX.matcher(lines[i]).replaceFirst("") : lines[i];
            String l = line.strip();
            if (!l.isEmpty()) {
                line = withoutEndToggle(line);
                l = line.strip();
                // most lines of a long text are wide prose: the frame rules below need short lines
                boolean narrow = l.length() <= MAX_REPLY_HEAD_WIDTH && Scripts.width(l) <= MAX_REPLY_HEAD_WIDTH;
                if (l.isEmpty() || narrow && (isReplyHead(l) || isContinuation(l) || isTextSizeTool(l) || isFrameLine(l)) || pageNumbers.contains(i)) {
                    head.append(i < HEAD_LINES ? l + "\n" : "");
                    continue;
                }
            }
            sb.append(line).append('\n');
        }
        return new Result(sb.toString(), head.toString());
    }

    /** "… 展开全文c": a button at the line's end goes; only the end is looked at, so a megabyte line costs little. */
    private String withoutEndToggle(String line) {
        int from = Math.max(0, line.length() - TOGGLE_REACH);
        boolean candidate = false;
        for (int k = from; k < line.length() && !candidate; k++) {
            candidate = toggleStarts.indexOf(Character.toLowerCase(line.charAt(k))) >= 0;
        }
        if (!candidate) {
            return line;
        }
        var toggle = lineEndToggle.matcher(line).region(from, line.length()).useTransparentBounds(true).useAnchoringBounds(false);
        return toggle.find() ? line.substring(0, toggle.start()) : line;
    }

    /** A post's head, a reader app's line, an exhibit's label, a mail's bare link: the frame, not the article. */
    private boolean isFrameLine(String l) {
        if (Scripts.width(l) > MAX_FRAME_LINE_WIDTH || Scripts.endsSentence(l) && !l.endsWith(".")) {
            return false;
        }
        return postHead.matcher(l).find() || readerApps.find(l.toLowerCase(Locale.ROOT)).count() > 0 || siteLine.matcher(l).matches()
                || filingLabel.matcher(l).matches() || BARE_LINK.matcher(l).matches() || EngagementLines.isAgeOnly(l);
    }

    /**
     * Page numbers a print or export left on lines of their own ("1", "2", "3" between paragraphs): two or
     * more, counting up by one; a lone number may be a figure's and stays.
     */
    private static Set<Integer> pageNumberLines(String[] lines) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            boolean alone = (i == 0 || lines[i - 1].isBlank()) && (i + 1 == lines.length || lines[i + 1].isBlank());
            if (alone && BARE_NUMBER.matcher(l).matches()) {
                at.add(i);
            }
        }
        for (int k = 1; k < at.size(); k++) {
            if (Integer.parseInt(lines[at.get(k)].strip()) != Integer.parseInt(lines[at.get(k - 1)].strip()) + 1) {
                return Set.of();
            }
        }
        return at.size() >= 2 ? Set.copyOf(at) : Set.of();
    }

    /** The line after a forwarding marker in the first half of a mail, or 0. */
    private int afterForwardMarker(String[] lines) {
        for (int i = 0; i < lines.length / 2; i++) {
            String l = lines[i].strip();
            if (!l.isEmpty() && Scripts.width(l) <= MAX_MARKER_WIDTH
                    && forwardMarkers.contains(l.replaceAll("^[\\s\\-_=*:>]+|[\\s\\-_=*:：>]+$", "").toLowerCase(Locale.ROOT))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int quotedLines(String[] lines, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += QUOTE_PREFIX.matcher(lines[i]).find() ? 1 : 0;
        }
        return n;
    }

    /**
     * A long answer written above the message it answers ends in "On … wrote:" and the quoted request: that
     * head in the second half of the mail, with quoted lines under it, starts what goes (the answer is the
     * document). A short reply above a longer quote is a reply chain, whose messages all stay. Returns its line, or the
     * number of lines when the mail quotes nothing below its own text.
     */
    private int quotedOriginalStart(String[] lines, int from) {
        for (int i = from + (lines.length - from) / 2; i < lines.length; i++) {
            // the head stands above the quoted lines or, quoted itself, opens them
            String l = QUOTE_PREFIX.matcher(lines[i]).replaceFirst("").strip();
            int next = i + 1;
            if (!l.isEmpty() && isReplyHead(l) && next < lines.length && QUOTE_PREFIX.matcher(lines[next]).find()
                    && charsBetween(lines, from, i) >= ANSWER_TO_REQUEST * charsBetween(lines, i, quotedOriginalEnd(lines, i))) {
                return i;
            }
        }
        return lines.length;
    }

    private static int charsBetween(String[] lines, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += lines[i].strip().length();
        }
        return n;
    }

    /** The line after the reply head's quoted block (its "> " lines and the blank lines among them). */
    private static int quotedOriginalEnd(String[] lines, int start) {
        int end = start + 1;
        while (end < lines.length && (QUOTE_PREFIX.matcher(lines[end]).find() || lines[end].strip().equals(">"))) {
            end++;
        }
        return end;
    }

    private boolean isReplyHead(String l) {
        if (Scripts.width(l) > MAX_REPLY_HEAD_WIDTH || !(l.endsWith(":") || l.endsWith("："))) {
            return false;
        }
        String lower = l.toLowerCase(Locale.ROOT);
        return replyStarts.stream().anyMatch(lower::startsWith) && replyVerbs.stream().anyMatch(lower::contains);
    }

    private boolean isContinuation(String l) {
        if (Scripts.width(l) > MAX_CONTINUATION_WIDTH || l.endsWith(".") || l.endsWith("。")) {
            return false;
        }
        String lower = l.toLowerCase(Locale.ROOT);
        return continuations.stream().anyMatch(c -> lower.endsWith(c) || lower.startsWith(c));
    }

    /** "字級 大 中 小", "Schriftgröße A- A A+": a label and nothing but sizes and tools. */
    private boolean isTextSizeTool(String l) {
        if (Scripts.width(l) > MAX_TOOL_LINE_WIDTH) {
            return false;
        }
        String lower = l.toLowerCase(Locale.ROOT);
        for (String label : sizeLabels) {
            if (lower.startsWith(label)) {
                String[] rest = lower.substring(label.length()).replaceAll("^[\\s:：]+", "").split("[\\s|｜·/]+");
                boolean sizes = rest.length >= 2;
                for (String w : rest) {
                    sizes &= sizeWords.contains(w);
                }
                if (sizes) {
                    return true;
                }
            }
        }
        return false;
    }
}
