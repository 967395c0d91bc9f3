package app.dossier.tagging;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Near-miss spellings of long Latin names ("Pincone" for Pinecone): Damerau-Levenshtein distance 1,
 * found through an index of single-deletion variants, so a token costs a few hash look-ups.
 */
final class FuzzyLatinIndex {
    static final int MIN_LENGTH = 7;
    private final Map<String, List<AliasEntry>> byDeletion = new HashMap<>();

    void add(String form, AliasEntry entry) {
        String key = form.toLowerCase(Locale.ROOT);
        if (key.length() < MIN_LENGTH || !key.chars().allMatch(c -> CharFolding.isLatinLetter((char) c))) {
            return;
        }
        put(key, entry);
        for (String d : deletions(key)) {
            put(d, entry);
        }
    }

    private void put(String key, AliasEntry entry) {
        List<AliasEntry> list = byDeletion.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(entry)) {
            list.add(entry);
        }
    }

    private static List<String> deletions(String s) {
        List<String> out = new ArrayList<>(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.add(s.substring(0, i) + s.substring(i + 1));
        }
        return out;
    }

    /** Capitalised tokens outside the exact mentions that are one edit away from a long name. */
    List<MatchContext.Candidate> find(MatchContext ctx, List<MatchContext.Candidate> exact) {
        List<MatchContext.Candidate> out = new ArrayList<>();
        String cased = ctx.cased();
        BitSet covered = new BitSet(cased.length());
        for (MatchContext.Candidate c : exact) {
            covered.set(c.start(), c.end());
        }
        int i = 0;
        int n = cased.length();
        while (i < n) {
            if (!CharFolding.isLatinLetter(cased.charAt(i)) || (i > 0 && CharFolding.isWordChar(cased.charAt(i - 1)))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && CharFolding.isLatinLetter(cased.charAt(j))) {
                j++;
            }
            boolean wordEnd = j == n || !CharFolding.isWordChar(cased.charAt(j));
            int firstCovered = covered.nextSetBit(i);
            boolean free = firstCovered == -1 || firstCovered >= j;
            if (wordEnd && free && j - i >= MIN_LENGTH - 1 && Character.isUpperCase(cased.charAt(i))) {
                AliasEntry e = lookup(cased.substring(i, j).toLowerCase(Locale.ROOT));
                if (e != null) {
                    out.add(new MatchContext.Candidate(e, i, j, -1, true));
                }
            }
            i = j;
        }
        return out;
    }

    private AliasEntry lookup(String token) {
        List<String> keys = new ArrayList<>(deletions(token));
        keys.add(token);
        for (String k : keys) {
            for (AliasEntry e : byDeletion.getOrDefault(k, List.of())) {
                String alias = e.compactCased().toLowerCase(Locale.ROOT);
                // typos rarely hit the first letter ("Partner" is not "Gartner"); a difference only in the last
                // letter is an inflection or another word ("Roboter" is not "Robotera")
                if (!alias.equals(token) && alias.charAt(0) == token.charAt(0) && damerauLevenshtein(alias, token) == 1
                        && !differsOnlyAtEnd(alias, token)) {
                    return e;
                }
            }
        }
        return null;
    }

    private static boolean differsOnlyAtEnd(String a, String b) {
        if (a.length() != b.length()) {
            String shorter = a.length() < b.length() ? a : b;
            return (a.length() < b.length() ? b : a).startsWith(shorter);
        }
        return a.regionMatches(0, b, 0, a.length() - 1);
    }

    /** Optimal string alignment distance (adjacent transpositions count as one edit). */
    static int damerauLevenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
