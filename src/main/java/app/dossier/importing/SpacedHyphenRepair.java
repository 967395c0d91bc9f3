package app.dossier.importing;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs compounds that a converter spaced apart ("KI - Revolution", "US - Dollar",
 * "Silicon - Valley - Investor") while leaving real dashes between clauses ("aus - Hunderte von").
 * Conservative: an acronym on the left or a chain of capitalised parts is a compound; two capitalised
 * nouns only when the text already shows the damage several times.
 */
final class SpacedHyphenRepair {
    private static final Pattern SPACED = Pattern.compile("(?<![\\p{L}\\p{N}])([\\p{L}][\\p{L}\\p{N}]{0,40}|\\p{N}{1,6}) - (?=[\\p{L}\\p{N}])");
    private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}\\p{N}]{0,5}\\p{Lu}[\\p{Lu}\\p{N}]{0,5}");
    private static final Pattern WORD_AFTER = Pattern.compile("^([\\p{L}\\p{N}]+)( - [\\p{L}\\p{N}])?");
    private static final int DAMAGE_EVIDENCE = 3;
    private static volatile Set<String> functionWords;

    private SpacedHyphenRepair() {
    }

    /** Repairs each paragraph, judging from the whole text whether a converter damaged its hyphens. */
    static List<String> repair(List<String> paragraphs) {
        int acronymCompounds = 0;
        for (String p : paragraphs) {
            Matcher count = SPACED.matcher(p);
            while (count.find() && acronymCompounds < DAMAGE_EVIDENCE) {
                if (ACRONYM.matcher(count.group(1)).matches() && count.group(1).chars().anyMatch(Character::isLetter)) {
                    acronymCompounds++;
                }
            }
        }
        boolean damaged = acronymCompounds >= DAMAGE_EVIDENCE;
        List<String> out = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            out.add(p.contains(" - ") ? repair(p, damaged) : p);
        }
        return out;
    }

    private static String repair(String text, boolean damaged) {
        Set<String> stop = functionWords();
        Matcher m = SPACED.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            String left = m.group(1);
            Matcher after = WORD_AFTER.matcher(text.subSequence(m.end(), Math.min(text.length(), m.end() + 60)));
            String right = after.find() ? after.group(1) : "";
            boolean chain = after.group(2) != null || precededBySpacedHyphen(text, m.start());
            boolean compound = isCompound(left, right, chain, damaged, stop);
            m.appendReplacement(sb, Matcher.quoteReplacement(compound ? left + "-" : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static boolean isCompound(String left, String right, boolean chain, boolean damaged, Set<String> stop) {
        if (right.isEmpty() || stop.contains(left.toLowerCase(Locale.ROOT)) || stop.contains(right.toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean leftLetters = left.chars().anyMatch(Character::isLetter);
        if (leftLetters && ACRONYM.matcher(left).matches()) {
            return true;
        }
        boolean leftCapital = Character.isUpperCase(left.codePointAt(0)) || Character.isDigit(left.codePointAt(0));
        boolean rightCapital = Character.isUpperCase(right.codePointAt(0)) || Character.isDigit(right.codePointAt(0));
        if (chain && leftCapital && rightCapital) {
            return true;
        }
        return damaged && leftLetters && leftCapital && Character.isUpperCase(right.codePointAt(0));
    }

    private static boolean precededBySpacedHyphen(CharSequence text, int start) {
        return start >= 3 && text.charAt(start - 1) == ' ' && text.charAt(start - 2) == '-' && text.charAt(start - 3) == ' ';
    }

    private static Set<String> functionWords() {
        Set<String> words = functionWords;
        if (words == null) {
            try (InputStream in = SpacedHyphenRepair.class.getResourceAsStream("/importing/spacing.json")) {
                JsonNode root = new ObjectMapper().readTree(in);
                Set<String> loaded = new HashSet<>();
                root.path("functionWords").forEach(n -> loaded.add(n.asText().toLowerCase(Locale.ROOT)));
                functionWords = words = Set.copyOf(loaded);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return words;
    }
}
