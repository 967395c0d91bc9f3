package app.dossier.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.text.Transliterator;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises the counters and buttons platforms set around a post ("2.1K Followers", "86 条评论",
 * "Reply · Share", "来自雪球"): lines no article sentence looks like. Words from importing/edge-chrome.json.
 */
final class EngagementLines {
    static final int MAX_WIDTH = 72; // "发布于 date time · 来自 platform · 修改于 date time" is 62 columns wide
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。，,；;！？]|[.!?](\\s|$)");
    private static final Pattern PART_SEPARATORS = Pattern.compile("\\s*[·•・|｜]\\s*|\\s{2,}|\\t");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d[\\d,.]*(\\s?[kKmMwW](?!\\p{L})|\\s?[万千])?\\+?");
    /** A post's age as platforms print it: "1 Woche", "6 Tg.", "3w", "2 hours ago", "5天前", "3 小時前". */
    private static final String RELATIVE_TIME = "(?i)(^|\\s)\\d{1,3}\\s?(min|mins|minutes?|std|stunden?|h|hrs?|hours?|tg|tage?n?|d|days?|"
            + "wochen?|w|wk|weeks?|mon|monate?n?|mo|months?|j|jahre?n?|y|yr|years?)\\.?(\\s+ago)?(?=\\s|$|[·•|])(?!\\s+read)"
            + "|(?i)vor\\s\\d{1,3}\\s\\p{L}{1,8}|\\d{1,3}\\s?(分钟|分鐘|小时|小時|天|周|週|个月|個月|年)前";
    private static final Pattern DATE_PART = Pattern.compile(
            "(19|20)\\d\\d[-/.年]\\s?\\d{1,2}|\\d{1,2}[-/.月]\\d{1,2}(日)?(\\s|$)|\\d{1,2}:\\d\\d|"
                    + "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez)[a-z]*\\.?\\s+\\d|"
                    + RELATIVE_TIME);
    private static final Pattern AGE_ONLY = Pattern.compile("^[·•]?\\s*(" + RELATIVE_TIME + ")\\s*(ago)?$", Pattern.CASE_INSENSITIVE);
    /** "查看全部 412 个回答": a counter's label is short. */
    private static final int MAX_COUNTER_LABEL_WIDTH = 16;

    private final BoilerplateVocabulary.PhraseMatcher vocabulary;
    private final List<String> counterMarkers;
    private final List<String> stamps;
    /** "min read", "Lesezeit", "分钟阅读": a post's reading time, which with a number marks the post's meta line. */
    private final List<String> readingTimes;
    /** "本文约…字", "words", "分钟": the text's length and the unit of its reading time, beside a reading time. */
    private final List<String> lengthWords;

    EngagementLines(JsonNode node, JsonNode readingTimeNode, Transliterator hant, Transliterator hans) {
        readingTimes = List.copyOf(BoilerplateVocabulary.bothScripts(readingTimeNode.path("phrases"), hant, hans));
        // longest first, so "本文约" goes before "字" could split it
        lengthWords = BoilerplateVocabulary.bothScripts(readingTimeNode.path("lengthWords"), hant, hans).stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        vocabulary = new BoilerplateVocabulary.PhraseMatcher(BoilerplateVocabulary.bothScripts(node.path("words"), hant, hans)
                .stream().map(w -> w.replace(" ", "")).collect(Collectors.toSet()));
        counterMarkers = List.copyOf(BoilerplateVocabulary.bothScripts(node.path("counterMarkers"), hant, hans));
        stamps = BoilerplateVocabulary.bothScripts(node.path("stamps"), hant, hans).stream().map(w -> w.replace(" ", "")).toList();
    }

    /** "7 hr. ago", "vor 3 Stunden", "5天前": a post's age and nothing else. */
    static boolean isAgeOnly(String line) {
        return Scripts.width(line) <= 24 && AGE_ONLY.matcher(line.strip()).matches();
    }

    static boolean hasDate(String line) {
        return DATE_PART.matcher(line).find();
    }

    /**
     * A counter or button line: its parts (between "·", "|" or wide gaps) are counters ("2.1K Followers",
     * "86 条评论"), buttons ("Reply", "分享"), platform stamps ("IP 属地上海", "来自雪球") or dates, and one
     * at least is not a date.
     */
    boolean matches(String line) {
        if (line.length() > MAX_WIDTH || Scripts.width(line) > MAX_WIDTH) {
            return false; // most lines of a long text stop here, before any pattern runs
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (isMetaLine(lower)) {
            return true;
        }
        String unspaced = lower.replace(" ", ""); // the vocabulary and stamps are kept without spaces
        if (vocabulary.find(unspaced).count() == 0 && counterMarkers.stream().noneMatch(lower::contains)
                && stamps.stream().noneMatch(unspaced::contains)) {
            return false; // no word of a counter or button at all: the patterns below need not run
        }
        String bare = line.replaceAll("[.…]+$", "");
        if (SENTENCE_PUNCTUATION.matcher(NUMBER.matcher(bare).replaceAll("0")).find()) {
            return false;
        }
        boolean engaged = false;
        for (String part : PART_SEPARATORS.split(bare)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (isEngagementPart(p)) {
                engaged = true;
            } else if (!DATE_PART.matcher(p).find()) {
                return false;
            }
        }
        return engaged;
    }

    /**
     * "Jane Doe Oct 14, 2024 8 min read", "5 Min. Lesezeit": a reading time and a number, with at most the
     * author's name and a date beside them. Spans of a post's meta block come out as one line.
     */
    private boolean isMetaLine(String lower) {
        String readingTime = readingTimes.stream().filter(lower::contains).findFirst().orElse(null);
        if (readingTime == null || lower.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        String rest = DATE_PART.matcher(lower.replace(readingTime, " ")).replaceAll(" ");
        for (String w : lengthWords) {
            rest = rest.replace(w, " ");
        }
        rest = NUMBER.matcher(rest).replaceAll(" ").replaceAll("[\\s·•|｜,，:：()（）/-]+", " ").strip();
        boolean dated = DATE_PART.matcher(lower).find();
        long words = rest.isEmpty() ? 0 : rest.split(" ").length;
        return !SENTENCE_PUNCTUATION.matcher(rest).find() && words <= (dated ? 4 : 2) && Scripts.width(rest) <= 30;
    }

    private boolean isEngagementPart(String part) {
        // a date before a stamp ("10月9日 21:37 来自 iPhone") and the "+" of a follow button are no words
        String lower = DATE_PART.matcher(part.toLowerCase(Locale.ROOT)).replaceAll(" ");
        String words = NUMBER.matcher(lower).replaceAll(" ").replaceAll("[\\s()（）\\[\\]/:：+]+", "");
        if (words.isEmpty()) {
            return false;
        }
        if (vocabulary.segments(words) || startsWithStamp(words)) {
            return true;
        }
        // "查看全部 412 个回答", "2,318 人赞同了该回答": a number with a short label naming a counter
        boolean counted = NUMBER.matcher(lower).find() && Scripts.width(words) <= MAX_COUNTER_LABEL_WIDTH;
        return counted && counterMarkers.stream().anyMatch(words::contains);
    }

    /** "来自雪球", "修改于04-07", "ip属地上海": a platform's stamp of place, client or edit, with its value. */
    private boolean startsWithStamp(String words) {
        return stamps.stream().anyMatch(words::startsWith);
    }
}
