package app.dossier.tagging;

import app.dossier.model.Mention;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names that look like companies but are not in the registry (discovery.json): Latin names with a company
 * suffix or next to a funding word, Chinese names ending in a company word or followed by a funding phrase.
 */
public final class CompanyDiscovery {
    private static final String TOKEN = "[A-Z][\\p{L}\\d&.'’]*[\\p{L}\\d]|[A-Z]";
    private final Pattern latinSuffix;
    private final Pattern fundingAfter;
    private final Pattern fundingBefore;
    private final Pattern cjkSuffix;
    private final Pattern cjkFunding;
    private final String functionChars;
    private final String trailingChars;
    private final Set<String> stopTokens = new HashSet<>();
    private final Set<String> stopNames = new HashSet<>();
    private final List<String> cjkGenericParts = new ArrayList<>();
    private final List<String> cjkContextWords = new ArrayList<>();
    private final int cjkContextReach;

    public CompanyDiscovery() {
        JsonNode root;
        try (InputStream in = CompanyDiscovery.class.getResourceAsStream("/tagging/discovery.json")) {
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        latinSuffix = Pattern.compile("(?<![\\p{L}\\d])((?:(?:" + TOKEN + ")[ \\t]){1,3})(" + alternation(root.path("latinSuffixes")) + ")(?![\\p{L}\\d])");
        fundingAfter = Pattern.compile("(?<![\\p{L}\\d])((?:" + TOKEN + ")(?:[ \\t](?:" + TOKEN + ")){0,2})[ \\t]+(?:"
                + alternation(root.path("fundingWordsAfter")) + ")(?![\\p{L}])");
        fundingBefore = Pattern.compile("(?:" + alternation(root.path("fundingWordsBefore")) + ")[ \\t]+((?:" + TOKEN
                + ")(?:[ \\t](?:" + TOKEN + ")){0,2})");
        cjkSuffix = Pattern.compile("(\\p{IsHan}{1,4})(" + alternation(root.path("cjkSuffixes")) + ")");
        cjkFunding = Pattern.compile("([\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z0-9.]{1,7})" + root.path("cjkFundingPattern").asText());
        functionChars = root.path("cjkFunctionChars").asText();
        trailingChars = root.path("cjkTrailingChars").asText();
        root.path("stopTokens").forEach(n -> stopTokens.add(n.asText().toLowerCase(Locale.ROOT)));
        root.path("stopNames").forEach(n -> stopNames.add(key(n.asText())));
        root.path("cjkGenericParts").forEach(n -> cjkGenericParts.add(CharFolding.fold(n.asText())));
        root.path("cjkContextWords").forEach(n -> cjkContextWords.add(CharFolding.fold(n.asText())));
        cjkContextReach = root.path("cjkContextReach").asInt(6);
    }

    private static String alternation(JsonNode words) {
        List<String> list = new ArrayList<>();
        words.forEach(w -> list.add(w.asText()));
        list.sort((a, b) -> b.length() - a.length());
        return list.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** Candidate names, deduplicated, in order of first appearance, none overlapping a known mention. */
    public List<String> candidates(String text, List<Mention> known) {
        Map<String, String> found = new LinkedHashMap<>();
        if (text == null) {
            return List.of();
        }
        List<Mention> mentions = known == null ? List.of() : known;
        Set<String> knownNames = new HashSet<>();
        mentions.forEach(m -> knownNames.add(key(m.text())));
        Matcher m = latinSuffix.matcher(text);
        while (m.find()) {
            String name = trimLatin(m.group(1)) ;
            if (!name.isEmpty()) {
                offer(found, knownNames, mentions, name + " " + m.group(2), m.start(1) + m.group(1).indexOf(name), m.end());
            }
        }
        for (Pattern p : List.of(fundingAfter, fundingBefore)) {
            m = p.matcher(text);
            while (m.find()) {
                String name = trimLatin(m.group(1));
                if (!name.isEmpty()) {
                    int s = m.start(1) + m.group(1).indexOf(name);
                    offer(found, knownNames, mentions, name, s, s + name.length());
                }
            }
        }
        m = cjkSuffix.matcher(text);
        while (m.find()) {
            String head = cutAtFunctionChar(m.group(1));
            int start = m.end() - m.group(2).length() - head.length();
            if (head.length() >= 2 && !generic(head) && looksNamed(text, head + m.group(2), start, m.end())) {
                offer(found, knownNames, mentions, head + m.group(2), start, m.end());
            }
        }
        m = cjkFunding.matcher(text);
        while (m.find()) {
            String head = cutAtFunctionChar(m.group(1));
            int end = m.end(1);
            while (!head.isEmpty() && trailingChars.indexOf(head.charAt(head.length() - 1)) >= 0) {
                head = head.substring(0, head.length() - 1);
                end--;
            }
            if (head.length() >= 2 && !generic(head)) {
                offer(found, knownNames, mentions, head, end - head.length(), end);
            }
        }
        return List.copyOf(found.values());
    }

    /** Drops leading capitalised words that are articles, conjunctions or generic nouns ("Die Firma Acme"). */
    private String trimLatin(String phrase) {
        String[] tokens = phrase.trim().split("[ \\t]+");
        int i = 0;
        while (i < tokens.length && stopTokens.contains(tokens[i].toLowerCase(Locale.ROOT))) {
            i++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(tokens, i, tokens.length));
    }

    private boolean generic(String head) {
        String folded = CharFolding.fold(head);
        return cjkGenericParts.stream().anyMatch(folded::contains);
    }

    /** A Chinese name counts when quoted, repeated, or next to a company word (创始人, 完成...融资). */
    private boolean looksNamed(String text, String name, int start, int end) {
        if (text.indexOf(name, end) >= 0 || (start > 0 && "“\"「《『".indexOf(text.charAt(start - 1)) >= 0)) {
            return true;
        }
        String around = CharFolding.fold(text.substring(Math.max(0, start - cjkContextReach), start)
                + "|" + text.substring(end, Math.min(text.length(), end + cjkContextReach)));
        return cjkContextWords.stream().anyMatch(around::contains);
    }

    private String cutAtFunctionChar(String han) {
        int cut = 0;
        for (int i = 0; i < han.length(); i++) {
            if (functionChars.indexOf(han.charAt(i)) >= 0) {
                cut = i + 1;
            }
        }
        return han.substring(cut);
    }

    private void offer(Map<String, String> found, Set<String> knownNames, List<Mention> known, String name, int start, int end) {
        String k = key(name);
        if (k.length() < 2 || stopNames.contains(k) || knownNames.contains(k) || found.containsKey(k)) {
            return;
        }
        for (Mention mention : known) {
            if (mention.start() < end && start < mention.end()) {
                return;
            }
        }
        found.put(k, name);
    }

    private static String key(String name) {
        return CharFolding.fold(name).replaceAll("\\s+", " ").trim();
    }
}
