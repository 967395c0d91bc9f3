package app.dossier.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Drops the chrome of a scraped page around the article by the shape of its lines: menus of short
 * lines, "|"-separated link bars, lines made of navigation words, and lines dense with boilerplate
 * vocabulary (sharing, comments, captchas, login, recommendations, footers). The body is touched only
 * by clear cases; the lines before the first prose line and after the last one are judged more strictly.
 */
final class PageDebrisFilter {
    private static final int SHORT_WIDTH = 16;
    private static final int MENU_RUN = 3;
    private static final Pattern PIPE = Pattern.compile("[|｜]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s|｜/·•>»›\\-–—,:：]+");
    private static final Pattern URL_ONLY = Pattern.compile("^(https?://|www\\.)\\S+$");
    /** Clause punctuation that headlines and menus lack ("...." in a headline is not a sentence end). */
    private static final Pattern INNER_PUNCTUATION = Pattern.compile("[。，,；;！？]|[.!?](\\s|$)");

    private final BoilerplateVocabulary vocabulary;

    PageDebrisFilter(BoilerplateVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    String filter(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int n = lines.size();
        boolean[] drop = new boolean[n];
        for (int i = 0; i < n; i++) {
            drop[i] = isClearDebris(lines.get(i).strip());
        }
        keepTables(lines, drop);
        int firstProse = firstProse(lines, drop);
        judgeHead(lines, drop, firstProse);
        judgeTail(lines, drop, firstProse);
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < n; i++) {
            if (!drop[i]) {
                sb.append(lines.get(i)).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Lines with bars ("| a | b |", or "Jahr | Umsatz | Verlust" without outer bars) in a run of two or more
     * with the same number of cells, one of them holding digits, are a table (its header row included), not a
     * link bar.
     */
    private static void keepTables(List<String> lines, boolean[] drop) {
        List<Integer> run = new ArrayList<>();
        int bars = -1;
        for (int i = 0; i <= lines.size(); i++) {
            String l = i < lines.size() ? lines.get(i).strip() : null;
            if (l != null && l.isEmpty()) {
                continue;
            }
            int count = l == null ? -1 : framedBars(l);
            if (count > 0 && (run.isEmpty() || count == bars)) {
                run.add(i);
                bars = count;
                continue;
            }
            if (run.size() >= 2 && run.stream().anyMatch(k -> lines.get(k).chars().anyMatch(Character::isDigit))) {
                run.forEach(k -> drop[k] = false);
            }
            run.clear();
            bars = count;
            if (count > 0) {
                run.add(i);
            }
        }
    }

    /** The bars of a table row: framed ("| a | b |") or without outer bars ("2023 | 2,9 | 11,7"). */
    private static int framedBars(String l) {
        return (int) l.chars().filter(c -> c == '|' || c == '｜').count();
    }

    /** The first prose line; once chrome has been seen above, a prose-shaped line full of chrome phrases is not it. */
    private int firstProse(List<String> lines, boolean[] drop) {
        boolean chromeAbove = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (drop[i]) {
                chromeAbove = true;
            } else if (isProse(l) && !(chromeAbove && vocabulary.phrases.find(l).count() > 0)) {
                return i;
            }
        }
        return lines.size();
    }

    /** Before the article: runs of short unpunctuated lines are menus, and any boilerplate word marks chrome. */
    private void judgeHead(List<String> lines, boolean[] drop, int firstProse) {
        List<Integer> run = new ArrayList<>();
        boolean[] runHasMenu = {false};
        for (int i = 0; i < firstProse; i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) {
                continue;
            }
            if (drop[i]) {
                if (isShortUnpunctuated(l)) {
                    run.add(i); // a menu word already recognised still belongs to the menu around it
                    runHasMenu[0] = true;
                }
                continue;
            }
            if (looksLikeChrome(l)) {
                drop[i] = true;
            } else if (isShortUnpunctuated(l)) {
                run.add(i);
            } else {
                dropMenuRun(run, runHasMenu, drop);
            }
        }
        dropMenuRun(run, runHasMenu, drop);
    }

    /** Short lines in a row are a menu when one of them is a known menu word; title, byline, date are not. */
    private static void dropMenuRun(List<Integer> run, boolean[] runHasMenu, boolean[] drop) {
        if (run.size() >= MENU_RUN && runHasMenu[0]) {
            run.forEach(k -> drop[k] = true);
        }
        run.clear();
        runHasMenu[0] = false;
    }

    /**
     * After the article: walk up from the end while lines look like footer, comment form or link list.
     * Short lines alone do not make a footer (an article may end in a list); some boilerplate must be among them.
     */
    private void judgeTail(List<String> lines, boolean[] drop, int firstProse) {
        List<Integer> tail = new ArrayList<>();
        boolean chrome = false;
        for (int i = lines.size() - 1; i > firstProse; i--) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) {
                continue;
            }
            if (drop[i]) {
                chrome = true;
                continue;
            }
            // a wide line counts as chrome only below chrome already found: an article may end on prose about sharing
            boolean boilerplate = looksLikeChrome(l) && (chrome || Scripts.width(l) <= 60);
            boolean shortFragment = Scripts.width(l) <= 40 && !endsWithFinalPunctuation(l);
            if (!boilerplate && !shortFragment) {
                break;
            }
            chrome |= boilerplate;
            tail.add(i);
        }
        if (chrome) {
            tail.forEach(k -> drop[k] = true);
        }
    }

    boolean isClearDebris(String line) {
        if (line.isEmpty()) {
            return false;
        }
        int width = Scripts.width(line);
        boolean mayBeUrl = line.startsWith("http") || line.startsWith("www.");
        boolean hasPipe = line.indexOf('|') >= 0 || line.indexOf('｜') >= 0;
        if ((mayBeUrl && URL_ONLY.matcher(line).matches()) || (hasPipe && isPipeMenu(line)) || (width <= 60 && isMenuWordLine(line))) {
            return true;
        }
        if (width > 400) {
            return false;
        }
        var hits = vocabulary.phrases.find(line);
        if (hits.count() == 0) {
            return false;
        }
        int letters = (int) line.chars().filter(c -> !Character.isWhitespace(c)).count();
        // several boilerplate phrases that make up a good part of the line: a share prompt, not prose about sharing
        return (hits.count() >= 3 && hits.coveredChars() * 5 >= letters * 2) || hits.coveredChars() * 2 >= letters;
    }

    private boolean isPipeMenu(String line) {
        String[] parts = PIPE.split(line);
        int nonEmpty = 0;
        int withDigits = 0;
        for (String p : parts) {
            String s = p.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (Scripts.width(s) > 30) {
                return false;
            }
            nonEmpty++;
            if (s.chars().anyMatch(Character::isDigit)) {
                withDigits++;
            }
        }
        if (withDigits * 2 >= nonEmpty && nonEmpty > 0) {
            return false; // a row of a table of figures, not a menu
        }
        boolean framed = line.startsWith("|") || line.startsWith("｜") || line.endsWith("|") || line.endsWith("｜");
        return nonEmpty >= 3 || (framed && nonEmpty >= 2);
    }

    private boolean isMenuWordLine(String line) {
        if (Scripts.width(line) > 60) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        int first = 0;
        while (first < lower.length() && !Character.isLetterOrDigit(lower.charAt(first))) {
            first++;
        }
        if (first == lower.length() || vocabulary.menuWords.longestAt(lower, first) < 0) {
            return false; // cheap rejection: the line does not even start with a menu word
        }
        return vocabulary.menuWords.segments(SEPARATORS.matcher(lower).replaceAll(""));
    }

    /** Outside the article body: one chrome phrase in a short line, or several in any line. */
    private boolean looksLikeChrome(String line) {
        int hits = vocabulary.phrases.find(line).count();
        return hits >= 2 || (hits == 1 && Scripts.width(line) <= 60);
    }

    private static boolean isProse(String line) {
        return Scripts.width(line) >= 40 && INNER_PUNCTUATION.matcher(line).find();
    }

    private static boolean isShortUnpunctuated(String line) {
        return Scripts.width(line) <= SHORT_WIDTH && !Scripts.endsSentence(line);
    }

    private static boolean endsWithFinalPunctuation(String line) {
        return Scripts.endsSentence(line) && !line.endsWith(":") && !line.endsWith("：");
    }
}
