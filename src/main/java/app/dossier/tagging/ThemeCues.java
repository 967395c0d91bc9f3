package app.dossier.tagging;

import app.dossier.model.Theme;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cues of one theme, compiled: strong cues (one suffices), weak cues (two different ones needed)
 * and excluded phrases. Text and cues are compared folded, without spaces and hyphens. Cues written as
 * text are found by the tagger in one automaton pass per paragraph for all themes ({@link #literals()});
 * cues written as /regex/ are looked for here.
 */
final class ThemeCues {
    enum Kind { STRONG, WEAK, EXCLUDED }

    /** A cue written as text, normalized; {@code key} tells two weak cues apart (one cue in two scripts is one). */
    record Literal(String normalized, Kind kind, String key) {
    }

    /** What the tagger's automaton found of this theme's literal cues in one paragraph. */
    static final class Found {
        boolean excluded;
        boolean strong;
        final Set<String> weakKeys = new HashSet<>(4);

        void add(Literal cue) {
            switch (cue.kind()) {
                case EXCLUDED -> excluded = true;
                case STRONG -> strong = true;
                case WEAK -> weakKeys.add(cue.key());
            }
        }
    }

    private final List<Pattern> strong = new ArrayList<>();
    private final List<Pattern> weak = new ArrayList<>();
    private final List<Pattern> excluded = new ArrayList<>();
    private final List<Literal> literals = new ArrayList<>();
    private final List<Pattern> strongRegex = new ArrayList<>();
    private final List<Pattern> weakRegex = new ArrayList<>();
    private final List<Pattern> excludedRegex = new ArrayList<>();

    ThemeCues(Theme theme) {
        for (List<String> cues : theme.cues().values()) {
            for (String cue : cues) {
                add(cue);
            }
        }
    }

    private void add(String cue) {
        if (cue.isBlank()) {
            return;
        }
        Kind kind = Kind.STRONG;
        String body = cue;
        if (cue.startsWith("~")) {
            kind = Kind.WEAK;
            body = cue.substring(1);
        } else if (cue.startsWith("-") && cue.length() > 1) {
            kind = Kind.EXCLUDED;
            body = cue.substring(1);
        }
        Pattern pattern;
        if (body.length() > 2 && body.startsWith("/") && body.endsWith("/")) {
            pattern = Pattern.compile(body.substring(1, body.length() - 1));
            regexList(kind).add(pattern);
        } else {
            String normalized = normalize(body);
            pattern = Pattern.compile(Pattern.quote(normalized));
            if (normalized.isEmpty()) {
                regexList(kind).add(pattern); // matches everywhere; an automaton has no empty keyword
            } else {
                literals.add(new Literal(normalized, kind, pattern.pattern()));
            }
        }
        (kind == Kind.STRONG ? strong : kind == Kind.WEAK ? weak : excluded).add(pattern);
    }

    private List<Pattern> regexList(Kind kind) {
        return kind == Kind.STRONG ? strongRegex : kind == Kind.WEAK ? weakRegex : excludedRegex;
    }

    List<Literal> literals() {
        return literals;
    }

    /** Folded, lower case, without whitespace and hyphens: "KI - native Fabrik" becomes "kinativefabrik". */
    static String normalize(String s) {
        String folded = CharFolding.fold(s);
        StringBuilder b = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Character.isWhitespace(c) && c != '-' && c != '‐' && c != '–') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether a paragraph (already normalized) carries the theme. */
    boolean carriedBy(String normalizedParagraph) {
        String p = normalizedParagraph;
        for (Pattern ex : excluded) {
            p = ex.matcher(p).replaceAll("|");
        }
        for (Pattern s : strong) {
            if (s.matcher(p).find()) {
                return true;
            }
        }
        // compared by pattern text: the same cue listed in both Chinese scripts folds to one cue and counts once
        Set<String> seen = new HashSet<>();
        for (Pattern w : weak) {
            if (w.matcher(p).find()) {
                seen.add(w.pattern());
                if (seen.size() >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The answer of {@link #carriedBy(String)}, from the literal cues the automaton found in the paragraph. */
    boolean carriedBy(String normalizedParagraph, Found found) {
        if (found.excluded || findsAny(excludedRegex, normalizedParagraph)) {
            return carriedBy(normalizedParagraph); // an excluded phrase is cut out first: rare, done the long way
        }
        if (found.strong || findsAny(strongRegex, normalizedParagraph)) {
            return true;
        }
        Set<String> seen = found.weakKeys;
        for (Pattern w : weakRegex) {
            if (seen.size() < 2 && w.matcher(normalizedParagraph).find()) {
                seen.add(w.pattern());
            }
        }
        return seen.size() >= 2;
    }

    private static boolean findsAny(List<Pattern> patterns, String p) {
        for (Pattern x : patterns) {
            if (x.matcher(p).find()) {
                return true;
            }
        }
        return false;
    }
}
