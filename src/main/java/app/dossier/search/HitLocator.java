package app.dossier.search;

import app.dossier.search.HitPattern.Step;
import app.dossier.search.HitPattern.TermMatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Finds where a query's words and phrases occur in a report's original text. Offsets come from the
 * analyser, so they point into the original characters even where the index folded script, width or
 * case: 智譜 is marked in a traditional text searched with 智谱. For indexed reports the offsets are read
 * from the postings; any other text is analysed on the fly with the same analyser.
 */
final class HitLocator {

    /** One occurrence [start, end) in UTF-16 offsets; pattern is the index of the query part found. */
    record Span(int start, int end, int pattern) {
    }

    /** Enough for compounds of a real vocabulary; a two-letter prefix typed so far may match more. */
    private static final int MAX_EXPANSIONS = 512;

    private record Occurrence(int position, int start, int end) {
    }

    /** Occurrences of each step of each pattern: found.get(pattern)[step]. */
    private static final class Found {
        final List<List<Occurrence>[]> byPattern = new ArrayList<>();

        @SuppressWarnings("unchecked")
        Found(List<HitPattern> patterns) {
            for (HitPattern pattern : patterns) {
                List<Occurrence>[] steps = new List[pattern.steps().size()];
                for (int i = 0; i < steps.length; i++) {
                    steps[i] = new ArrayList<>();
                }
                byPattern.add(steps);
            }
        }

        void add(int pattern, int step, Occurrence occurrence) {
            byPattern.get(pattern)[step].add(occurrence);
        }
    }

    private final Analyzer surfaceAnalyzer;

    HitLocator(Analyzer surfaceAnalyzer) {
        this.surfaceAnalyzer = surfaceAnalyzer;
    }

    /**
     * Every occurrence in each of the given indexed reports, from the offsets in the postings: each query
     * term's postings are read once for all the reports of a segment, without analysing any text.
     * A term that matches very many index terms (a short prefix) is expanded only so far.
     */
    List<List<Span>> locate(IndexReader reader, int[] docs, List<HitPattern> patterns) throws IOException {
        Found[] found = new Found[docs.length];
        for (int i = 0; i < docs.length; i++) {
            found[i] = new Found(patterns);
        }
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
        for (LeafReaderContext leaf : reader.leaves()) {
            int[] inLeaf = Arrays.stream(order).mapToInt(Integer::intValue)
                    .filter(i -> docs[i] >= leaf.docBase && docs[i] < leaf.docBase + leaf.reader().maxDoc()).toArray();
            if (inLeaf.length == 0) {
                continue;
            }
            for (int p = 0; p < patterns.size(); p++) {
                List<Step> steps = patterns.get(p).steps();
                for (int s = 0; s < steps.size(); s++) {
                    for (Query source : steps.get(s).sources()) {
                        collect(leaf, source, docs, inLeaf, found, p, s);
                    }
                }
            }
        }
        List<List<Span>> spans = new ArrayList<>(docs.length);
        for (Found f : found) {
            spans.add(spans(f, patterns));
        }
        return spans;
    }

    private static void collect(LeafReaderContext leaf, Query source, int[] docs, int[] inLeaf, Found[] found,
                                int pattern, int step) throws IOException {
        TermsEnum terms;
        if (source instanceof TermQuery term) {
            Terms field = leaf.reader().terms(term.getTerm().field());
            terms = field == null ? null : field.iterator();
            if (terms == null || !terms.seekExact(term.getTerm().bytes())) {
                return;
            }
            readPostings(terms, leaf, docs, inLeaf, found, pattern, step);
        } else if (source instanceof MultiTermQuery multi) {
            Terms field = leaf.reader().terms(multi.getField());
            terms = field == null ? null : multi.getTermsEnum(field);
            for (int n = 0; terms != null && n < MAX_EXPANSIONS && terms.next() != null; n++) {
                readPostings(terms, leaf, docs, inLeaf, found, pattern, step);
            }
        }
    }

    private static void readPostings(TermsEnum terms, LeafReaderContext leaf, int[] docs, int[] inLeaf, Found[] found,
                                     int pattern, int step) throws IOException {
        PostingsEnum postings = terms.postings(null, PostingsEnum.OFFSETS);
        for (int i : inLeaf) {
            int target = docs[i] - leaf.docBase;
            int at = postings.docID() < target ? postings.advance(target) : postings.docID();
            if (at == PostingsEnum.NO_MORE_DOCS) {
                return;
            }
            if (at == target) {
                for (int n = postings.freq(); n > 0; n--) {
                    int position = postings.nextPosition();
                    found[i].add(pattern, step, new Occurrence(position, postings.startOffset(), postings.endOffset()));
                }
            }
        }
    }

    /** Every occurrence in any text, by analysing it. */
    List<Span> locate(String text, List<HitPattern> patterns) {
        if (text == null || text.isEmpty() || patterns.isEmpty()) {
            return List.of();
        }
        Found found = new Found(patterns);
        try (TokenStream stream = surfaceAnalyzer.tokenStream(IndexFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                String surface = term.toString();
                boolean cjk = DossierAnalyzer.isCjk(surface);
                String stem = cjk ? surface : Stemming.stem(surface);
                boolean tailCandidate = !cjk && surface.length() >= DossierAnalyzer.MIN_TAIL_WORD_LENGTH
                        && Stemming.isStemmable(surface);
                for (int p = 0; p < patterns.size(); p++) {
                    List<Step> steps = patterns.get(p).steps();
                    for (int s = 0; s < steps.size(); s++) {
                        TermMatcher matcher = steps.get(s).matcher();
                        if (matcher.matchesStem(stem) || (tailCandidate && steps.size() == 1 && matcher.matchesTail(surface))) {
                            found.add(p, s, new Occurrence(position, offset.startOffset(), offset.endOffset()));
                        }
                    }
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spans(found, patterns);
    }

    /** Joins the occurrences of each pattern's steps into runs at the right relative positions. */
    private static List<Span> spans(Found found, List<HitPattern> patterns) {
        List<Span> spans = new ArrayList<>();
        for (int p = 0; p < patterns.size(); p++) {
            List<Step> steps = patterns.get(p).steps();
            List<Occurrence>[] occurrences = found.byPattern.get(p);
            if (steps.size() == 1) {
                for (Occurrence o : occurrences[0]) {
                    spans.add(new Span(o.start(), o.end(), p));
                }
                continue;
            }
            List<Map<Integer, Occurrence>> atPosition = new ArrayList<>();
            for (List<Occurrence> list : occurrences) {
                Map<Integer, Occurrence> map = new HashMap<>();
                list.forEach(o -> map.putIfAbsent(o.position(), o));
                atPosition.add(map);
            }
            for (Occurrence first : occurrences[0]) {
                int start = first.start();
                int end = first.end();
                boolean complete = true;
                for (int s = 1; s < steps.size() && complete; s++) {
                    int base = first.position() - steps.get(0).relativePosition();
                    Occurrence next = atPosition.get(s).get(base + steps.get(s).relativePosition());
                    if (next == null) {
                        complete = false;
                    } else {
                        start = Math.min(start, next.start());
                        end = Math.max(end, next.end());
                    }
                }
                if (complete) {
                    spans.add(new Span(start, end, p));
                }
            }
        }
        return merge(spans);
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
