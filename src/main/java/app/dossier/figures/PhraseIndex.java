package app.dossier.figures;

import org.ahocorasick.trie.PayloadTrie;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Aho–Corasick automaton over the literal openings of the phrases of several {@link PhraseSet}s (all
 * the cue sets of a book), so that one pass over a text finds the candidates of every set. The pass is made
 * once per text: kept for the thread's current long text and for its last few short ones (a company name
 * asked about at every amount), so asking about a name does not throw the long text's pass away.
 */
final class PhraseIndex {
    private static final int SHORT_TEXT = 512;
    private static final int SHORT_TEXTS_KEPT = 16;
    private static final ThreadLocal<TextScans> LONG_TEXT = new ThreadLocal<>();
    private static final ThreadLocal<TextScans[]> SHORT_TEXTS = ThreadLocal.withInitial(() -> new TextScans[SHORT_TEXTS_KEPT]);
    private static final ThreadLocal<int[]> NEXT_SHORT = ThreadLocal.withInitial(() -> new int[1]);

    /** No candidates: shared, as it has nothing to remember. */
    private static final Candidates NONE = new Candidates(new int[0], new int[0]);

    private final List<PhraseSet> sets;
    private final PayloadTrie<long[]> openings;

    /**
     * Candidates of one set in one text: phrase {@code phrase[i]} of the set may start at {@code start[i]}
     * (sorted by start, then longest phrase first). {@code end[i]}: where the phrase's regex, run once when
     * first asked, ends the match with nothing limiting it ({@link #UNCONFIRMED} before, -1 for no match).
     */
    static final class Candidates {
        static final int UNCONFIRMED = -2;
        final int[] start;
        final int[] phrase;
        final int[] end;
        /** One matcher per phrase of the set for this text, made when first needed. */
        java.util.regex.Matcher[] matchers;

        Candidates(int[] start, int[] phrase) {
            this.start = start;
            this.phrase = phrase;
            this.end = new int[start.length];
            Arrays.fill(end, UNCONFIRMED);
        }

        /** The first candidate at pos or after it. */
        int firstAtOrAfter(int pos) {
            int i = Arrays.binarySearch(start, pos);
            if (i < 0) {
                return -i - 1;
            }
            while (i > 0 && start[i - 1] == pos) {
                i--;
            }
            return i;
        }

        /** The first candidate at the next position after candidate i's. */
        int nextPosition(int i) {
            int pos = start[i];
            while (i < start.length && start[i] == pos) {
                i++;
            }
            return i;
        }
    }

    PhraseIndex(List<PhraseSet> sets) {
        this.sets = List.copyOf(sets);
        Map<String, List<Long>> byLiteral = new LinkedHashMap<>();
        for (int slot = 0; slot < this.sets.size(); slot++) {
            List<String> literals = this.sets.get(slot).literals();
            for (int k = 0; k < literals.size(); k++) {
                byLiteral.computeIfAbsent(literals.get(k), x -> new ArrayList<>()).add(pack(slot, k));
            }
        }
        PayloadTrie.PayloadTrieBuilder<long[]> trie = PayloadTrie.builder();
        byLiteral.forEach((literal, refs) -> trie.addKeyword(literal, refs.stream().mapToLong(Long::longValue).toArray()));
        openings = trie.build();
        for (int slot = 0; slot < this.sets.size(); slot++) {
            this.sets.get(slot).indexedBy(this, slot);
        }
    }

    /** Lets all the sets share one pass per text. */
    static void share(List<PhraseSet> sets) {
        List<PhraseSet> distinct = sets.stream().filter(s -> !s.isEmpty()).distinct().toList();
        if (!distinct.isEmpty()) {
            new PhraseIndex(distinct);
        }
    }

    private static long pack(int slot, int phrase) {
        return (long) slot << 32 | phrase;
    }

    /** The candidates of the set at {@code slot} in the text, from the text's one pass. */
    Candidates candidates(String text, int slot) {
        return scansOf(text).byIndex.computeIfAbsent(this, index -> index.scan(text))[slot];
    }

    private static TextScans scansOf(String text) {
        if (text.length() >= SHORT_TEXT) {
            TextScans scans = LONG_TEXT.get();
            if (scans == null || scans.text != text) {
                scans = new TextScans(text);
                LONG_TEXT.set(scans);
            }
            return scans;
        }
        TextScans[] kept = SHORT_TEXTS.get();
        for (TextScans scans : kept) {
            if (scans != null && scans.text == text) {
                return scans;
            }
        }
        int[] next = NEXT_SHORT.get();
        TextScans scans = new TextScans(text);
        kept[next[0]] = scans;
        next[0] = (next[0] + 1) % SHORT_TEXTS_KEPT;
        return scans;
    }

    private Candidates[] scan(String text) {
        long[][] found = new long[sets.size()][];
        int[] counts = new int[sets.size()];
        openings.parseText(fold(text), emit -> {
            int start = emit.getStart();
            for (long ref : emit.getPayload()) {
                int slot = (int) (ref >>> 32);
                long[] list = found[slot];
                if (list == null) {
                    list = found[slot] = new long[8];
                } else if (counts[slot] == list.length) {
                    list = found[slot] = Arrays.copyOf(list, list.length * 2);
                }
                list[counts[slot]++] = (long) start << 32 | (ref & 0xFFFFFFFFL);
            }
            return true;
        });
        Candidates[] out = new Candidates[sets.size()];
        for (int slot = 0; slot < out.length; slot++) {
            int n = counts[slot];
            if (n == 0) {
                out[slot] = NONE;
                continue;
            }
            long[] list = found[slot];
            Arrays.sort(list, 0, n);
            int[] start = new int[n];
            int[] phrase = new int[n];
            for (int i = 0; i < n; i++) {
                start[i] = (int) (list[i] >>> 32);
                phrase[i] = (int) list[i];
            }
            out[slot] = new Candidates(start, phrase);
        }
        return out;
    }

    /** Case folded per character, as {@link String#regionMatches(boolean, int, String, int, int)} compares. */
    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }

    static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** The passes over the thread's current long text, one per index. */
    private static final class TextScans {
        final String text;
        final Map<PhraseIndex, Candidates[]> byIndex = new IdentityHashMap<>(4);

        TextScans(String text) {
            this.text = text;
        }
    }
}
