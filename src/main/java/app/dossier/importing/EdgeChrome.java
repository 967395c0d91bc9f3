package app.dossier.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes platform furniture by its shape, so that platforms no rule has met lose theirs too. The article is
 * the densest run of prose lines; only what stands outside it (at the document's edges) is judged as a block:
 * a navigation list of short items at the top, runs of label–value lines (document properties, a header
 * table), a line of several labelled fields, an issuer's name translated into capitals and the notes in
 * brackets under it, and everything from
 * a cluster of counters and buttons below the article (likes, replies, comments). Counter and button lines
 * and bare page numbers go wherever they stand: no sentence looks like them.
 * <p>Never cuts inside the article: every rule but the last is confined to the lines before its first prose
 * line or after its last, and blocks carrying money or percentages are kept (a key-figures box is text).
 */
final class EdgeChrome {
    /** {@code headText}: the head lines removed, where a date may still be read. */
    record Result(String text, String headText) {
    }

    private static final String RESOURCE = "/importing/edge-chrome.json";
    private static final int PROSE_WIDTH = 40;
    private static final int WIDE_PROSE_WIDTH = 100;
    /** What a non-prose line costs the article's run: a heading or two inside it do not split it, a menu does. */
    private static final int NON_PROSE_COST = 15;
    private static final int NAV_ITEM_WIDTH = 20;
    private static final int MIN_NAV_ITEMS = 4;
    /** A site's menu on one line stands among the first lines and is no wider than this. */
    private static final int MENU_LINE_DEPTH = 3;
    private static final int MAX_MENU_LINE_WIDTH = 80;
    private static final int MAX_HEADLINE_WIDTH = 160;
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s*[·•|｜/]\\s*|\\s{2,}|\\s*\\u3000+\\s*");
    private static final int MIN_FIELD_RUN = 3;
    private static final int HEADLINE_VALUE_WIDTH = 30;
    private static final int HEAD_DISCLAIMER_LINES = 3;
    /** An author card: name, headline, degree, age; a longer or wider block is not one. */
    private static final int MAX_CARD_LINES = 5;
    private static final int CARD_LINE_WIDTH = 90;
    private static final int CARD_NAME_WIDTH = 30;
    private static final int CARD_NAME_WORDS = 4;
    private static final int HEADLINE_ABOVE_NAME_WIDTH = 25;
    private static final Pattern PERSON_NAME = Pattern.compile("^(\\p{Lu}[\\p{L}'.-]{0,15})(\\s\\p{Lu}[\\p{L}'.-]{0,15}){1,3}$");
    /** Counters and buttons cut the rest of the text only below this share of it: above, they head the article. */
    private static final double TAIL_SHARE = 0.6;
    /** Below a counter cluster come comments and footers; a line this wide is more likely text, so nothing is cut. */
    private static final int MAX_TAIL_LINE_WIDTH = 300;

    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。，,；;！？]|[.!?](\\s|$)");
    /** A sentence that ends inside the line: a hard-wrapped paragraph's line, not a headline. */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[。！？]\\S|[a-z][.!?]\\s+\\p{Lu}");
    /** Punctuation a company's name ("Acme Co., Ltd.") never holds. */
    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[。；;！？!?]");
    /** "(Incorporated in … with limited liability)", "（股份代號：2597）": an issuer's note above the headline. */
    private static final Pattern PARENTHETICAL = Pattern.compile("^[（(][^()（）]{2,80}[)）]$");
    private static final Pattern BANNER_SEPARATOR = Pattern.compile("\\s[|｜]\\s|｜");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-–—]\\s*\\d{1,4}\\s*[-–—]$");
    /** "Label: value", "Label\tvalue": a property of the document, not a sentence of it. */
    private static final Pattern FIELD = Pattern.compile("^([\\p{L}][\\p{L}\\p{N} ()./&'-]{0,30}?)\\s*([:：]\\s*|\\t+\\s*)(\\S.*)$");
    private static final Pattern FIELD_IN_LINE = Pattern.compile("(^|[/|｜·•]\\s*)[\\p{L}][\\p{L}()'-]{1,20}(\\s[\\p{L}()'-]{1,20}){0,2}\\s?[:：]\\s");
    /** "| Label | value |": a header table's row of two cells. */
    private static final Pattern TWO_CELLS = Pattern.compile("^[|｜]\\s*([^|｜]{1,30}?)\\s*[|｜]\\s*([^|｜]+?)\\s*[|｜]$");
    /** Money, a percentage or a multiple: a block carrying one is the article's figures, never furniture. */
    private static final Pattern FIGURE = Pattern.compile(
            "[$€£¥%％]|\\d\\s?(mio|mrd|million|billion|bn|mn|m|k|亿|万|億|萬|倍|x)\\b|\\d\\s?(亿|万|億|萬|倍)|\\b(usd|eur|cny|rmb|hkd)\\b|人民币|人民幣|美元|港元|新台币|新台幣",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final EngagementLines engagement;
    private final Set<String> legalForms;
    private final BoilerplateVocabulary.PhraseMatcher headDisclaimers;
    private final Set<String> followButtons;

    private EdgeChrome(JsonNode root) {
        Transliterator hant = Transliterator.getInstance("Hans-Hant");
        Transliterator hans = Transliterator.getInstance("Hant-Hans");
        engagement = new EngagementLines(root.path("engagement"), root.path("readingTimes"), hant, hans);
        legalForms = BoilerplateVocabulary.bothScripts(root.path("legalForms").path("words"), hant, hans);
        followButtons = BoilerplateVocabulary.bothScripts(root.path("authorCard").path("followButtons"), hant, hans);
        headDisclaimers = new BoilerplateVocabulary.PhraseMatcher(BoilerplateVocabulary.bothScripts(root.path("headDisclaimers").path("phrases"), hant, hans));
    }

    static EdgeChrome get() {
        return Holder.INSTANCE;
    }

    /** Loaded on first use, once (the class-holder idiom). */
    private static final class Holder {
        static final EdgeChrome INSTANCE = new EdgeChrome(BoilerplateVocabulary.readJson(RESOURCE));
    }

    Result strip(String text) {
        String[] lines = text.split("\n", -1);
        boolean[] drop = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            drop[i] = !l.isEmpty() && (engagement.matches(l) || PAGE_NUMBER.matcher(l).matches());
        }
        dropOpeningDisclaimer(lines, drop);
        dropSiteMenuLine(lines, drop);
        dropNameAboveStamp(lines, drop);
        int[] core = articleRun(lines, drop);
        if (core == null) {
            return new Result(text, "");
        }
        String body = join(lines, drop, core[0], core[1] + 1);
        dropNavigation(lines, drop, core[0], body);
        dropAuthorCards(lines, drop, core[0]);
        dropFieldRuns(lines, drop, 0, core[0]);
        dropFieldRuns(lines, drop, core[1] + 1, lines.length);
        dropHeadFieldsAndIssuer(lines, drop, core[0]);
        dropBelowCounters(lines, drop, text.length());
        separateHeadItems(lines, drop, core[0]);
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < core[0]; i++) {
            if (drop[i]) {
                head.append(lines[i].strip()).append('\n');
            }
        }
        return new Result(join(lines, drop, 0, lines.length), head.toString());
    }

    private static String join(String[] lines, boolean[] drop, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (!drop[i]) {
                sb.append(lines[i]).append('\n');
            }
        }
        return sb.toString();
    }

    /** A sentence, or a wide line with clause punctuation; a headline's comma does not make it prose. */
    static boolean isProse(String line) {
        int width = Scripts.width(line);
        // a line in capitals ("ACME HOLDINGS CO., LTD.") is a name or a heading, whatever its stops
        boolean closed = Scripts.endsSentence(line) && !line.endsWith(":") && !line.endsWith("：")
                && (line.chars().anyMatch(Character::isLowerCase) || line.codePoints().anyMatch(Scripts::isHan));
        return width >= PROSE_WIDTH && (closed || SENTENCE_INSIDE.matcher(line).find())
                || width >= WIDE_PROSE_WIDTH && SENTENCE_PUNCTUATION.matcher(line).find();
    }

    /**
     * The article's extent, first and last line: the run of lines with the most prose, where every other
     * line costs a little (the largest-sum run, Kadane's algorithm). Null when the text has no prose.
     */
    private static int[] articleRun(String[] lines, boolean[] drop) {
        long best = 0;
        long sum = 0;
        int start = -1;
        int[] run = null;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty()) {
                continue;
            }
            boolean prose = !drop[i] && isProse(l);
            long score = prose ? Scripts.width(l) : -NON_PROSE_COST;
            if (sum <= 0) {
                if (!prose) {
                    continue;
                }
                sum = 0;
                start = i;
            }
            sum += score;
            if (sum > best) {
                best = sum;
                run = new int[] {start, i};
            }
        }
        return run;
    }

    /**
     * A post's author card above the article: the short lines around a follow button that read as a card's
     * (a name, a headline of parts, a label and value, the post's age) go with it; the line a card stops at,
     * and the text's first line, may be the headline and stay.
     */
    private void dropAuthorCards(String[] lines, boolean[] drop, int coreStart) {
        int firstLine = 0;
        while (firstLine < lines.length && lines[firstLine].isBlank()) {
            firstLine++;
        }
        for (int i = 0; i < coreStart; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || !followButtons.contains(l.replaceAll("^[+＋\\s]+", "").toLowerCase(Locale.ROOT))) {
                continue;
            }
            drop[i] = true;
            for (int step : new int[] {-1, 1}) {
                for (int k = i + step, seen = 0; k > firstLine && k < coreStart && !lines[k].isBlank() && seen < MAX_CARD_LINES; k += step, seen++) {
                    if (!drop[k] && !isCardLine(lines[k].strip())) {
                        break;
                    }
                    drop[k] = true;
                }
            }
        }
    }

    /** "Dr. Ann Hale", "Partner at Acme | AI | Board member", "认证：科技博主", "• 2.": a card's line, no headline's. */
    private boolean isCardLine(String l) {
        int width = Scripts.width(l);
        boolean asksOrEnds = Scripts.endsSentence(l) || l.endsWith("?") || l.endsWith("？") || l.endsWith("!") || l.endsWith("！");
        if (width > CARD_LINE_WIDTH || asksOrEnds && !l.endsWith(".")) {
            return false;
        }
        boolean name = width <= CARD_NAME_WIDTH && l.split("\\s+").length <= CARD_NAME_WORDS && !asksOrEnds || width <= 6;
        boolean parts = BANNER_SEPARATOR.matcher(l).find() || l.contains(" • ") || l.contains(" · ");
        boolean labelled = width <= CARD_NAME_WIDTH * 2 && FIELD.matcher(l).matches();
        return name || parts || labelled || engagement.matches(l);
    }

    /** A filing's disclaimer paragraph in its first lines, whatever its length. */
    private void dropOpeningDisclaimer(String[] lines, boolean[] drop) {
        int seen = 0;
        for (int i = 0; i < lines.length && seen < HEAD_DISCLAIMER_LINES; i++) {
            String l = lines[i].strip();
            if (!l.isEmpty()) {
                seen++;
                drop[i] |= headDisclaimers.find(l.toLowerCase(Locale.ROOT)).count() > 0;
            }
        }
    }

    /**
     * Above the article, a headline and the short item under it (an author, a label) are two paragraphs, not
     * one wrapped line when the headline is complete (Chinese ending in a character, or "?" or "!") and the
     * item does not end a sentence; a banner of source and kind or a label of the document's kind stands alone.
     */
    private void separateHeadItems(String[] lines, boolean[] drop, int coreStart) {
        int previous = -1;
        for (int i = 0; i < coreStart; i++) {
            String l = lines[i].strip();
            if (l.isEmpty()) {
                previous = -1;
                continue;
            }
            if (drop[i]) {
                continue;
            }
            String p = previous < 0 ? "" : lines[previous].strip();
            int last = Scripts.lastCodePoint(p);
            boolean complete = Scripts.isCjk(last) || last == '?' || last == '!';
            boolean labelAbove = isPartsBanner(p) || isKindLabel(p) || isLegalName(p);
            boolean shortItem = Scripts.width(l) <= NAV_ITEM_WIDTH && !Scripts.endsSentence(l); // not a wrapped sentence's end
            boolean nameUnderHeadline = isPersonName(l) && Scripts.width(p) >= HEADLINE_ABOVE_NAME_WIDTH && !Scripts.endsSentence(p);
            if (previous >= 0 && (complete && shortItem || labelAbove || nameUnderHeadline)) {
                lines[previous] = lines[previous] + "\n";
            }
            previous = i;
        }
    }

    /** "Lena Hoffmann", "Dr. Ann-Kathrin Weiss": two to four capitalised words, an author's name under a headline. */
    private static boolean isPersonName(String l) {
        return Scripts.width(l) <= CARD_NAME_WIDTH && PERSON_NAME.matcher(l).matches();
    }

    /** "Voluntary announcement", "Kernaussagen": a label of the document's kind or a section, never part of a headline. */
    private static boolean isKindLabel(String p) {
        String bare = p.strip().replaceAll("[:：.]+$", "").toLowerCase(Locale.ROOT);
        GenreRules rules = GenreRules.get();
        return rules.notTitleLabels.contains(bare) || rules.documentKinds.contains(bare);
    }

    /**
     * A site's menu set on one line among the very first ("Site · Home  Markets  Discover  Search"): four
     * short parts or more, two of them menu words, no sentence; or a line of menu words only ("Login / Register").
     */
    private static void dropSiteMenuLine(String[] lines, boolean[] drop) {
        int seen = 0;
        for (int i = 0; i < lines.length && seen < MENU_LINE_DEPTH; i++) {
            String l = lines[i].strip();
            if (l.isEmpty()) {
                continue;
            }
            seen++;
            if (drop[i] || Scripts.width(l) > MAX_MENU_LINE_WIDTH || SENTENCE_PUNCTUATION.matcher(l).find()) {
                continue;
            }
            String[] parts = MENU_SEPARATOR.split(l);
            int menuWords = 0;
            boolean short_ = true;
            for (String part : parts) {
                String p = part.strip().toLowerCase(Locale.ROOT);
                short_ &= Scripts.width(p) <= NAV_ITEM_WIDTH;
                menuWords += !p.isEmpty() && BoilerplateVocabulary.get().menuWords.segments(p) ? 1 : 0;
            }
            // a menu, or a line of nothing but menu words ("Login / Register")
            drop[i] = short_ && (parts.length >= MIN_NAV_ITEMS && menuWords >= 2 || parts.length >= 2 && menuWords == parts.length);
        }
    }

    /**
     * The author's name on its own line right above the post's stamp or meta line ("Jane Doe" over
     * "Oct 14, 2024 · 8 min read", a name over "2025-02-27 21:14 · 来自…"), at the top, when a headline
     * follows: the author, not the headline.
     */
    private void dropNameAboveStamp(String[] lines, boolean[] drop) {
        int first = -1;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank() && !drop[i]) {
                first = i;
                break;
            }
        }
        if (first < 0 || first + 1 >= lines.length || lines[first + 1].isBlank() || !drop[first + 1]
                || !EngagementLines.hasDate(lines[first + 1])) {
            return;
        }
        String name = lines[first].strip();
        if (Scripts.width(name) > CARD_NAME_WIDTH || SENTENCE_PUNCTUATION.matcher(name).find()
                || name.chars().anyMatch(Character::isDigit)) {
            return;
        }
        for (int k = first + 2; k < lines.length; k++) {
            String next = lines[k].strip();
            if (next.isEmpty() || drop[k]) {
                continue;
            }
            if (Scripts.width(next) <= MAX_HEADLINE_WIDTH && !next.endsWith("。") && !next.endsWith(".")) {
                drop[first] = true;
            }
            return;
        }
    }

    /** Runs of short items at the very top (a site's menu, a topic list), unless the article itself names them. */
    private static void dropNavigation(String[] lines, boolean[] drop, int coreStart, String body) {
        int i = 0;
        while (i < coreStart) {
            List<Integer> run = new ArrayList<>();
            int j = i;
            for (; j < coreStart; j++) {
                String l = lines[j].strip();
                if (l.isEmpty()) {
                    if (!run.isEmpty()) {
                        break;
                    }
                    continue;
                }
                if (drop[j]) {
                    run.add(j);
                    continue;
                }
                if (Scripts.width(l) > NAV_ITEM_WIDTH || Scripts.endsSentence(l) || FIGURE.matcher(l).find()) {
                    break;
                }
                run.add(j);
            }
            long named = run.stream().filter(k -> !drop[k] && body.contains(lines[k].strip())).count();
            if (run.size() < MIN_NAV_ITEMS || named * 2 >= run.size()) {
                return; // the menu ends where the first block that is not one begins
            }
            run.forEach(k -> drop[k] = true);
            i = j;
        }
    }

    /** Three or more label–value lines (or two-cell table rows) in a row outside the article, without figures. */
    private static void dropFieldRuns(String[] lines, boolean[] drop, int from, int to) {
        List<Integer> run = new ArrayList<>();
        boolean figures = false;
        for (int i = from; i <= to; i++) {
            String l = i < to ? lines[i] : null;
            if (l != null && l.isBlank()) {
                continue;
            }
            boolean continuation = l != null && !run.isEmpty() && (l.startsWith("\t") || l.startsWith("  ")) && Scripts.width(l) <= 80;
            if (l != null && (isField(l.strip()) && !isStandingHeadline(lines, i) && !hasHeadlineValue(l.strip()) || continuation)) {
                run.add(i);
                figures |= FIGURE.matcher(l).find();
                continue;
            }
            if (run.size() >= MIN_FIELD_RUN && !figures) {
                run.forEach(k -> drop[k] = true);
            }
            run.clear();
            figures = false;
        }
    }

    /**
     * The document's first line is its headline's place, whatever its shape ("Acme: results beat the guidance"),
     * when a blank line sets it apart or its "value" is as long as a headline's second half.
     */
    private static boolean isStandingHeadline(String[] lines, int i) {
        for (int k = 0; k < i; k++) {
            if (!lines[k].isBlank()) {
                return false;
            }
        }
        String l = lines[i].strip();
        var field = FIELD.matcher(l);
        boolean longValue = field.matches() && Scripts.width(field.group(3)) >= HEADLINE_VALUE_WIDTH;
        return (i + 1 >= lines.length || lines[i + 1].isBlank() || longValue) && !TWO_CELLS.matcher(l).matches();
    }

    /** "Nvidia: the chip that ate the data centre": a headline's second half, not a property's value. */
    private static boolean hasHeadlineValue(String l) {
        var field = FIELD.matcher(l);
        if (!field.matches() || field.group(2).contains("\t")) {
            return false;
        }
        String value = field.group(3);
        return Scripts.width(value) >= HEADLINE_VALUE_WIDTH && value.chars().noneMatch(Character::isDigit)
                && !value.contains("http") && !value.contains("@");
    }

    /** "Acme Research | Sector study", "研究所｜內部備忘錄": a banner of short parts naming source and kind. */
    static boolean isPartsBanner(String l) {
        String[] parts = BANNER_SEPARATOR.split(l.strip());
        if (parts.length < 2 || Scripts.width(l) > 60) {
            return false;
        }
        for (String part : parts) {
            if (part.isBlank() || Scripts.width(part.strip()) > 20) {
                return false;
            }
        }
        return true;
    }

    static boolean isField(String l) {
        if (Scripts.width(l) > 160) {
            return false;
        }
        var cells = TWO_CELLS.matcher(l);
        if (cells.matches()) {
            return true;
        }
        var m = FIELD.matcher(l);
        return m.matches() && Scripts.width(m.group(1)) <= 24 && m.group(1).strip().split("\\s+").length <= 4
                && !Scripts.endsSentence(m.group(3)) && m.group(3).indexOf('。') < 0 || m.matches() && m.group(2).contains("\t");
    }

    /**
     * Above the article: a line of several labelled fields ("Agency: X / Keywords: Y"), and a company's legal
     * name standing alone or a note in brackets (an issuer block, a letterhead), which is never the headline.
     */
    private void dropHeadFieldsAndIssuer(String[] lines, boolean[] drop, int coreStart) {
        for (int i = 0; i < coreStart; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || drop[i] || Scripts.width(l) > 120) {
                continue;
            }
            long fields = FIELD_IN_LINE.matcher(l).results().count();
            drop[i] = fields >= 2 || PARENTHETICAL.matcher(l).matches() || isTranslatedName(lines, i);
        }
    }

    /**
     * An issuer's name in capitals under the same name in Chinese: the translation goes, the name the article
     * speaks of stays (the figures below are the issuer's).
     */
    private boolean isTranslatedName(String[] lines, int i) {
        String l = lines[i].strip();
        if (!isLegalName(l) || l.chars().anyMatch(Character::isLowerCase) || l.codePoints().anyMatch(Scripts::isHan)) {
            return false;
        }
        for (int k = i - 1; k >= 0; k--) {
            String above = lines[k].strip();
            if (!above.isEmpty()) {
                return isLegalName(above) && above.codePoints().anyMatch(Scripts::isHan);
            }
        }
        return false;
    }

    /** "CLOUDPEAK HOLDINGS LIMITED", "雲岫智能科技控股有限公司", "Acme Robotics AG": a company's name, nothing else. */
    boolean isLegalName(String l) {
        if (Scripts.width(l) > 60 || CLAUSE_PUNCTUATION.matcher(l).find() || l.indexOf(':') >= 0 || l.indexOf('：') >= 0) {
            return false;
        }
        String lower = l.toLowerCase(Locale.ROOT);
        boolean han = l.codePoints().allMatch(cp -> Scripts.isHan(cp) || Character.isWhitespace(cp));
        for (String form : legalForms) {
            if (!lower.endsWith(form)) {
                continue;
            }
            if (han) {
                return form.codePoints().allMatch(Scripts::isHan);
            }
            String before = lower.substring(0, lower.length() - form.length());
            boolean wordBoundary = before.endsWith(" ");
            String[] words = l.split("\\s+");
            boolean capitalised = java.util.Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.codePointAt(0)) || !Character.isLetter(w.codePointAt(0)));
            if (wordBoundary && capitalised && words.length <= 6) {
                return true;
            }
        }
        return false;
    }

    /**
     * Counters and buttons below the article (two among four lines, in the last part of the text) end it: what
     * follows is comments, prompts and the site's footer. A date stamp just above them goes with them.
     */
    private void dropBelowCounters(String[] lines, boolean[] drop, int totalChars) {
        int lastWideLine = -1;
        for (int k = lines.length - 1; k >= 0 && lastWideLine < 0; k--) {
            lastWideLine = Scripts.width(lines[k]) > MAX_TAIL_LINE_WIDTH ? k : -1;
        }
        int before = 0;
        for (int i = 0; i < lines.length; i++) {
            before += lines[i].length() + 1;
            String l = lines[i].strip();
            if (l.isEmpty() || before < totalChars * TAIL_SHARE || !engagement.matches(l)) {
                continue;
            }
            if (countersNear(lines, i) < 2 || i < lastWideLine) {
                continue;
            }
            int start = i;
            for (int k = i - 1; k >= 0; k--) {
                String above = lines[k].strip();
                if (above.isEmpty() || drop[k]) {
                    continue;
                }
                if (Scripts.width(above) <= EngagementLines.MAX_WIDTH && EngagementLines.hasDate(above) && !Scripts.endsSentence(above)) {
                    start = k;
                    continue;
                }
                break;
            }
            for (int k = start; k < lines.length; k++) {
                drop[k] = true;
            }
            return;
        }
    }

    private int countersNear(String[] lines, int from) {
        int seen = 0;
        int counters = 0;
        for (int k = from; k < lines.length && seen < 4; k++) {
            String l = lines[k].strip();
            if (!l.isEmpty()) {
                seen++;
                counters += engagement.matches(l) ? 1 : 0;
            }
        }
        return counters;
    }
}
