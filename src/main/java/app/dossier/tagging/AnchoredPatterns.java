package app.dossier.tagging;

import org.ahocorasick.trie.PayloadTrie;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discovery patterns that each contain one word of a list (a legal form, a company word, a funding verb),
 * found as {@code pattern.matcher(text).find()} would find them, but without running the pattern over the
 * whole text: one Aho–Corasick pass finds the words of every pattern, and a pattern is run only where its
 * word is. A pattern that opens with its word is tried at the word's position only; one whose word comes
 * after a name is run over the line of the word (none of these patterns crosses a line break).
 */
final class AnchoredPatterns {
    /** unanchored: the word list was empty or held an empty word, so the pattern can match anywhere: run in full. */
    private record Anchored(Pattern pattern, boolean opensWithWord, boolean unanchored) {
    }

    private final List<Anchored> patterns = new ArrayList<>();
    private final Map<Pattern, Integer> indexOf = new IdentityHashMap<>();
    private final Map<String, List<Integer>> wordsToPatterns = new LinkedHashMap<>();
    private PayloadTrie<int[]> words;

    /** @param opensWithWord the match starts where the word starts ("Startup X", "investiert in X") */
    AnchoredPatterns add(Pattern pattern, List<String> anchorWords, boolean opensWithWord) {
        int index = patterns.size();
        boolean unanchored = anchorWords.isEmpty() || anchorWords.stream().anyMatch(String::isEmpty);
        patterns.add(new Anchored(pattern, opensWithWord, unanchored));
        indexOf.put(pattern, index);
        for (String w : anchorWords) {
            if (!w.isEmpty()) {
                wordsToPatterns.computeIfAbsent(w, k -> new ArrayList<>()).add(index);
            }
        }
        return this;
    }

    AnchoredPatterns build() {
        PayloadTrie.PayloadTrieBuilder<int[]> trie = PayloadTrie.builder();
        wordsToPatterns.forEach((w, list) -> trie.addKeyword(w, list.stream().mapToInt(Integer::intValue).toArray()));
        words = trie.build();
        return this;
    }

    /** Where the words of every pattern occur in one text. */
    final class Scan {
        private final String text;
        private final int[][] wordStarts;

        private Scan(String text) {
            this.text = text;
            List<List<Integer>> starts = new ArrayList<>();
            patterns.forEach(p -> starts.add(new ArrayList<>()));
            words.parseText(text, emit -> {
                for (int p : emit.getPayload()) {
                    starts.get(p).add(emit.getStart());
                }
                return true;
            });
            wordStarts = new int[patterns.size()][];
            for (int p = 0; p < wordStarts.length; p++) {
                wordStarts[p] = starts.get(p).stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
            }
        }

        /** Every match of the pattern, left to right, not overlapping: what a find() loop over the text yields. */
        List<MatchResult> matches(Pattern pattern) {
            int p = indexOf.get(pattern);
            Matcher m = pattern.matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            List<MatchResult> out = new ArrayList<>();
            if (patterns.get(p).unanchored()) {
                while (m.find()) {
                    out.add(m.toMatchResult());
                }
            } else if (patterns.get(p).opensWithWord()) {
                atWords(m, wordStarts[p], out);
            } else {
                onLinesOfWords(m, wordStarts[p], out);
            }
            return out;
        }

        private void atWords(Matcher m, int[] starts, List<MatchResult> out) {
            int searchFrom = 0;
            for (int start : starts) {
                if (start < searchFrom) {
                    continue;
                }
                m.region(start, text.length());
                if (m.lookingAt()) {
                    out.add(m.toMatchResult());
                    searchFrom = m.end() > start ? m.end() : start + 1;
                }
            }
        }

        private void onLinesOfWords(Matcher m, int[] starts, List<MatchResult> out) {
            int lineEnd = -1;
            for (int start : starts) {
                if (start <= lineEnd) {
                    continue;
                }
                int lineStart = text.lastIndexOf('\n', start - 1) + 1;
                lineEnd = text.indexOf('\n', start);
                lineEnd = lineEnd < 0 ? text.length() : lineEnd;
                m.region(lineStart, lineEnd);
                while (m.find()) {
                    out.add(m.toMatchResult());
                }
            }
        }
    }

    Scan scan(String text) {
        return new Scan(text);
    }

    /** For the test that compares with plain find() loops. */
    List<Pattern> patterns() {
        return patterns.stream().map(Anchored::pattern).toList();
    }
}
