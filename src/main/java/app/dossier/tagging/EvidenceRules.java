package app.dossier.tagging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Decides whether a name that is also a common word stands for the company here (evidence.json). */
final class EvidenceRules {
    private final List<String> companyWordsAfter = new ArrayList<>();
    private final List<String> companyWordsBefore = new ArrayList<>();
    private final Set<String> contextWords = new HashSet<>();
    private final List<String> cjkContextWords = new ArrayList<>();
    private final Set<String> determiners = new HashSet<>();
    private final List<String> listConnectors = new ArrayList<>();
    private final Set<String> companySuffixes = new HashSet<>();
    private final Set<String> prepositions = new HashSet<>();
    private final List<String> adjectiveEndings = new ArrayList<>();
    /** "Bosch Ventures", "Oracle Health": words after a registry name that make it another entity's name. */
    final List<String> otherEntityAfter = new ArrayList<>();
    /** "分享至", "Share:": what opens a row of share buttons. */
    final List<String> shareCues = new ArrayList<>();
    final int sameParagraphWindow;
    final int contextWindow;
    final int strictWindow;

    private EvidenceRules(JsonNode root) {
        root.path("companyWordsAfter").forEach(n -> companyWordsAfter.add(lower(n.asText())));
        root.path("companyWordsBefore").forEach(n -> companyWordsBefore.add(lower(n.asText())));
        for (JsonNode n : root.path("contextWords")) {
            String w = lower(CharFolding.fold(n.asText()));
            if (CharFolding.isCjk(w.charAt(0))) {
                cjkContextWords.add(w);
            } else {
                contextWords.add(w);
            }
        }
        root.path("determiners").forEach(n -> determiners.add(lower(n.asText())));
        root.path("listConnectors").forEach(n -> listConnectors.add(lower(CharFolding.fold(n.asText()))));
        root.path("companySuffixes").forEach(n -> companySuffixes.add(lower(n.asText())));
        root.path("shareCues").forEach(n -> shareCues.add(lower(n.asText())));
        root.path("prepositions").forEach(n -> prepositions.add(lower(n.asText())));
        root.path("adjectiveEndings").forEach(n -> adjectiveEndings.add(lower(n.asText())));
        root.path("otherEntityAfter").forEach(n -> otherEntityAfter.add(n.asText()));
        sameParagraphWindow = root.path("sameParagraphWindow").asInt(300);
        contextWindow = root.path("contextWindow").asInt(60);
        strictWindow = root.path("strictWindow").asInt(20);
    }

    static EvidenceRules builtin() {
        try (InputStream in = EvidenceRules.class.getResourceAsStream("/tagging/evidence.json")) {
            return new EvidenceRules(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** "Basis AI", "Apple App Store", "苹果公司": a company word right after the name. */
    boolean companyWordAfter(String folded, int end) {
        int i = skipSpacesAndHyphens(folded, end, 2);
        for (String w : companyWordsAfter) {
            if (folded.startsWith(w, i) && (i + w.length() >= folded.length()
                    || !CharFolding.isWordChar(folded.charAt(i + w.length())) || CharFolding.isCjk(w.charAt(0)))) {
                return true;
            }
        }
        return false;
    }

    /** "Plattform fal", "公司Runway": a company word right before the name. */
    boolean companyWordBefore(String folded, int start) {
        int i = start;
        int skipped = 0;
        while (i > 0 && skipped < 2 && (Character.isWhitespace(folded.charAt(i - 1)) || "-《「“\"'(".indexOf(folded.charAt(i - 1)) >= 0)) {
            i--;
            skipped++;
        }
        for (String w : companyWordsBefore) {
            if (folded.startsWith(w, i - w.length()) || (w.length() >= 5 && endsWordWith(folded, i, w))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWordWith(String folded, int end, String w) {
        return end >= w.length() && folded.startsWith(w, end - w.length());
    }

    /** "die Basis", "the Notion": the word before the name is an article or the like. */
    boolean determinerBefore(String folded, int start) {
        int i = start;
        while (i > 0 && folded.charAt(i - 1) == ' ') {
            i--;
        }
        int j = i;
        while (j > 0 && CharFolding.isLatinLetter(folded.charAt(j - 1))) {
            j--;
        }
        return j < i && determiners.contains(folded.substring(j, i));
    }

    /**
     * "von niedriger Basis", "der installierten Basis": an inflected adjective in lower case between an article or
     * preposition and the name makes the name a noun.
     */
    boolean adjectiveBefore(String original, int start) {
        int[] adjective = DiscoveryRules.wordBefore(original, start);
        String word = original.substring(adjective[0], adjective[1]);
        if (word.length() < 4 || !word.equals(lower(word)) || adjectiveEndings.stream().noneMatch(word::endsWith)) {
            return false;
        }
        int[] previous = DiscoveryRules.wordBefore(original, adjective[0]);
        String before = lower(original.substring(previous[0], previous[1]));
        return previous[0] < previous[1] && previous[1] < adjective[0] && (determiners.contains(before) || prepositions.contains(before));
    }

    /**
     * "X-ray", "Meta-Analyse": the name glued to a lower-case word by a hyphen is part of a compound,
     * unless that word says the name is a company ("Arm-based", "Nvidia-backed").
     */
    boolean hyphenCompound(String original, int end) {
        return lowerCaseAfterHyphen(original, end) != null && !companySuffixAfter(original, end);
    }

    /** "Arm-based", "Nvidia-backed": a word after a hyphen that only a company takes. */
    boolean companySuffixAfter(String original, int end) {
        String word = lowerCaseAfterHyphen(original, end);
        return word != null && companySuffixes.contains(lower(word));
    }

    private static String lowerCaseAfterHyphen(String original, int end) {
        if (end + 1 >= original.length() || original.charAt(end) != '-' || !Character.isLowerCase(original.charAt(end + 1))) {
            return null;
        }
        int j = end + 1;
        while (j < original.length() && Character.isLetter(original.charAt(j))) {
            j++;
        }
        return original.substring(end + 1, j);
    }

    /**
     * Where a list connector ("or", "und", "、", "和", a comma) joins the name at {@code end} to the text at
     * {@code from}, the position after it; -1 when only something else lies between.
     */
    int afterConnector(String folded, int end, int limit) {
        int i = skipBlanks(folded, end, limit);
        for (String c : listConnectors) {
            if (folded.startsWith(c, i)) {
                int k = i + c.length();
                boolean latinWord = CharFolding.isLatinLetter(c.charAt(c.length() - 1));
                if (latinWord && (k >= folded.length() || CharFolding.isWordChar(folded.charAt(k)) || k == i)) {
                    continue;
                }
                if (latinWord && i > 0 && CharFolding.isWordChar(folded.charAt(i - 1))) {
                    continue;
                }
                return skipBlanks(folded, k, limit);
            }
        }
        return -1;
    }

    private static int skipBlanks(String s, int i, int limit) {
        while (i < limit && i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A funding, valuation or company word within the window, inside the sentence. */
    boolean contextWordNear(String folded, int sentenceStart, int sentenceEnd, int start, int end, int window) {
        int from = Math.max(sentenceStart, start - window);
        int to = Math.min(sentenceEnd, end + window);
        String before = folded.substring(from, start);
        String after = folded.substring(end, to);
        return containsContextWord(before) || containsContextWord(after);
    }

    private boolean containsContextWord(String s) {
        for (String w : cjkContextWords) {
            if (s.contains(w)) {
                return true;
            }
        }
        int i = 0;
        while (i < s.length()) {
            if (!CharFolding.isWordChar(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && (CharFolding.isWordChar(s.charAt(j)) || s.charAt(j) == '-')) {
                j++;
            }
            if (isContextToken(s.substring(i, j))) {
                return true;
            }
            i = j;
        }
        return false;
    }

    private boolean isContextToken(String token) {
        if (contextWords.contains(token)) {
            return true;
        }
        for (String w : contextWords) {
            if (w.length() >= 5 && token.length() > w.length() && (token.startsWith(w) || token.endsWith(w))) {
                return true;
            }
        }
        return false;
    }

    private static int skipSpacesAndHyphens(String s, int i, int max) {
        int skipped = 0;
        while (i < s.length() && skipped < max && (s.charAt(i) == ' ' || s.charAt(i) == '-' || s.charAt(i) == '\n')) {
            i++;
            skipped++;
        }
        return i;
    }
}
