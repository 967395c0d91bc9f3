package app.dossier.search;

import app.dossier.search.HitPattern.Step;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Finds where a query's words and phrases occur in a report's original text by re-analysing it:
 * the analyser's offsets point into the original characters even where the index folded script,
 * width or case, so 智譜 is marked in a traditional text searched with 智谱.
 */
final class HitLocator {

    /** One occurrence [start, end) in UTF-16 offsets; pattern is the index of the query part found. */
    record Span(int start, int end, int pattern) {
    }

    private record Token(String surface, int position, int start, int end) {
    }

    private final Analyzer surfaceAnalyzer;

    HitLocator(Analyzer surfaceAnalyzer) {
        this.surfaceAnalyzer = surfaceAnalyzer;
    }

    /** Every occurrence, sorted by start; overlapping occurrences are merged. */
    List<Span> locate(String text, List<HitPattern> patterns) {
        if (text == null || text.isEmpty() || patterns.isEmpty()) {
            return List.of();
        }
        List<List<Token>> byPosition = analyze(text);
        String[][] stems = new String[byPosition.size()][];
        List<Span> found = new ArrayList<>();
        for (int position = 0; position < byPosition.size(); position++) {
            for (int p = 0; p < patterns.size(); p++) {
                Span span = matchAt(byPosition, stems, position, patterns.get(p).steps(), p);
                if (span != null) {
                    found.add(span);
                }
            }
        }
        return merge(found);
    }

    private static Span matchAt(List<List<Token>> byPosition, String[][] stems, int position, List<Step> steps,
                                int pattern) {
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (Step step : steps) {
            int at = position + step.relativePosition();
            if (at >= byPosition.size()) {
                return null;
            }
            Token match = null;
            List<Token> candidates = byPosition.get(at);
            for (int i = 0; i < candidates.size() && match == null; i++) {
                Token token = candidates.get(i);
                if (step.matcher().matches(token.surface(), stem(stems, byPosition, at, i))) {
                    match = token;
                }
            }
            if (match == null) {
                return null;
            }
            start = Math.min(start, match.start());
            end = Math.max(end, match.end());
        }
        return new Span(start, end, pattern);
    }

    private static String stem(String[][] stems, List<List<Token>> byPosition, int position, int index) {
        if (stems[position] == null) {
            stems[position] = new String[byPosition.get(position).size()];
        }
        String stem = stems[position][index];
        if (stem == null) {
            String surface = byPosition.get(position).get(index).surface();
            stem = DossierAnalyzer.isCjk(surface) ? surface : Stemming.stem(surface);
            stems[position][index] = stem;
        }
        return stem;
    }

    private List<List<Token>> analyze(String text) {
        List<List<Token>> byPosition = new ArrayList<>();
        try (TokenStream stream = surfaceAnalyzer.tokenStream(IndexFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                while (byPosition.size() <= position) {
                    byPosition.add(new ArrayList<>(2));
                }
                byPosition.get(position).add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byPosition;
    }

    private static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() < last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end()), last.pattern()));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }
}
