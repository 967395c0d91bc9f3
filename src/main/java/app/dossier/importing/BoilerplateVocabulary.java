package app.dossier.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.Transliterator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The words of web-page chrome, from importing/boilerplate.json, with Chinese in both scripts. */
final class BoilerplateVocabulary {
    private static final String RESOURCE = "/importing/boilerplate.json";
    private static volatile BoilerplateVocabulary instance;

    final PhraseMatcher phrases;
    final PhraseMatcher menuWords;
    final PhraseMatcher bylineWords;
    final List<String> sourceLabels;

    private BoilerplateVocabulary(JsonNode root) {
        Transliterator toTraditional = Transliterator.getInstance("Hans-Hant");
        Transliterator toSimplified = Transliterator.getInstance("Hant-Hans");
        phrases = new PhraseMatcher(bothScripts(root.path("phrases"), toTraditional, toSimplified));
        menuWords = new PhraseMatcher(withUnspaced(bothScripts(root.path("menuWords"), toTraditional, toSimplified)));
        bylineWords = new PhraseMatcher(bothScripts(root.path("bylineWords"), toTraditional, toSimplified));
        sourceLabels = List.copyOf(bothScripts(root.path("sourceLabels"), toTraditional, toSimplified));
    }

    static BoilerplateVocabulary get() {
        BoilerplateVocabulary v = instance;
        if (v == null) {
            synchronized (BoilerplateVocabulary.class) {
                if (instance == null) {
                    instance = load();
                }
                v = instance;
            }
        }
        return v;
    }

    private static BoilerplateVocabulary load() {
        return new BoilerplateVocabulary(readJson(RESOURCE));
    }

    /** One of the importing package's data files. */
    static JsonNode readJson(String resource) {
        try (InputStream in = BoilerplateVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Menu words of several words ("sign in", "jetzt beitreten") also without their spaces: a line of menu
     * words is tested with its separators removed.
     */
    private static Set<String> withUnspaced(Set<String> words) {
        Set<String> out = new LinkedHashSet<>(words);
        words.forEach(w -> out.add(w.replace(" ", "")));
        return out;
    }

    static Set<String> bothScripts(JsonNode array, Transliterator toTraditional, Transliterator toSimplified) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode n : array) {
            String s = n.asText().toLowerCase(Locale.ROOT);
            out.add(s);
            out.add(toTraditional.transliterate(s));
            out.add(toSimplified.transliterate(s));
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /** Finds vocabulary occurrences in one pass over a line (a trie walked from each position). */
    static final class PhraseMatcher {
        private static final class Node {
            final java.util.Map<Character, Node> next = new java.util.HashMap<>();
            int length = -1;
        }

        private final Node root = new Node();
        private final List<String> all = new ArrayList<>();
        /** Characters that start some word: every other position is skipped without a map lookup. */
        private final boolean[] starts = new boolean[Character.MAX_VALUE + 1];

        PhraseMatcher(Set<String> words) {
            for (String w : words) {
                all.add(w);
                starts[w.charAt(0)] = true;
                Node n = root;
                for (char c : w.toCharArray()) {
                    n = n.next.computeIfAbsent(c, k -> new Node());
                }
                n.length = w.length();
            }
        }

        record Hits(int count, int coveredChars) {
        }

        /** Non-overlapping occurrences, longest first at each position. */
        Hits find(String line) {
            String s = line; // compared case-insensitively char by char: no lower-case copy per line
            int count = 0;
            int covered = 0;
            for (int i = 0; i < s.length(); ) {
                int longest = longestAt(s, i);
                if (longest > 0) {
                    count++;
                    covered += longest;
                    i += longest;
                } else {
                    i++;
                }
            }
            return new Hits(count, covered);
        }

        int longestAt(String s, int from) {
            if (!starts[Character.toLowerCase(s.charAt(from))]) {
                return -1;
            }
            Node n = root;
            int longest = -1;
            for (int i = from; i < s.length(); i++) {
                n = n.next.get(Character.toLowerCase(s.charAt(i)));
                if (n == null) {
                    break;
                }
                if (n.length > 0) {
                    longest = n.length;
                }
            }
            return longest;
        }

        /** Whether the whole text (already lower-case, separators removed) is a sequence of vocabulary words. */
        boolean segments(String s) {
            boolean[] reachable = new boolean[s.length() + 1];
            reachable[0] = true;
            for (int i = 0; i < s.length(); i++) {
                if (!reachable[i]) {
                    continue;
                }
                Node n = root;
                for (int j = i; j < s.length(); j++) {
                    n = n.next.get(s.charAt(j));
                    if (n == null) {
                        break;
                    }
                    if (n.length > 0) {
                        reachable[j + 1] = true;
                    }
                }
            }
            return s.length() > 0 && reachable[s.length()];
        }
    }
}
