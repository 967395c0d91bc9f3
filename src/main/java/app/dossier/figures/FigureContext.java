package app.dossier.figures;

import app.dossier.model.Mention;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What surrounds an amount: the time it is counted over, the period it belongs to, the passage to quote. */
final class FigureContext {
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])((?:19|20)\\d{2})(?![\\d.,]\\d)");
    private static final int PER_BEHIND = 30;
    private static final int WHOLE_YEAR_BEHIND = 60;
    private static final int WHOLE_YEAR_AHEAD = 40;
    /** "in 2026", "für 2025", "FY2024", "2026年" (not 2026年3月, 2026年第一季度, 2026年上半年). */
    private static final Pattern WHOLE_YEAR = Pattern.compile(
            "(?i)(?:(?<![\\p{L}\\d])(?:in|during|for|im|für|im\\s+Jahr|FY)\\s*(?:19|20)\\d{2}(?![\\d.,/-]\\d|\\s*[-–/]?\\s*(?:Q|H)\\d))"
            + "|(?:(?<!\\d)(?:19|20)\\d{2}年(?![\\d一二三四五六七八九十第上下前后後底初末中Q]|\\s*\\d))");
    private static final int PER_AHEAD = 15;
    private static final int CUE_QUALIFIER = 20;
    private static final int QUOTE_BEHIND = 60;
    private static final int QUOTE_AHEAD = 30;
    private static final int QUOTE_REACH_TO_COMPANY = 10;
    private static final String TRIM = " \t\r\n，,、：:；;。.!！?？—-*_";

    private final CueBook cues;

    FigureContext(CueBook cues) {
        this.cues = cues;
    }

    /** "month" for 每月 / pro Monat / per month, "year" for ARR / Jahresumsatz / 年营收, else null. */
    String per(String text, Amount a, TextSegments seg, MetricClassifier.Cue cue) {
        TextSegments.Span clause = seg.clause(a.numberStart());
        int from = Math.max(clause.start(), a.start() - PER_BEHIND);
        int to = Math.min(clause.end(), a.end() + PER_AHEAD);
        if (cue != null) {
            // "monthly cash burn is estimated at …": the period qualifies the cue, however far the amount
            // "Monthly burn — $0.8M": the qualifier may stand before a dash that ends the clause
            int cueFrom = Math.max(seg.sentence(a.numberStart()).start(), cue.start() - CUE_QUALIFIER);
            if (cues.perMonth.containsIn(text, cueFrom, cue.end())) {
                return "month";
            }
            if (perYear(text, cueFrom, cue.end())) {
                return "year";
            }
        }
        if (cues.perMonth.containsIn(text, from, to)) {
            return "month";
        }
        if (perYear(text, from, to)) {
            return "year";
        }
        return cues.perQuarter.containsIn(text, from, to) ? "quarter" : null;
    }

    /**
     * "burn $3 billion in 2026", "expects to burn $8.5 billion this year", "2026年烧掉…": a flow said of a
     * whole year (not of a month in it: "in March 2025", "2025年3月") is counted per year.
     */
    boolean statedForAYear(String text, Amount a, TextSegments seg) {
        TextSegments.Span sentence = seg.sentence(a.numberStart());
        int from = Math.max(sentence.start(), a.start() - WHOLE_YEAR_BEHIND);
        int to = Math.min(sentence.end(), a.end() + WHOLE_YEAR_AHEAD);
        if (cues.wholeYear.containsIn(text, from, to)) {
            return true;
        }
        return WHOLE_YEAR.matcher(text).region(from, to).find();
    }

    /** "a year" is a rate, "a year ago" a point in time. */
    private boolean perYear(String text, int from, int to) {
        for (PhraseSet.Hit h : cues.perYear.findIn(text, from, to)) {
            if (cues.previousYear.startingAt(text, h.start(), 24) < 0) {
                return true;
            }
        }
        return false;
    }

    /** The year (with half or quarter when stated) nearest before the amount in its sentence, else one after it in its clause. */
    String period(String text, Amount a, TextSegments seg) {
        TextSegments.Span sentence = seg.sentence(a.numberStart());
        Matcher m = YEAR.matcher(text);
        m.region(Math.min(sentence.start(), a.start()), a.start());
        int yearStart = -1;
        int yearEnd = -1;
        while (m.find()) {
            yearStart = m.start(1);
            yearEnd = m.end(1);
        }
        if (yearStart < 0) {
            TextSegments.Span clause = seg.clause(a.numberStart());
            m.region(a.end(), Math.max(a.end(), clause.end()));
            if (!m.find()) {
                return null;
            }
            yearStart = m.start(1);
            yearEnd = m.end(1);
        }
        String year = text.substring(yearStart, yearEnd);
        int from = Math.max(sentence.start(), yearStart - 20);
        for (boolean after : new boolean[]{true, false}) {
            String part = labelNear(cues.quarters, text, yearStart, yearEnd, from, after);
            part = part != null ? part : labelNear(cues.halves, text, yearStart, yearEnd, from, after);
            if (part != null) {
                return year + part;
            }
        }
        return year;
    }

    /** "2024年第三季度", "2024 H1" after the year; "first half of 2023", "ersten Quartal 2024" before it. */
    private static String labelNear(Map<String, PhraseSet> labelled, String text, int yearStart, int yearEnd, int from, boolean after) {
        for (Map.Entry<String, PhraseSet> e : labelled.entrySet()) {
            boolean found = after ? e.getValue().startingAt(text, skipYearSuffix(text, yearEnd), 8) >= 0
                    : e.getValue().containsIn(text, from, yearStart);
            if (found) {
                return e.getKey();
            }
        }
        return null;
    }

    private static int skipYearSuffix(String text, int pos) {
        return pos < text.length() && text.charAt(pos) == '年' ? pos + 1 : pos;
    }

    /** "這個數字", "diese Zahl", "this figure" before the amount point back to the previous figure. */
    boolean refersBack(String text, Amount a, TextSegments seg) {
        TextSegments.Span sentence = seg.sentence(a.numberStart());
        return cues.anaphora.containsIn(text, sentence.start(), a.start());
    }

    /** "up from $3.7 billion", "gegenüber 2 Milliarden": an earlier value of the figure just before, in the same sentence. */
    boolean comparesWithPrevious(String text, Amount a, TextSegments seg, int previousStart) {
        TextSegments.Span sentence = seg.sentence(a.numberStart());
        if (sentence.contains(previousStart)) {
            return cues.comparedWith.containsIn(text, Math.max(sentence.start(), a.start() - 20), a.start())
                    || namedAsEarlier(text, a);
        }
        // "… valued at $18 billion. Two funds led. That's up from $7 billion in the previous round": a later sentence
        // of the paragraph opens with it, and the figure before is the one it compares with
        return previousStart < sentence.start() && a.start() - sentence.start() <= SENTENCE_OPENING
                && cues.comparedWith.containsIn(text, sentence.start(), a.start());
    }

    private static final int SENTENCE_OPENING = 24;

    /**
     * "nach 5,8 Mrd. Euro im Sommer 2024", "waren es noch 5,8 Mrd.", "up from $260 million at the Series A": the word
     * right before the amount (a hedge may stand between) names it as an earlier value, whatever round it names after.
     */
    boolean namedAsEarlier(String text, Amount a) {
        int at = a.start();
        int hedge = cues.hedgesBefore.endingAt(text, at, 12);
        if (hedge >= 0) {
            at = hedge;
        }
        return cues.comparedRightBefore.endingAt(text, at, 16) >= 0;
    }

    /** "而在前一年" / "im Vorjahr": one year before the previous figure's period. */
    String yearBefore(String text, Amount a, TextSegments seg, String previousPeriod, String ownPeriod) {
        TextSegments.Span sentence = seg.sentence(a.numberStart());
        if (previousPeriod != null && previousPeriod.matches("\\d{4}")
                && cues.previousYear.containsIn(text, sentence.start(), a.start())) {
            return String.valueOf(Integer.parseInt(previousPeriod) - 1);
        }
        return ownPeriod;
    }

    /**
     * The clause holding the amount, reaching to the company when it is close, trimmed to a short passage
     * that starts and ends on word boundaries.
     */
    int[] quoteSpan(String text, Amount a, TextSegments seg, Mention company, boolean bracketed) {
        if (bracketed) {
            // "A（12 亿美元）和 B（8 亿美元）": each figure quotes its own name and bracket, so two never share a passage
            int close = a.end();
            while (close < text.length() && close < a.end() + 8 && "）)".indexOf(text.charAt(close)) < 0) {
                close++;
            }
            return new int[]{company.start(), close < text.length() && "）)".indexOf(text.charAt(close)) >= 0 ? close + 1 : a.end()};
        }
        TextSegments.Span clause = seg.clause(a.numberStart());
        TextSegments.Span sentence = seg.sentence(a.numberStart());
        int start = Math.max(clause.start(), a.start() - QUOTE_BEHIND);
        int end = Math.min(clause.end(), a.end() + QUOTE_AHEAD);
        if (company != null && sentence.contains(company.start()) && company.start() < start
                && a.start() - company.start() <= QUOTE_BEHIND + QUOTE_REACH_TO_COMPANY) {
            start = company.start();
        }
        if (company != null && sentence.contains(company.start()) && company.start() >= a.end()
                && company.end() - a.end() <= QUOTE_AHEAD) {
            end = Math.max(end, company.end()); // "出资5亿美元入股X"
        }
        end = Math.max(end, a.end());
        if (start > clause.start() && start < a.start() && isLatinLetter(text.charAt(start - 1))) {
            while (start < a.start() && !Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        if (end < clause.end() && end > a.end() && isLatinLetter(text.charAt(end))) {
            while (end > a.end() && !Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
        }
        while (start < a.start() && TRIM.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > a.end() && TRIM.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return new int[]{start, end};
    }

    private static boolean isLatinLetter(char c) {
        return Character.isLetterOrDigit(c) && c < 0x2E80;
    }
}
