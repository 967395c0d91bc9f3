package app.dossier.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Paragraphs, sentences and clauses of a text as offset ranges. A figure's company and metric are looked
 * for in its clause first, then its sentence, then the sentence before, and never across a paragraph.
 */
final class TextSegments {
    record Span(int start, int end) {
        boolean contains(int pos) {
            return pos >= start && pos < end;
        }
    }

    private static final String SENTENCE_ENDS = "。！？!?；;";
    private static final String CLAUSE_ENDS = "，、：:—|";
    private static final String CLOSERS = "”’\"'」』）)*_";
    private static final Set<String> ABBREVIATIONS = Set.of("mrd", "mio", "bio", "ca", "bzw", "nr", "dr", "vs",
            "inc", "co", "corp", "ltd", "st", "u.a", "z.b", "etc", "tsd", "mr", "mrs", "ms", "no", "jan", "feb", "aug", "sept", "okt", "nov", "dez", "dec", "oct");

    /**
     * A run of text with no sentence end (a table flattened onto one line, a scraped list of figures) is
     * cut into sentences of about this length, so that looking around a figure costs the same however long
     * the line is: the context of a figure is never thousands of characters away.
     */
    static final int MAX_SENTENCE = 1_000;

    private final int length;
    private final int[] paragraphStarts;
    private final int[] sentenceStarts;
    private final int[] clauseStarts;

    TextSegments(String text) {
        this(text, null);
    }

    /** @param layout when given, every line of a heading, list item, key–value line or table row is a paragraph of its own */
    TextSegments(String text, DocumentLayout layout) {
        length = text.length();
        List<Integer> para = new ArrayList<>(List.of(0));
        List<Integer> sent = new ArrayList<>(List.of(0));
        List<Integer> clause = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && (isParagraphBreak(text, i) || structuralBreak(layout, i))) {
                add(para, i + 1);
                add(sent, i + 1);
                add(clause, i + 1);
            } else if (SENTENCE_ENDS.indexOf(c) >= 0 || (c == '.' && endsSentence(text, i)) || c == '…' && capitalAfter(text, i)) {
                int after = skipClosers(text, i + 1);
                add(sent, after);
                add(clause, after);
            } else if (CLAUSE_ENDS.indexOf(c) >= 0 || (c == ',' && !betweenDigits(text, i))) {
                add(clause, i + 1);
            } else if (runsTooLong(sent, i, Character.isWhitespace(c))) {
                add(sent, i + 1);
                add(clause, i + 1);
            }
        }
        paragraphStarts = toArray(para);
        sentenceStarts = toArray(sent);
        clauseStarts = toArray(clause);
    }

    Span paragraph(int pos) {
        return span(paragraphStarts, pos);
    }

    Span sentence(int pos) {
        return span(sentenceStarts, pos);
    }

    Span clause(int pos) {
        return span(clauseStarts, pos);
    }

    /** The sentence before the one holding pos, if it lies in the same paragraph. */
    Span previousSentence(int pos) {
        Span current = sentence(pos);
        if (current.start() == 0) {
            return null;
        }
        Span prev = sentence(current.start() - 1);
        return paragraph(prev.start()).equals(paragraph(pos)) ? prev : null;
    }

    private Span span(int[] starts, int pos) {
        int idx = Arrays.binarySearch(starts, pos);
        int k = idx >= 0 ? idx : -idx - 2;
        int start = starts[Math.max(0, k)];
        int end = k + 1 < starts.length ? starts[k + 1] : length;
        return new Span(start, end);
    }

    private static boolean structuralBreak(DocumentLayout layout, int nl) {
        if (layout == null) {
            return false;
        }
        return layout.lineAt(nl).structural() || (nl + 1 < layout.length() && layout.lineAt(nl + 1).structural());
    }

    /** A blank line, or a line break after a finished sentence; a hard wrap inside a sentence is not a break. */
    private static boolean isParagraphBreak(String text, int nl) {
        int j = nl + 1;
        while (j < text.length() && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j < text.length() && text.charAt(j) == '\n') {
            return true;
        }
        int k = nl - 1;
        while (k >= 0 && (Character.isWhitespace(text.charAt(k)) || CLOSERS.indexOf(text.charAt(k)) >= 0) && text.charAt(k) != '\n') {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n' || "。！？!?.:：；;".indexOf(text.charAt(k)) >= 0;
    }

    /**
     * "Quillmark, $4 million … Brightfold, $11 million": an ellipsis before a capital separates items like a full stop;
     * "Speedinvest, Cherry Ventures … zogen mit" leaves a list open inside its sentence.
     */
    private static boolean capitalAfter(String text, int i) {
        int j = i + 1;
        if (j >= text.length() || !Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j < text.length() && Character.isUpperCase(text.charAt(j));
    }

    private static boolean endsSentence(String text, int dot) {
        if (dot + 1 < text.length() && !Character.isWhitespace(text.charAt(dot + 1))) {
            return false;
        }
        int w = dot;
        while (w > 0 && (Character.isLetterOrDigit(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, dot);
        if (ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        // "Am 12. Februar": a German ordinal, not the end of a sentence
        return !(word.length() <= 2 && !word.isEmpty() && word.chars().allMatch(Character::isDigit));
    }

    private static boolean betweenDigits(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }

    private static int skipClosers(String text, int i) {
        while (i < text.length() && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** Cut at a space once a sentence is too long; without spaces (Chinese), at twice the length anywhere. */
    private static boolean runsTooLong(List<Integer> sentenceStarts, int i, boolean space) {
        int length = i - sentenceStarts.get(sentenceStarts.size() - 1);
        return length >= 2 * MAX_SENTENCE || space && length >= MAX_SENTENCE;
    }

    private static void add(List<Integer> list, int pos) {
        if (list.get(list.size() - 1) < pos) {
            list.add(pos);
        }
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
