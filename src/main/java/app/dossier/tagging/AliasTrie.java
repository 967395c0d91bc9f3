package app.dossier.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A trie over folded, whitespace-free alias forms, built once per registry. */
final class AliasTrie {
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        List<AliasEntry> entries;
    }

    /** An alias found ending at compact index {@code end} (exclusive). */
    record Hit(AliasEntry entry, int start, int end) {
    }

    private final Node root = new Node();
    private int size;

    void add(String foldedCompact, AliasEntry entry) {
        if (foldedCompact.isEmpty()) {
            return;
        }
        Node n = root;
        for (int i = 0; i < foldedCompact.length(); i++) {
            n = n.next.computeIfAbsent(foldedCompact.charAt(i), k -> new Node());
        }
        if (n.entries == null) {
            n.entries = new ArrayList<>(1);
        }
        n.entries.add(entry);
        size++;
    }

    int size() {
        return size;
    }

    /** All aliases that start at {@code start} of the folded compact text, longest last. */
    List<Hit> hitsAt(char[] folded, int start) {
        List<Hit> hits = null;
        Node n = root;
        for (int i = start; i < folded.length; i++) {
            n = n.next.get(folded[i]);
            if (n == null) {
                break;
            }
            if (n.entries != null) {
                if (hits == null) {
                    hits = new ArrayList<>(2);
                }
                for (AliasEntry e : n.entries) {
                    hits.add(new Hit(e, start, i + 1));
                }
            }
        }
        return hits == null ? List.of() : hits;
    }
}
