package app.dossier.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the furniture that e-mails, newsletters, messaging platforms, forums, transcripts, analyst notes
 * and static-site pages wrap around an article, line by line: rules of symbols, letterheads and mastheads
 * (kept as source and date), header fields (the title field kept as title), "view in browser" and share
 * lines, teaser lists, advertisements, footers from their first line on, signatures and reply lines.
 * The phrases are data (importing/genre-chrome.json); the shapes are here.
 */
final class GenreChrome {
    /** What the furniture said about the article before it was removed. */
    record Result(String text, String title, String source, String dateText) {
    }

    private static final int HEAD_LINES = 14;
    private static final int MAX_CHROME_WIDTH = 200;
    private static final int MAX_PROMPT_WIDTH = 100;
    private static final int RELATED_LABEL_CHARS = 40;
    /** A hard-wrapped line is at least this wide; a link's title wrapped onto at most this many more lines. */
    private static final int WRAP_WIDTH = 60;
    private static final int WRAPPED_LINK_LINES = 2;
    /** Short chrome lines (warning banner, "view in browser", masthead) a mail header may stand under. */
    private static final int LINES_ABOVE_HEADER = 3;
    private static final double FOOTER_SHARE = 0.35;
    private static final int MAX_FOOTER_CHARS = 6000;
    /** Hard-wrapped text may have no blank line to end an advertisement; it is never longer than this. */
    private static final int MAX_ADVERT_LINES = 8;
    /** A line of a contact block: a name, a role, a phone number, an e-mail address. */
    private static final int MAX_CONTACT_LINE_WIDTH = 60;
    /** A line of nothing but rule characters: =, -, *, _, ~, #, +, dots and box drawing. */
    private static final Pattern SYMBOL_RULE = Pattern.compile("^[\\s=\\-*_~#+.·•–—‐―─━═│┃┄┅┈┉╌╍▬■□◆◇●○]{3,}$");
    private static final Pattern LETTERHEAD_SEPARATOR = Pattern.compile("\\s[|｜·•]\\s");
    private static final Pattern HEADER_FIELD = Pattern.compile("^([\\p{L}][\\p{L} -]{0,18}?)(\\s*[:：]\\s*|\\s{2,}|\\s(?=\\p{IsHan}))(\\S.*)$");
    private static final Pattern SECOND_FIELD = Pattern.compile("\\s{3,}(\\p{L}{1,8})\\s{2,}\\S");
    private static final Pattern CATEGORY_TAG = Pattern.compile("^(\\[[^\\]]{1,8}]\\s*|(re|aw|fwd?|wg)\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SITE_GENERATOR_LINE = Pattern.compile(
            "^(import\\s+(\\{[^}]{0,200}}|[\\w$*]+(\\s+as\\s+\\w+)?)(\\s*,\\s*\\{[^}]{0,200}})?\\s+from\\s+['\"][^'\"]{1,300}['\"];?"
                    + "|import\\s+['\"][^'\"]{1,300}['\"];?"
                    + "|export\\s+(const|default|let|function)\\b.{0,300}"
                    + "|</?[A-Z][\\w.]{0,60}(\\s[^<>]{0,500})?/?>"
                    + "|\\{\\{[<%].{0,300}[>%]}}"
                    + "|\\{%.{0,300}%})$");
    /** Forum pushes and boos ("推 user : text") and the site's "※" notes. */
    private static final Pattern FORUM_LINE = Pattern.compile("^([推噓嘘→]\\s{0,3}[\\w.-]{1,30}\\s{0,12}[:：].*|※\\s{0,3}[^:：]{1,12}[:：].*)$");
    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s[>›»/]\\s");
    private static final Pattern LIST_LINE = Pattern.compile("^\\s*([*•▶►▸▪\\-–]|\\d{1,2}[.)])\\s*\\S");
    private static final Pattern EDGE_SYMBOLS = Pattern.compile("^[\\s\\p{Punct}–—‐―─=*·•（）()【】\\[\\]]+|[\\s\\p{Punct}–—‐―─=*·•（）()【】\\[\\]]+$");

    /** "Page 3 of 6", "第 3 页 / 共 6 页", "Folie 3 von 6": a page or slide number with the total. */
    private static final Pattern PAGE_OF_TOTAL = Pattern.compile(
            "^(page|seite|folie|slide|p\\.|s\\.|第)?\\s*\\d{1,4}\\s*(页|頁)?\\s*([/／]?\\s*(of|von|共)|[/／])\\s*\\d{1,4}\\s*(页|頁)?$",
            Pattern.CASE_INSENSITIVE);
    /** The closing credit of a wire press release: "SOURCE Acme Inc." in capitals. */
    private static final Pattern RELEASE_SOURCE = Pattern.compile("^SOURCE\\s+\\S.{0,80}$");
    /** "Briefing #412: …": a numbered issue of a newsletter. */
    private static final Pattern NUMBERED_SUBJECT = Pattern.compile("#\\d{1,5}\\s*[:：|–—]");
    /** A mailing list's or newsletter's tag before a subject: "[Compute Ledger] …". */
    private static final Pattern LIST_TAG = Pattern.compile("^\\[[^\\]]{2,40}]\\s*");
    /** "…, and more", "… und mehr", "…等": a subject that lists an issue's stories. */
    private static final Pattern ROUNDUP_END = Pattern.compile("(,?\\s(and|&|und|\\+)\\s(more|mehr)|等(多)?[则條条篇]?)\\s*$", Pattern.CASE_INSENSITIVE);
    /** A teaser head and its colon at a line's start ("IN THIS ISSUE: …"). */
    private static final Pattern INLINE_HEAD = Pattern.compile("^([^:：]{2,40})[:：]\\s*\\S");
    /** Items of a teaser line: "A | B | C" or "A · B · C". */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s[|｜·•]\\s|\\s[|｜]$");
    /** An advertisement's marker set off from its text: "SPONSORED | …", "[Anzeige] …", "Werbung – …". */
    private static final Pattern SPONSOR_HEAD = Pattern.compile("^[\\[(【]?\\s*(\\p{L}{2,12}(?:\\s\\p{L}{2,12})?)\\s*[\\])】]?\\s*([|｜–—]|(?<=[\\])】]))\\s*\\S");
    /** The line of underscores forum software sets above a member's signature. */
    private static final Pattern SIGNATURE_RULE = Pattern.compile("^_{4,}$");
    /** Parts of a running header or footer ("Acme Research   Page 2 of 9"): separators or wide gaps. */
    private static final Pattern RUNNING_PARTS = Pattern.compile("\\s[|｜·•]\\s|\\s{2,}|\\u3000+");
    /** A web address standing as one part of a banner line ("www.acme.example", "acme.com"). */
    private static final Pattern WEB_ADDRESS = Pattern.compile("^(https?://)?(www\\.)?[\\w-]{2,40}(\\.[\\w-]{2,40}){1,3}(/\\S*)?$");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]{1,40}@[\\w-]{1,40}(\\.[\\w-]{1,40}){1,4}");
    private static final Pattern PHONE = Pattern.compile("(\\+\\d{1,3}|\\(0\\d{1,4}\\))[\\s\\d/-]{6,18}\\d");
    /** What a contact line may hold besides its addresses, numbers and one label. */
    private static final Pattern CONTACT_REST = Pattern.compile("[\\s:：.,;|/·•()（）]+");
    /** "(214 KB)", "（PDF，2.1 MB）": the size of a file offered for download. */
    private static final Pattern FILE_SIZE = Pattern.compile("[(（][^()（）]{0,24}?\\d+(?:[.,]\\d+)?\\s?(?:[KMG]i?B|kB)[^()（）]{0,12}[)）]");
    /** "1.", "2、", "(3)": the number of an item in a form. */
    private static final Pattern ITEM_NUMBER = Pattern.compile("^\\(?\\d{1,2}[.、)）]\\s*");
    /** A running line (a slide's footer) recurs next to page numbers on this many pages. */
    private static final int MIN_RUNNING_REPEATS = 3;
    /** An account card is a handful of lines; a longer block is text. */
    private static final int MAX_CARD_LINES = 5;
    /** "Event date: 12 March 2026", "Erscheinungsdatum: …": a label and its value. */
    private static final Pattern LABELLED_LINE = Pattern.compile("^([\\p{L}][\\p{L} ]{0,24}?)\\s*[:：]\\s*(\\S.*)$");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    /** An issue's number is a short part of its line ("Issue #147", "第87期"); a longer part is a headline. */
    private static final int MAX_ISSUE_PART_WIDTH = 20;
    private static final int MAX_HEAD_LINE_WIDTH = 80;
    private static final int MAX_NOTICE_WIDTH = 100;
    /** What sets a masthead's tagline off from its name: a double dash or a separator. */
    private static final Pattern MASTHEAD_TAGLINE = Pattern.compile("\\s+--\\s+|\\s[|｜·•–—]\\s");
    /** A year in a line: "27 February 2025", "2025-02-27", "2025年2月". */
    private static final Pattern DATE_IN_LINE_WORDS = Pattern.compile("(?<!\\d)(19|20)\\d\\d(?!\\d)");
    private static final Pattern DATE_IN_LINE = Pattern.compile("(19|20)\\d\\d[-/.年]\\s?\\d{1,2}");
    /** "2026/11/30 21:05:33", "30.11.2026, 21:05 Uhr", "2026年11月30日 21:05": a date with its time of day, nothing else. */
    private static final Pattern TIME_STAMP = Pattern.compile(
            "^((19|20)\\d\\d[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}\\.\\d{1,2}\\.(19|20)\\d\\d|(19|20)\\d\\d年\\d{1,2}月\\d{1,2}日)"
                    + "[\\sT,/]{0,5}\\d{1,2}:\\d{2}(:\\d{2})?(\\s?(uhr|am|pm|cet|cest|utc|gmt|et|mez|mesz)(/(cest|mesz))?)?$", Pattern.CASE_INSENSITIVE);
    /** What a stamp's date may hold besides digits: separators and the Han characters of a date and time. */
    private static final Pattern DATE_FILLER = Pattern.compile("[\\d\\s.,:/·|年月日号號时時分秒-]");
    /** "Jane Doe", "Lena Hoffmann": a name of two to four capitalised words. */
    private static final Pattern LATIN_NAME = Pattern.compile("^\\p{Lu}[\\p{L}.'’-]*(\\s\\p{Lu}[\\p{L}.'’-]*){1,3}$");
    /** "林佳蓉": a name of two to four Han characters. */
    private static final Pattern HAN_NAME = Pattern.compile("^\\p{IsHan}{2,4}$");
    /** Where a byline's name ends and its outlet, place or date begins. */
    private static final Pattern BYLINE_PARTS = Pattern.compile("\\s*[,，·•|｜–—]\\s*|\\s{2,}");
    /** A bracket opening a lead paragraph: "（中央社記者某某台北30日電）". */
    private static final Pattern LEAD_BRACKET = Pattern.compile("^\\s*[（(]([^（()）]{2,30})[）)]\\s*");
    private static final int MAX_BYLINE_WIDTH = 60;
    private static final int MAX_STAMP_DATE_WIDTH = 30;
    /** Latin letters a stamp's date may spell: a month's name, "Uhr". */
    private static final int MAX_STAMP_DATE_LETTERS = 12;

    private final GenreRules rules;

    GenreChrome(GenreRules rules) {
        this.rules = rules;
    }

    Result strip(String text) {
        String[] lines = text.split("\n", -1);
        boolean[] drop = new boolean[lines.length];
        cutEditorCredits(lines);
        cutLeadDatelines(lines);
        Header header = header(lines, drop);
        boolean[] beforeMasthead = drop.clone();
        String[] masthead = masthead(lines, drop);
        boolean[] mastheadLines = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            mastheadLines[i] = drop[i] && !beforeMasthead[i] && !isRule(lines[i].strip());
        }
        int headEnd = headEnd(lines);
        String platformByline = null;
        String headDate = null;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (!l.isEmpty() && !drop[i]) {
                int width = Scripts.width(l);
                boolean byline = i <= headEnd && isPlatformByline(l);
                platformByline = platformByline == null && byline ? l : platformByline;
                drop[i] = isRule(l) || (width <= MAX_CHROME_WIDTH && rules.chromeLines.find(l).count() > 0)
                        || (width <= 40 && rules.wholeLines.contains(bare(l))) || isSiteGeneratorLine(l) || isForumLine(l)
                        || (i <= headEnd && (isBreadcrumb(l) || isDocumentKind(l))) || isForumThreadLine(l)
                        || (l.startsWith("SOURCE") && RELEASE_SOURCE.matcher(l).matches()) || isPageOfTotal(l)
                        || isRunningPageLine(l) || isContactLine(l) || isContactOnly(l) || isDownloadLine(l)
                        || isTemplateLabel(l) || isSubscribePrompt(l) || isExportStamp(l)
                        || (width <= MAX_NOTICE_WIDTH && rules.sharingNotices.find(l).count() > 0)
                        || byline;
                boolean kind = i <= headEnd && (drop[i] && isDocumentKind(l) || isDocumentKindLabel(l));
                if (kind || !drop[i] && i <= headEnd && isAnalystLine(l)) {
                    drop[i] = true;
                    // "INDUSTRY NOTE   27 February 2025": the document's kind beside its date
                    headDate = headDate == null && kind && DATE_IN_LINE_WORDS.matcher(l).find() ? l : headDate;
                }
                if (!drop[i] && i <= headEnd && (isDateFieldLine(l) || isIssueLine(l))) {
                    drop[i] = true;
                    headDate = headDate == null ? l : headDate;
                }
                if (!drop[i] && (isPublishedStamp(l) || isTimeStamp(l) || isNewsByline(l) || i <= headEnd && isBylineLine(lines, i))) {
                    drop[i] = true;
                    // "Veröffentlicht am 18. Nov. 2026", "2026/11/30 21:05:33 … 記者…／台北報導": the article's date
                    headDate = headDate == null && i <= headEnd && YEAR.matcher(l).find() ? l : headDate;
                }
            }
        }
        dropTaglines(lines, drop, mastheadLines, headEnd);
        dropRelatedLinkLines(lines, drop);
        dropAccountCards(lines, drop);
        dropTeasers(lines, drop);
        dropRelatedLinks(lines, drop);
        dropSignatures(lines, drop);
        dropRunningLines(lines, drop);
        dropAdvertisements(lines, drop);
        dropFooter(lines, drop);
        dropSignOff(lines, drop);
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            if (!drop[i]) {
                sb.append(lines[i]).append('\n');
            }
        }
        String source = masthead == null ? null : masthead[0];
        String dateText = header.date != null ? header.date : headDate != null ? headDate
                : masthead != null ? masthead[1] : platformByline;
        String title = header.title != null ? header.title : bodyLineNamedBySubject(lines, drop, header.subjectHeadline);
        if (title == null && header.roundup) {
            title = firstNonNull(headLineSharingWords(lines, drop, header.subjectHeadline), header.subjectHeadline);
        }
        return new Result(sb.toString(), title, source, dateText);
    }

    /** An import line or a layout component of an MDX/Astro page, or a Hugo/Jekyll shortcode. */
    static boolean isSiteGeneratorLine(String line) {
        // the cheap look at the first character keeps long texts fast: most lines start otherwise
        return "ie<{".indexOf(line.charAt(0)) >= 0 && SITE_GENERATOR_LINE.matcher(line).matches();
    }

    static boolean isRule(String line) {
        return line.length() >= 3 && !Character.isLetterOrDigit(line.charAt(0)) && SYMBOL_RULE.matcher(line).matches()
                && line.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static boolean isForumLine(String line) {
        return "推噓嘘→※".indexOf(line.charAt(0)) >= 0 && FORUM_LINE.matcher(line).matches();
    }

    private boolean isChromeLine(String line) {
        return Scripts.width(line) <= MAX_CHROME_WIDTH && rules.chromeLines.find(line).count() > 0;
    }

    /** {@code subjectHeadline}: what a numbered issue's subject says after its number, which may repeat a body line. */
    private record Header(String title, String date, String subjectHeadline, boolean roundup) {
    }

    /** The fields heading a forum post or a forwarded mail: two labelled lines or more at the very top. */
    /**
     * The header fields of a forum post or mail. They open the text, or stand under a few short lines of
     * chrome (a mail system's warning banner, a "view in browser" line, a newsletter's masthead).
     */
    private Header header(String[] lines, boolean[] drop) {
        int first = firstNonBlank(lines, 0);
        for (int tried = 0; first >= 0 && tried <= LINES_ABOVE_HEADER; tried++) {
            List<Integer> fieldLines = new ArrayList<>();
            Header header = headerAt(lines, first, fieldLines);
            if (fieldLines.size() >= 2) {
                fieldLines.forEach(i -> drop[i] = true);
                return header;
            }
            if (Scripts.width(lines[first].strip()) > MAX_CHROME_WIDTH / 2) {
                break;
            }
            first = firstNonBlank(lines, first + 1);
        }
        return new Header(null, null, null, false);
    }

    private Header headerAt(String[] lines, int first, List<Integer> fieldLines) {
        String title = null;
        String date = null;
        String subjectHeadline = null;
        boolean roundup = false;
        for (int i = first; i >= 0 && i < lines.length; i++) {
            String l = lines[i].strip();
            Matcher m = HEADER_FIELD.matcher(l);
            if (l.isEmpty() || !m.matches()) {
                break;
            }
            String label = m.group(1).strip().toLowerCase(Locale.ROOT);
            boolean latin = label.chars().allMatch(c -> c < 0x3000);
            if (!rules.isHeaderField(label) || (latin && !m.group(2).contains(":"))) {
                break;
            }
            String value = SECOND_FIELD.matcher(m.group(3)).find()
                    ? m.group(3).substring(0, SECOND_FIELD.matcher(m.group(3)).results().findFirst().orElseThrow().start()).strip()
                    : m.group(3).strip();
            fieldLines.add(i);
            if (rules.titleFields.contains(label)) {
                title = CATEGORY_TAG.matcher(value).replaceFirst("").strip();
                // a newsletter's subject ("Briefing #412: …") names the issue; the lead's headline in the body is the title
                Matcher numbered = NUMBERED_SUBJECT.matcher(title);
                Matcher listTag = LIST_TAG.matcher(title);
                boolean tagged = listTag.find();
                if (tagged || ROUNDUP_END.matcher(title).find()) {
                    // "[Acme Weekly] Three stories, and more": an issue's subject; its lead's headline is below
                    subjectHeadline = title.substring(tagged ? listTag.end() : 0).strip();
                    roundup = true;
                    title = null;
                } else if (numbered.find()) {
                    subjectHeadline = title.substring(numbered.end()).strip();
                    title = null;
                } else if (rules.issueNumber.matcher(title).find()) {
                    title = null;
                }
            } else if (rules.dateFields.contains(label)) {
                date = value;
            }
        }
        return new Header(title == null || title.isEmpty() ? null : title, date, subjectHeadline, roundup);
    }

    /**
     * A letterhead line (firm, desk and date between separators) or a masthead framed by rules at the top:
     * returns its first part as the source and its text for the date, and drops it.
     */
    private String[] masthead(String[] lines, boolean[] drop) {
        int first = firstNonBlank(lines, 0);
        // a mail's header fields or a view-in-browser line may stand above the masthead
        while (first >= 0 && (drop[first] || isChromeLine(lines[first].strip()))) {
            first = firstNonBlank(lines, first + 1);
        }
        if (first < 0) {
            return null;
        }
        String top = lines[first].strip();
        if (isRule(top)) {
            int close = -1;
            for (int i = first + 1; i < Math.min(lines.length, first + 8); i++) {
                if (isRule(lines[i].strip())) {
                    close = i;
                    break;
                }
            }
            if (close > first + 1) {
                StringBuilder block = new StringBuilder();
                for (int i = first; i <= close; i++) {
                    drop[i] = true;
                    block.append(lines[i].strip()).append('\n');
                }
                return new String[]{withoutPageLabel(mastheadName(lines[firstNonBlank(lines, first + 1)])), block.toString()};
            }
            return null;
        }
        if (isLetterhead(top) || isWebBanner(top)) {
            drop[first] = true;
            return new String[]{letterheadSource(top), top};
        }
        return letterheadAboveRule(lines, drop, first);
    }

    /** "*   THE ACME LEDGER  --  chips, weekly   *": the name in a framed masthead, without frame or tagline. */
    private static String mastheadName(String line) {
        String name = MASTHEAD_TAGLINE.split(EDGE_SYMBOLS.matcher(line.strip()).replaceAll(""))[0].strip();
        return name.isEmpty() ? line.strip() : name;
    }

    /** A firm's name and desk on short lines above a rule that opens the document: the letterhead. */
    private String[] letterheadAboveRule(String[] lines, boolean[] drop, int first) {
        int seen = 0;
        StringBuilder block = new StringBuilder();
        for (int i = first; i >= 0 && i < lines.length && seen < 5; i = firstNonBlank(lines, i + 1), seen++) {
            String l = lines[i].strip();
            if (isRule(l)) {
                if (seen == 0) {
                    return null;
                }
                for (int k = first; k <= i; k++) {
                    drop[k] = true;
                }
                return new String[]{withoutPageLabel(lines[first]), block.toString()};
            }
            if (Scripts.width(l) > 100 || Scripts.endsSentence(l)) {
                return null;
            }
            block.append(l).append('\n');
        }
        return null;
    }

    /** "Sector study · Software · Update": parts between separators, one of them the kind of document. */
    private boolean isDocumentKind(String line) {
        String[] parts = RUNNING_PARTS.split(line.strip());
        if (parts.length < 2 || Scripts.width(line) > 120 || Scripts.endsSentence(line)) {
            return false;
        }
        return rules.documentKinds.contains(bare(parts[0])) || rules.documentKinds.contains(bare(parts[parts.length - 1]));
    }

    /** "INDUSTRY NOTE", "Branchennotiz   27. Februar 2025": the kind of the document alone or beside its date. */
    private boolean isDocumentKindLabel(String line) {
        String[] parts = RUNNING_PARTS.split(line.strip());
        return parts.length <= 2 && Scripts.width(line) <= 80 && rules.documentKinds.contains(bare(parts[0]))
                && (parts.length == 1 || DATE_IN_LINE_WORDS.matcher(parts[1]).find());
    }

    /** "Analysts: A. Name (+1 212 …) / B. Name, CFA": who wrote a research note, in its head. */
    private boolean isAnalystLine(String line) {
        return Scripts.width(line) <= 160 && !Scripts.endsSentence(line) && rules.analystLine.matcher(line).find();
    }

    private static boolean isPageOfTotal(String line) {
        return line.length() <= 30 && PAGE_OF_TOTAL.matcher(line).matches();
    }

    private boolean isForumThreadLine(String line) {
        // the cheap look for "»" or a final colon keeps long texts fast: most lines have neither
        boolean candidate = line.indexOf('»') > 0 || line.endsWith(":") || line.endsWith("：");
        return candidate && Scripts.width(line) <= 100 && (rules.forumPostHead.matcher(line).find() || rules.forumQuoteHead.matcher(line).matches());
    }

    /** "Acme Transcripts | HLCN Q2 | Page 1 of 2", "研究部　　第 1 頁／共 2 頁": a running line ending in the page number. */
    private static boolean isRunningPageLine(String line) {
        char last = line.charAt(line.length() - 1);
        // the cheap look at the last character keeps long texts fast: a page number ends in a digit or 页
        if (!(Character.isDigit(last) || last == '页' || last == '頁') || Scripts.width(line) > 120 || Scripts.endsSentence(line)) {
            return false;
        }
        String[] parts = RUNNING_PARTS.split(line);
        return parts.length >= 2 && (isPageOfTotal(parts[parts.length - 1].strip()) || isPageOfTotal(parts[0].strip()));
    }

    /** A banner of parts between separators, one of them a web address ("Acme Transcripts | www.acme.example | …"). */
    private static boolean isWebBanner(String line) {
        String[] parts = LETTERHEAD_SEPARATOR.split(line);
        if (parts.length < 2 || Scripts.width(line) > 160) {
            return false;
        }
        for (String part : parts) {
            if (WEB_ADDRESS.matcher(part.strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** An author's or analyst's contact line: an e-mail address and a telephone number on one short line. */
    private static boolean isContactLine(String line) {
        return line.indexOf('@') > 0 && Scripts.width(line) <= 160 && !Scripts.endsSentence(line)
                && EMAIL.matcher(line).find() && PHONE.matcher(line).find();
    }

    /** "draman@firm.example", "Tel. +49 30 1234 567": addresses or numbers only, at most one label beside them. */
    private boolean isContactOnly(String line) {
        if (Scripts.width(line) > 100 || line.indexOf('@') < 0 && line.indexOf('+') < 0 && line.indexOf('(') < 0) {
            return false; // the cheap look keeps long texts fast: a contact line has an address or a phone's sign
        }
        String rest = PHONE.matcher(EMAIL.matcher(line).replaceAll(" ")).replaceAll(" ");
        if (rest.length() == line.length()) {
            return false;
        }
        String[] words = CONTACT_REST.split(rest.strip().toLowerCase(Locale.ROOT));
        int labels = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (!rules.contactLabels.contains(w) || ++labels > 1) {
                return false;
            }
        }
        return true;
    }

    /** "Pressemitteilung als PDF (214 KB)", "Download (PDF, 1.2 MB)": a link to a file, named with its size. */
    private static boolean isDownloadLine(String line) {
        return line.indexOf('B') > 0 && Scripts.width(line) <= 100 && !Scripts.endsSentence(line) && FILE_SIZE.matcher(line).find();
    }

    /** "1.原文連結：": a label of a forum's posting template, alone on its line. */
    private boolean isTemplateLabel(String line) {
        return Scripts.width(line) <= 30 && (line.endsWith("：") || line.endsWith(":"))
                && rules.templateLabels.contains(bare(ITEM_NUMBER.matcher(line).replaceFirst("")).toLowerCase(Locale.ROOT));
    }

    /** "原创 author account 2025年09月18日 08:30 place": a platform's byline, opened by its label. */
    private boolean isPlatformByline(String line) {
        int space = line.indexOf(' ');
        return space > 0 && Scripts.width(line) <= 90 && rules.platformBylines.contains(line.substring(0, space))
                && DATE_IN_LINE.matcher(line).find();
    }

    /** A numbered issue's subject ("Briefing #47: The costly summer") names the headline when a body line says it. */
    private static String bodyLineNamedBySubject(String[] lines, boolean[] drop, String subjectHeadline) {
        if (subjectHeadline == null || subjectHeadline.isBlank()) {
            return null;
        }
        for (int i = 0; i < lines.length; i++) {
            if (!drop[i] && lines[i].strip().equalsIgnoreCase(subjectHeadline)) {
                return lines[i].strip();
            }
        }
        return null;
    }

    /**
     * A roundup subject names the lead story in its own words ("Halvorsen's cloud switch"); the lead's headline
     * is the first headline-shaped line near the top sharing a word with it (a name, most often).
     */
    private static String headLineSharingWords(String[] lines, boolean[] drop, String subject) {
        Set<String> subjectWords = significantWords(subject);
        int seen = 0;
        for (int i = 0; i < lines.length && seen < HEAD_LINES * 2; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || drop[i]) {
                continue;
            }
            seen++;
            boolean headlineShaped = Scripts.width(l) >= 15 && Scripts.width(l) <= 160 && !l.endsWith(".") && !l.endsWith(":")
                    && !l.endsWith("。") && l.chars().anyMatch(Character::isLowerCase) == l.chars().anyMatch(Character::isLetter)
                    && !LETTERHEAD_SEPARATOR.matcher(l).find();
            if (headlineShaped && significantWords(l).stream().anyMatch(subjectWords::contains)) {
                return l;
            }
        }
        return null;
    }

    /** Words of five letters or more (a name, a noun), and pairs of Han characters. */
    private static Set<String> significantWords(String text) {
        Set<String> words = new java.util.HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.codePoints().anyMatch(Scripts::isHan)) {
                for (int k = 0; k + 2 <= w.length(); k++) {
                    words.add(w.substring(k, k + 2));
                }
            } else if (w.length() >= 5) {
                words.add(w);
            }
        }
        return words;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    /** A messaging platform's account card: a block of a few short lines, one of them its article count. */
    private void dropAccountCards(String[] lines, boolean[] drop) {
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || Scripts.width(l) > 40 || rules.accountCards.find(l).count() == 0) {
                continue;
            }
            int start = i;
            while (start > 0 && !lines[start - 1].isBlank() && i - start < MAX_CARD_LINES) {
                start--;
            }
            int end = i;
            while (end + 1 < lines.length && !lines[end + 1].isBlank() && end - i < MAX_CARD_LINES) {
                end++;
            }
            if (end - start < MAX_CARD_LINES) {
                for (int k = start; k <= end; k++) {
                    drop[k] = true;
                }
            }
        }
    }

    /**
     * A sign-off in the last third ("Bis nächste Woche", "Ihre Redaktion von …", "Best regards"): it and the
     * short lines of its block go.
     */
    private void dropSignOff(String[] lines, boolean[] drop) {
        int total = 0;
        for (String l : lines) {
            total += l.length() + 1;
        }
        int after = 0;
        for (int i = lines.length - 1; i >= 0; i--) {
            after += lines[i].length() + 1;
            if (after > total * FOOTER_SHARE && after > 600) {
                return;
            }
            String l = lines[i].strip();
            if (l.isEmpty() || drop[i] || Scripts.width(l) > 60 || rules.signOffs.longestAt(l, 0) <= 0) {
                continue;
            }
            for (int k = i; k < lines.length && !lines[k].isBlank() && Scripts.width(lines[k].strip()) <= 60; k++) {
                drop[k] = true;
            }
        }
    }

    /** "Event date: 12 March 2026, 5 PM", "Erscheinungsdatum: …", "发布日期：…": the document's date, set as a field. */
    private boolean isDateFieldLine(String line) {
        if (Scripts.width(line) > MAX_HEAD_LINE_WIDTH || (line.indexOf(':') < 0 && line.indexOf('：') < 0)) {
            return false;
        }
        Matcher m = LABELLED_LINE.matcher(line);
        return m.matches() && rules.isDateLabel(m.group(1).strip().toLowerCase(Locale.ROOT)) && YEAR.matcher(m.group(2)).find();
    }

    /** "Issue #147 | Friday, 16 October 2026", "第87期 · 2026年4月18日": a newsletter's issue number and date. */
    private boolean isIssueLine(String line) {
        if (Scripts.width(line) > MAX_HEAD_LINE_WIDTH || Scripts.endsSentence(line) || !YEAR.matcher(line).find()) {
            return false;
        }
        String[] parts = RUNNING_PARTS.split(line.strip());
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            String p = part.strip();
            if (Scripts.width(p) <= MAX_ISSUE_PART_WIDTH && rules.issueNumber.matcher(p).find() && !YEAR.matcher(p).find()) {
                return true;
            }
        }
        return false;
    }

    /** "Exported from Notion on 7 October 2026": a note app's or wiki's stamp on its export. */
    private boolean isExportStamp(String line) {
        if (Scripts.width(line) > MAX_HEAD_LINE_WIDTH || Scripts.endsSentence(line)) {
            return false;
        }
        String head = EDGE_SYMBOLS.matcher(line).replaceFirst("").toLowerCase(Locale.ROOT);
        return rules.exportStamps.stream().anyMatch(head::startsWith);
    }

    /**
     * A newsletter's promise under its name ("every Friday in your inbox", "每周五发送……"): a short line of the
     * head naming a cadence, set against a line of the masthead (not its rule, which may underline a headline,
     * nor a "view in browser" line, which may stand right above one).
     */
    private void dropTaglines(String[] lines, boolean[] drop, boolean[] mastheadLines, int headEnd) {
        for (int i = 0; i <= Math.min(headEnd, lines.length - 1); i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || drop[i] || Scripts.width(l) > MAX_HEAD_LINE_WIDTH || Scripts.endsSentence(l)
                    || rules.taglines.find(l).count() == 0) {
                continue;
            }
            drop[i] = (i > 0 && mastheadLines[i - 1]) || (i + 1 < lines.length && mastheadLines[i + 1]);
        }
    }

    /** A portal's "责任编辑：name" is cut out of its line; what is left of the line stays. */
    private void cutEditorCredits(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            boolean colon = lines[i].indexOf(':') >= 0 || lines[i].indexOf('：') >= 0;
            if (colon && Scripts.width(lines[i]) <= MAX_CHROME_WIDTH) {
                Matcher m = rules.editorCredit.matcher(lines[i]);
                if (m.find()) {
                    String rest = m.replaceAll("").replaceAll("[【\\[（(]\\s*[】\\]）)]", "").stripTrailing();
                    lines[i] = rest.codePoints().anyMatch(Character::isLetterOrDigit) ? rest : "";
                }
            }
        }
    }

    /** "Related reading" and the list of links under it. */
    private void dropRelatedLinks(String[] lines, boolean[] drop) {
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || !(Scripts.width(l) <= 40 && rules.relatedHeads.contains(bare(l)) || isAuthorsRelatedHead(l))) {
                continue;
            }
            int k = firstNonBlank(lines, i + 1);
            if (k < 0 || !isLinkListLine(lines[k])) {
                continue;
            }
            drop[i] = true;
            for (; k < lines.length && isLinkListLine(lines[k]); k = nextListLine(lines, k)) {
                drop[k] = true;
            }
        }
    }

    /** "More articles by Jane Doe", "Weitere Artikel von …", "…的更多文章": a related list's head naming the author. */
    private boolean isAuthorsRelatedHead(String line) {
        if (Scripts.width(line) > MAX_BYLINE_WIDTH || Scripts.endsSentence(line)) {
            return false;
        }
        String head = bare(line);
        for (String start : rules.relatedHeadStarts) {
            if (head.startsWith(start + " ") && head.substring(start.length()).strip().split("\\s+").length <= 5) {
                return true;
            }
        }
        return rules.relatedHeadEnds.stream().anyMatch(end -> head.endsWith(end) && head.length() > end.length());
    }

    private static boolean isLinkListLine(String line) {
        String l = line.strip();
        return (LIST_LINE.matcher(l).find() || l.startsWith("·")) && Scripts.width(l) <= 100;
    }

    /** The next line of a list, over blank lines (a page's list items come out with blank lines between them). */
    private static int nextListLine(String[] lines, int k) {
        int next = k + 1;
        while (next < lines.length && lines[next].isBlank()) {
            next++;
        }
        return next < lines.length && isLinkListLine(lines[next]) ? next : k + 1;
    }

    /** A forum signature: the line of underscores and the lines under it, to the next blank line. */
    private static void dropSignatures(String[] lines, boolean[] drop) {
        for (int i = 0; i < lines.length; i++) {
            if (SIGNATURE_RULE.matcher(lines[i].strip()).matches()) {
                for (int k = i; k < Math.min(lines.length, i + 1 + MAX_ADVERT_LINES / 2) && !lines[k].isBlank(); k++) {
                    drop[k] = true;
                }
            }
        }
    }

    /**
     * A line that stands beside a page number ("第 3 页 / 共 6 页") on three pages or more is the pages'
     * running footer or header ("Confidential · internal use"), wherever it is.
     */
    private static void dropRunningLines(String[] lines, boolean[] drop) {
        java.util.Map<String, List<Integer>> besidePageNumbers = new java.util.HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            if (!isPageOfTotal(lines[i].strip())) {
                continue;
            }
            for (int k : new int[]{firstNonBlankBefore(lines, i), firstNonBlank(lines, i + 1)}) {
                if (k >= 0 && Scripts.width(lines[k].strip()) <= 60 && !Scripts.endsSentence(lines[k].strip())) {
                    besidePageNumbers.computeIfAbsent(lines[k].strip(), x -> new ArrayList<>()).add(k);
                }
            }
        }
        besidePageNumbers.values().stream().filter(at -> at.size() >= MIN_RUNNING_REPEATS)
                .forEach(at -> at.forEach(k -> drop[k] = true));
    }

    private static int firstNonBlankBefore(String[] lines, int from) {
        for (int i = from - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** The firm a letterhead names: its first part. */
    static String letterheadSource(String letterhead) {
        return withoutPageLabel(LETTERHEAD_SEPARATOR.split(letterhead)[0].strip());
    }

    /** "ACME SECURITIES - EQUITY RESEARCH      Page 1 of 4": a source or title never keeps the page's number. */
    static String withoutPageLabel(String line) {
        String[] parts = RUNNING_PARTS.split(line.strip());
        if (parts.length < 2) {
            return line.strip();
        }
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (!isPageOfTotal(p.strip())) {
                kept.add(p.strip());
            }
        }
        return kept.isEmpty() || kept.size() == parts.length ? line.strip() : String.join(" ", kept);
    }

    /** A firm's line: several parts between separators, in capitals or with a date, no sentence. */
    static boolean isLetterhead(String line) {
        String[] parts = LETTERHEAD_SEPARATOR.split(line);
        if (parts.length < 2 || Scripts.width(line) > 160 || Scripts.endsSentence(line)) {
            return false;
        }
        boolean capitals = line.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        boolean dated = parts[parts.length - 1].matches(".*(19|20)\\d\\d.*");
        // two parts may be a headline ("Acme | Q3 2026"); firm, desk and date make three
        return capitals || (dated && parts.length >= 3);
    }

    private static boolean isBreadcrumb(String line) {
        if (line.indexOf(" > ") < 0 && line.indexOf(" › ") < 0 && line.indexOf(" » ") < 0 && line.indexOf(" / ") < 0) {
            return false;
        }
        String[] parts = BREADCRUMB_SEPARATOR.split(line);
        if (parts.length < 3 || Scripts.endsSentence(line)) {
            return false;
        }
        for (String p : parts) {
            if (p.isBlank() || Scripts.width(p.strip()) > 30) {
                return false;
            }
        }
        return true;
    }

    /** "In this issue:" and the list under it, near the top. */
    private void dropTeasers(String[] lines, boolean[] drop) {
        int seen = 0;
        for (int i = 0; i < lines.length && seen < HEAD_LINES * 2; i++) {
            String l = lines[i].strip();
            if (l.isEmpty()) {
                continue;
            }
            seen++;
            if ((l.endsWith(":") || l.endsWith("：")) && Scripts.width(l) <= 40 && rules.teaserHeads.find(l).count() > 0
                    && i + 1 < lines.length && LIST_LINE.matcher(lines[i + 1]).find()) {
                drop[i] = true;
                for (int k = i + 1; k < lines.length && LIST_LINE.matcher(lines[k]).find(); k++) {
                    drop[k] = true;
                }
            } else if (isInlineTeaser(l)) {
                // "In this issue: A | B | C", wrapped over a line or two
                for (int k = i; k < Math.min(lines.length, i + MAX_ADVERT_LINES / 2) && !lines[k].isBlank(); k++) {
                    drop[k] = true;
                }
            }
        }
    }

    /** "In this issue: Halvorsen's switch | Price tracker |": a teaser head with its items on the same line. */
    private boolean isInlineTeaser(String l) {
        var head = INLINE_HEAD.matcher(l);
        return head.find() && Scripts.width(head.group(1)) <= 30 && rules.teaserHeads.find(head.group(1).toLowerCase(Locale.ROOT)).count() > 0
                && !Scripts.endsSentence(l) && ITEM_SEPARATOR.matcher(l).find();
    }

    /**
     * An advertisement opens with a marker line ("– Anzeige –", also set in a rule: "----- ANZEIGE -----") and
     * runs to the next blank line or to the rule that closes it. A contact block's heading standing alone
     * ("Pressekontakt" as a page's subheading) heads the short lines of the paragraph under it.
     */
    private void dropAdvertisements(String[] lines, boolean[] drop) {
        for (int i = 0; i < lines.length; i++) {
            String marker = bare(lines[i]);
            if (lines[i].isBlank() || marker.length() > 40 && !isSponsorHead(lines[i])) {
                continue;
            }
            boolean contact = rules.contactBlocks.contains(marker);
            if (!marker.isEmpty() && (isSponsorLine(marker) || contact) || isSponsorHead(lines[i])) {
                int k = i;
                for (; k < Math.min(lines.length, i + MAX_ADVERT_LINES) && !lines[k].isBlank(); k++) {
                    drop[k] = true;
                    if (k > i && isRule(lines[k].strip())) {
                        break; // the closing rule: what follows is the article again
                    }
                }
                if (contact && k == i + 1) {
                    dropShortParagraphBelow(lines, drop, k);
                }
            }
        }
    }

    /** The paragraph after the blank lines from {@code from}, when all its lines are short (names, phone, e-mail). */
    private static void dropShortParagraphBelow(String[] lines, boolean[] drop, int from) {
        int start = from;
        while (start < lines.length && lines[start].isBlank()) {
            start++;
        }
        int end = start;
        while (end < lines.length && !lines[end].isBlank() && Scripts.width(lines[end].strip()) <= MAX_CONTACT_LINE_WIDTH) {
            end++;
        }
        boolean whole = end > start && end - start <= MAX_ADVERT_LINES && (end == lines.length || lines[end].isBlank());
        for (int k = start; whole && k < end; k++) {
            drop[k] = true;
        }
    }

    /** "SPONSORED | Acme Cloud: …", "Anzeige – …": a marker set off by a separator opens the advertisement's first line. */
    private boolean isSponsorHead(String line) {
        var head = SPONSOR_HEAD.matcher(line.strip());
        return head.find() && rules.sponsorMarkers.contains(head.group(1).toLowerCase(Locale.ROOT));
    }

    /** "Anzeige", or a marker of several words and the sponsor's name ("Presented by Acme"). */
    private boolean isSponsorLine(String marker) {
        if (Scripts.width(marker) <= 24 && rules.sponsorMarkers.contains(marker)) {
            return true;
        }
        for (String m : rules.sponsorMarkers) {
            if (m.indexOf(' ') > 0 && marker.startsWith(m + " ") && marker.substring(m.length()).strip().split("\\s+").length <= 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * The footer, from its first line to the end: an end marker ("— END —"), a signature separator ("--"),
     * or a line opening with a footer phrase (disclaimer, unsubscribe, "this is a transcript") in the last
     * third. A footer is never most of the text that is left, and never reaches above a later board post's head.
     */
    private void dropFooter(String[] lines, boolean[] drop) {
        // furniture already removed (a forum's push lines padded with spaces) does not count as the text's length
        int total = 0;
        for (int i = 0; i < lines.length; i++) {
            total += drop[i] ? 0 : lines[i].strip().length() + 1;
        }
        int after = 0;
        int start = -1;
        for (int i = lines.length - 1; i >= 0; i--) {
            after += drop[i] ? 0 : lines[i].strip().length() + 1;
            if ((after > total * FOOTER_SHARE && after > 600) || after > MAX_FOOTER_CHARS) {
                break;
            }
            String l = lines[i].strip();
            if (l.isEmpty()) {
                continue;
            }
            if (isBoardPostTitle(l)) {
                break; // a later post's head ("標題  Re: …"): the thread goes on, its footer is below
            }
            String bare = bare(l);
            boolean endMarker = !bare.isEmpty() && rules.endMarkers.contains(bare) && !l.toLowerCase(Locale.ROOT).equals(bare);
            boolean signature = l.equals("--") || l.equals("-- ");
            if (endMarker || signature || opensWithFooterPhrase(l) || isDistributionNotice(l) || opensDisclaimer(l)) {
                start = i;
            }
        }
        if (start >= 0) {
            for (int i = start; i < lines.length; i++) {
                drop[i] = true;
            }
        }
    }

    /**
     * "標題  Re: …": the title field of a bulletin-board post's head, set off by spaces, not a colon. A mail's
     * "Subject:" under "Original Message" is quoted history, which a footer may take with it.
     */
    private boolean isBoardPostTitle(String line) {
        if (Scripts.width(line) > MAX_CHROME_WIDTH) {
            return false;
        }
        Matcher m = HEADER_FIELD.matcher(line);
        return m.matches() && m.group(2).indexOf(':') < 0 && m.group(2).indexOf('：') < 0
                && rules.titleFields.contains(m.group(1).strip().toLowerCase(Locale.ROOT));
    }

    /** Related-article links set into the text, with the rest of their paragraph when a hard wrap split them. */
    private void dropRelatedLinkLines(String[] lines, boolean[] drop) {
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || drop[i] || !isRelatedLinkLine(l)) {
                continue;
            }
            drop[i] = true;
            int end = i + 1;
            while (end < lines.length && end <= i + WRAPPED_LINK_LINES && !lines[end].isBlank()) {
                end++;
            }
            boolean wrapped = Scripts.width(l) >= WRAP_WIDTH && end < lines.length && lines[end].isBlank();
            for (int k = i + 1; wrapped && k < end; k++) {
                drop[k] = true;
            }
        }
    }

    /** "Read more: …", "Lesen Sie auch: …", "延伸閱讀：…": a link to another article set into this one. */
    private boolean isRelatedLinkLine(String line) {
        int colon = line.indexOf(':');
        int wide = line.indexOf('：');
        int at = colon < 0 ? wide : wide < 0 ? colon : Math.min(colon, wide);
        if (at <= 0 || at > RELATED_LABEL_CHARS || at == line.length() - 1 || Scripts.width(line) > MAX_PROMPT_WIDTH) {
            return false;
        }
        return rules.relatedHeads.contains(bare(line.substring(0, at)));
    }

    /** "Abonnieren Sie den …-Newsletter", "訂閱…電子報，掌握…": a verb to open with and a newsletter to name. */
    private boolean isSubscribePrompt(String line) {
        if (Scripts.width(line) > MAX_PROMPT_WIDTH) {
            return false;
        }
        String head = EDGE_SYMBOLS.matcher(line).replaceFirst("").toLowerCase(Locale.ROOT);
        if (head.isEmpty()) {
            return false;
        }
        int verb = rules.subscribeVerbs.longestAt(head, 0);
        boolean wordEnd = verb > 0 && (verb >= head.length() || !Character.isLetter(head.charAt(verb))
                || Scripts.isCjk(head.charAt(verb - 1)));
        return wordEnd && rules.subscribeObjects.find(head).count() > 0;
    }

    /** "… Veröffentlichung einer Corporate News, übermittelt durch …": a wire service's notice, anywhere in its line. */
    private boolean isDistributionNotice(String line) {
        return Scripts.width(line) <= MAX_CHROME_WIDTH && rules.distributionNotices.find(line).count() > 0;
    }

    /**
     * "风险提示：本文仅代表个人观点…" opens a disclaimer; "风险提示：需求不及预期；…" is the report's own list of
     * risks, which stays: the label alone does not tell them apart, the disclaimer's words do.
     */
    private boolean opensDisclaimer(String line) {
        if (Scripts.width(line) > MAX_CHROME_WIDTH) {
            return false;
        }
        String head = EDGE_SYMBOLS.matcher(line).replaceFirst("").toLowerCase(Locale.ROOT);
        return rules.disclaimerLabels.stream().anyMatch(head::startsWith) && rules.disclaimerWords.find(head).count() > 0;
    }

    /** "Veröffentlicht am 18. Nov. 2026", "Published Nov 18, 2026", "发布于 2026年11月18日": a stamp's label and a date. */
    private boolean isPublishedStamp(String line) {
        if (Scripts.width(line) > MAX_BYLINE_WIDTH || !YEAR.matcher(line).find()) {
            return false;
        }
        String head = EDGE_SYMBOLS.matcher(line).replaceFirst("").toLowerCase(Locale.ROOT);
        for (String label : rules.publishedStamps) {
            if (head.startsWith(label) && (head.length() == label.length() || !Character.isLetter(head.charAt(label.length()))
                    || Scripts.isCjk(head.charAt(label.length() - 1)))) {
                String date = head.substring(label.length()).replaceFirst("^[\\s:：]+", "");
                String letters = DATE_FILLER.matcher(date).replaceAll("");
                return Scripts.width(date) <= MAX_STAMP_DATE_WIDTH && YEAR.matcher(date).find()
                        && letters.length() <= MAX_STAMP_DATE_LETTERS && letters.chars().allMatch(c -> c < 0x250 && Character.isLetter(c));
            }
        }
        return false;
    }

    /** "2026/11/30 21:05:33": a time stamp on a line of its own is no text. */
    private static boolean isTimeStamp(String line) {
        return line.length() <= 40 && Character.isDigit(line.charAt(0)) && TIME_STAMP.matcher(line).matches();
    }

    /**
     * "經貿日報 記者林某／台北報導": a short line naming the reporter and ending in the report word after the place
     * (an outlet's name and a time stamp may stand before it).
     */
    private boolean isNewsByline(String line) {
        if (Scripts.width(line) > MAX_BYLINE_WIDTH || Scripts.endsSentence(line) || line.indexOf('，') >= 0) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        return rules.reporterWords.stream().anyMatch(lower::contains) && endsInReportWord(bare(line));
    }

    private boolean endsInReportWord(String text) {
        return rules.reportEnds.stream().anyMatch(end -> text.endsWith(end) && text.length() > end.length());
    }

    /**
     * "By Jane Doe, Reuters", "Von Lena Hoffmann · 10.02.2026", "文／林某": a label and a name (with an outlet, place
     * or date after a separator) on a line of the head below its first line, which is the headline's place.
     */
    private boolean isBylineLine(String[] lines, int i) {
        String line = lines[i].strip();
        if (Scripts.width(line) > MAX_BYLINE_WIDTH || Scripts.endsSentence(line) || firstNonBlank(lines, 0) == i) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        for (String label : rules.bylineLabels) {
            boolean latin = Character.isLetter(label.charAt(label.length() - 1));
            if (!lower.startsWith(latin ? label + " " : label)) {
                continue;
            }
            String[] parts = BYLINE_PARTS.split(line.substring(label.length()).strip(), 2);
            String name = parts[0].strip();
            boolean rest = parts.length < 2 || Scripts.width(parts[1]) <= MAX_STAMP_DATE_WIDTH;
            return rest && (latin ? LATIN_NAME.matcher(name).matches() : HAN_NAME.matcher(name).matches());
        }
        return false;
    }

    /** "（中央社記者某某台北30日電）輝達…": the agency's dateline in brackets opening the lead goes; the lead stays. */
    private void cutLeadDatelines(String[] lines) {
        int seen = 0;
        for (int i = 0; i < lines.length && seen < HEAD_LINES * 2; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            seen++;
            Matcher m = LEAD_BRACKET.matcher(lines[i]);
            if (m.find() && m.end() < lines[i].length()) {
                String inside = m.group(1).toLowerCase(Locale.ROOT);
                if (rules.reporterWords.stream().anyMatch(inside::contains) && endsInReportWord(inside.strip())) {
                    lines[i] = lines[i].substring(m.end());
                }
            }
        }
    }

    private boolean opensWithFooterPhrase(String line) {
        if (Scripts.width(line) > MAX_CHROME_WIDTH) {
            return false;
        }
        String head = EDGE_SYMBOLS.matcher(line).replaceFirst("");
        head = head.substring(0, Math.min(head.length(), 40)).toLowerCase(Locale.ROOT);
        for (int i = 0; i < Math.min(head.length(), 12); i++) {
            int length = rules.footerStarts.longestAt(head, i);
            // whole words only: "Disclaimers were added" is prose, "Disclaimer:" is not
            boolean wordStart = i == 0 || !Character.isLetter(head.charAt(i - 1));
            boolean wordEnd = length > 0 && (i + length >= head.length() || !Character.isLetter(head.charAt(i + length))
                    || Scripts.isCjk(head.charAt(i + length - 1)));
            if (length > 0 && wordStart && wordEnd) {
                return true;
            }
        }
        return false;
    }

    /** The words of a marker line without the dashes, brackets and stars around them. */
    private static String bare(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && !Character.isLetterOrDigit(line.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** The index of the last line of the document's head (its first few non-blank lines). */
    private static int headEnd(String[] lines) {
        int seen = 0;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank() && ++seen >= HEAD_LINES) {
                return i;
            }
        }
        return lines.length;
    }

    private static int firstNonBlank(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
