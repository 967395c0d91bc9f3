package app.dossier.search;

import app.dossier.search.HitLocator.Span;
import java.util.BitSet;
import java.util.List;

/** Chooses the best passage of a text for a result list and marks the hits in it. */
final class Snippets {
    static final String OPEN_MARK = "\u00AB";
    static final String CLOSE_MARK = "\u00BB";
    private static final String ELLIPSIS = "\u2026";
    /** How far a cut may move to land between words. */
    private static final int WORD_SLACK = 15;

    private final int length;

    Snippets(int length) {
        this.length = length;
    }

    /** The hit whose neighbourhood holds the most different parts of the query; the earliest on ties. */
    Span best(List<Span> spans) {
        Span best = null;
        int bestScore = -1;
        for (int i = 0; i < spans.size(); i++) {
            BitSet parts = new BitSet();
            int from = spans.get(i).start();
            for (int j = i; j < spans.size() && spans.get(j).end() - from <= length * 2 / 3; j++) {
                parts.set(spans.get(j).pattern());
            }
            if (parts.cardinality() > bestScore) {
                bestScore = parts.cardinality();
                best = spans.get(i);
            }
        }
        return best;
    }

    /** A one-line passage of about {@code length} characters around best, every hit in it between « and ». */
    String around(String text, Span best, List<Span> spans) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int hitStart = best == null ? 0 : best.start();
        int hitEnd = best == null ? 0 : best.end();
        int lead = Math.max(0, (length - (hitEnd - hitStart)) / 3);
        int from = toWordStart(text, Math.max(0, hitStart - lead), hitStart);
        int to = toWordEnd(text, Math.min(text.length(), Math.max(hitEnd, from + length)));
        StringBuilder out = new StringBuilder(to - from + 8);
        if (from > 0) {
            out.append(ELLIPSIS);
        }
        int cursor = from;
        for (Span span : spans) {
            if (span.end() <= from || span.start() >= to) {
                continue;
            }
            int s = Math.max(span.start(), from);
            int e = Math.min(span.end(), to);
            appendOneLine(out, text, cursor, s);
            out.append(OPEN_MARK);
            appendOneLine(out, text, s, e);
            out.append(CLOSE_MARK);
            cursor = e;
        }
        appendOneLine(out, text, cursor, to);
        if (to < text.length()) {
            out.append(ELLIPSIS);
        }
        return out.toString().strip();
    }

    private static int toWordStart(String text, int from, int limit) {
        if (from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1))) {
            return avoidSplitPair(text, from);
        }
        for (int i = from; i < Math.min(limit, from + WORD_SLACK); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return avoidSplitPair(text, from);
    }

    private static int toWordEnd(String text, int to) {
        if (to >= text.length() || !Character.isLetterOrDigit(text.charAt(to))) {
            return avoidSplitPair(text, to);
        }
        for (int i = to; i < Math.min(text.length(), to + WORD_SLACK); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return avoidSplitPair(text, to);
    }

    private static int avoidSplitPair(String text, int index) {
        if (index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))
                && Character.isHighSurrogate(text.charAt(index - 1))) {
            return index + 1;
        }
        return index;
    }

    /** CJK characters and punctuation: no space is written between them where a line was wrapped. */
    private static boolean isWide(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return DossierAnalyzer.isCjk(String.valueOf(c)) || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    /** Line breaks and runs of spaces become one space, none between two CJK characters. */
    private static void appendOneLine(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
                continue;
            }
            int last = out.length() - 1;
            if (last < 0 || out.charAt(last) == ' ') {
                continue;
            }
            boolean lineBreak = c == '\n' || c == '\r';
            boolean cjkJoin = lineBreak && i + 1 < text.length() && isWide(out.charAt(last)) && isWide(text.charAt(i + 1));
            if (!cjkJoin) {
                out.append(' ');
            }
        }
    }
}
