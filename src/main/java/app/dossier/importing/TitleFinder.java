package app.dossier.importing;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Picks the title: the one the document declares (front matter, header field, page title, largest print),
 * else the first paragraph among the first few that reads like a headline, else the first sentence.
 * A headline is not a letterhead, date line, issue line, byline, greeting, section label, list item or
 * line of symbols; a line in capitals only wins when no other line does.
 */
final class TitleFinder {
    private static final int MAX_HEADLINE_WIDTH = 160;
    private static final int LOOK_AHEAD = 6;
    private static final int FALLBACK_WIDTH = 100;
    private static final int QUESTION_HEADLINE_WIDTH = 90;
    private static final int LONG_SENTENCE_WIDTH = 80;
    /** Labels and desk names in capitals ("KEY TAKEAWAYS", "SECTOR NOTE") are short; a headline in capitals is longer. */
    private static final int CAPITALS_HEADLINE_WORDS = 5;
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]|\\.(\\s|$)");
    private static final Pattern DATELINE = Pattern.compile("^\\D{0,30}(19|20)\\d\\d[-/.年]\\d{1,2}[-/.月]\\d{1,2}.{0,12}$");
    private static final Pattern WORD_BEFORE_STOP = Pattern.compile("(\\S{1,12}\\.)$");
    private static final Pattern TITLE_LABEL = Pattern.compile("^(\\p{L}{2,10})\\s?[:：]\\s*(\\S.{3,})$");
    private static final Pattern BRACKETED = Pattern.compile("^【([^【】]{4,})】$");
    private static final Pattern DATE_PARTS = Pattern.compile("[\\s,，·|/:：()（）-]+");

    private final BoilerplateVocabulary vocabulary;
    private final GenreRules rules;
    private final DateFinder dates;

    TitleFinder(BoilerplateVocabulary vocabulary, GenreRules rules, DateFinder dates) {
        this.vocabulary = vocabulary;
        this.rules = rules;
        this.dates = dates;
    }

    String find(String declaredTitle, List<String> paragraphs, String fileName) {
        if (declaredTitle != null && !declaredTitle.isBlank() && !isLabel(declaredTitle)) {
            return declaredTitle.strip().replaceAll("\\s+", " ");
        }
        String inCapitals = null;
        for (int i = 0; i < Math.min(LOOK_AHEAD, paragraphs.size()); i++) {
            String p = paragraphs.get(i);
            if (inCapitals != null && isLongSentence(p)) {
                return inCapitals; // the article's first sentences under a headline set in capitals
            }
            if (isHeadline(p)) {
                if (!isInCapitals(p)) {
                    return withoutTitleLabel(p);
                }
                if (inCapitals == null && words(p) >= CAPITALS_HEADLINE_WORDS) {
                    return p; // a whole sentence set in capitals is the headline, not a label; the deck under it is not
                }
                inCapitals = inCapitals == null ? p : inCapitals;
            }
        }
        if (inCapitals != null) {
            return inCapitals;
        }
        for (String p : paragraphs) {
            if (!isByline(p) && !isDateLine(p) && !isNotTitle(p) && p.codePoints().anyMatch(Character::isLetter)) {
                return firstSentence(p);
            }
        }
        return fileName;
    }

    /** "Thema: …", "Subject: …": a forum's or mail's title label is not part of the title. */
    private String withoutTitleLabel(String p) {
        var bracketed = BRACKETED.matcher(p);
        if (bracketed.matches()) {
            return bracketed.group(1).strip(); // "【headline】": a microblog's way of setting a headline
        }
        var m = TITLE_LABEL.matcher(p);
        return m.matches() && rules.titleFields.contains(m.group(1).toLowerCase(Locale.ROOT)) ? m.group(2).strip() : p;
    }

    boolean isHeadline(String p) {
        int width = Scripts.width(p);
        return width >= 4 && width <= MAX_HEADLINE_WIDTH && !p.endsWith(":") && !p.endsWith("：") && !p.endsWith("。")
                && !p.endsWith(",") && !p.endsWith("，") && !p.startsWith("•")
                && !isByline(p) && !isDateLine(p) && !isNotTitle(p) && sentenceCount(p) <= 1
                && p.chars().anyMatch(Character::isLetter);
    }

    private boolean isByline(String p) {
        return Scripts.width(p) <= 60 && vocabulary.bylineWords.find(p).count() > 0;
    }

    /** A date with little else: a dateline, a "Date:" line, a print date, a newsletter's issue line. */
    private boolean isDateLine(String p) {
        if (DATELINE.matcher(p).matches()) {
            return true;
        }
        if (Scripts.width(p) > 70) {
            return false;
        }
        if (GenreChrome.isLetterhead(p)) {
            return true;
        }
        boolean dated = dates.find(p).isPresent();
        var issue = rules.issueNumber.matcher(p);
        if (issue.find() && (dated || issue.start() == 0)) {
            return true; // "Ausgabe 37 · 14. November 2026", "Issue #12"; not "No. 1 in chips"
        }
        long words = DATE_PARTS.splitAsStream(p).filter(s -> s.codePoints().anyMatch(Character::isLetter)).count();
        return dated && words <= 4;
    }

    /** A kind of document or a platform's label ("# PRESSEMITTEILUNG", "Press release", "新闻稿") declared as the headline. */
    private boolean isLabel(String p) {
        String bare = p.strip().replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "").toLowerCase(Locale.ROOT);
        return rules.wholeLines.contains(bare) || rules.notTitleLabels.contains(bare);
    }

    /** Section labels ("Q&A", "Kernaussagen"), greetings, a banner of source and kind, a company's legal name: never a title. */
    private boolean isNotTitle(String p) {
        String bare = p.strip().replaceAll("[:：.]+$", "").toLowerCase(Locale.ROOT);
        if (rules.notTitleLabels.contains(bare) || isLabel(p) || EdgeChrome.isPartsBanner(p) || EdgeChrome.get().isLegalName(p)) {
            return true;
        }
        return Scripts.width(p) <= 80 && rules.greetings.longestAt(p.toLowerCase(Locale.ROOT), 0) > 0;
    }

    private static boolean isLongSentence(String p) {
        return Scripts.width(p) > LONG_SENTENCE_WIDTH && (p.endsWith(".") || p.endsWith("。"));
    }

    private static int words(String p) {
        return (int) java.util.Arrays.stream(p.strip().split("\\s+")).filter(w -> w.codePoints().anyMatch(Character::isLetter)).count();
    }

    private static boolean isInCapitals(String p) {
        long letters = p.codePoints().filter(Character::isLetter).count();
        return letters >= 4 && p.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Sentences in a line; the full stop of an abbreviation ("Inc.", "Dr.") ends none. */
    private int sentenceCount(String p) {
        String s = p.strip();
        var m = SENTENCE_END.matcher(s);
        int n = 0;
        int lastEnd = -1;
        while (m.find()) {
            if (s.charAt(m.start()) == '.' && isAbbreviation(s.substring(0, m.start() + 1))) {
                continue;
            }
            // a short headline may ask and answer: "Where did the money go? Three ledgers taken apart"
            if ("?？!！".indexOf(s.charAt(m.start())) >= 0 && Scripts.width(s) <= QUESTION_HEADLINE_WIDTH) {
                continue;
            }
            n++;
            lastEnd = m.end();
        }
        // a final full stop closes the headline; only stops inside it mean a second sentence
        return lastEnd >= s.length() ? n : n + 1;
    }

    private boolean isAbbreviation(String upToStop) {
        var m = WORD_BEFORE_STOP.matcher(upToStop);
        if (!m.find()) {
            return false;
        }
        String word = m.group(1).toLowerCase(Locale.ROOT).replaceAll("^[(\\[\"'“]+", "");
        return rules.notSentenceEnds.contains(word) || word.matches("\\p{L}\\.");
    }

    /** The first sentence, shortened at a word when long. */
    private static String firstSentence(String p) {
        var m = SENTENCE_END.matcher(p);
        String s = m.find() ? p.substring(0, m.end()).strip() : p.strip();
        if (Scripts.width(s) <= FALLBACK_WIDTH) {
            return s;
        }
        int cut = Math.min(s.length(), FALLBACK_WIDTH / 2);
        int space = s.lastIndexOf(' ', cut);
        if (space > cut / 2) {
            cut = space;
        }
        return s.substring(0, cut).strip() + "…";
    }
}
