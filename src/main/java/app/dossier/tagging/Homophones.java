package app.dossier.tagging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Han characters that are easily confused (homophones.json), for near-miss Chinese names. */
final class Homophones {
    private final Map<Character, Set<Character>> alternatives = new HashMap<>();

    private Homophones(JsonNode root) {
        for (JsonNode g : root.path("groups")) {
            String group = CharFolding.fold(g.asText());
            for (int i = 0; i < group.length(); i++) {
                Set<Character> alts = alternatives.computeIfAbsent(group.charAt(i), k -> new LinkedHashSet<>());
                for (int j = 0; j < group.length(); j++) {
                    if (j != i) {
                        alts.add(group.charAt(j));
                    }
                }
            }
        }
    }

    static Homophones builtin() {
        try (InputStream in = Homophones.class.getResourceAsStream("/tagging/homophones.json")) {
            return new Homophones(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forms of a folded Chinese name with one character swapped for a confusable one (names of 2+ Han chars). */
    List<String> variants(String folded) {
        long han = folded.chars().filter(c -> CharFolding.isHan((char) c)).count();
        if (han < 2) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        char[] chars = folded.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char original = chars[i];
            for (char alt : alternatives.getOrDefault(original, Set.of())) {
                chars[i] = alt;
                out.add(new String(chars));
            }
            chars[i] = original;
        }
        return out;
    }
}
