package app.dossier.figures;

import app.dossier.model.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixed-width table names its rows as tightly as its columns allow: "Zentrix Microsys." for the "Zentrix
 * Microsystems Corp." of the prose, beside a ticker ("4321 TT") the prose gave that company in brackets. Such a
 * row belongs to a company the report already names; a label no mention covers is matched against those names
 * (each word of the label the start of the name's word), then its ticker against the prose.
 */
final class ShortRowNames {
    /** "4321 TT", "NVDA US", "0700.HK": an exchange code after a number or a symbol. */
    private static final Pattern TICKER = Pattern.compile("(?:\\d{3,6}|\\p{Lu}[\\p{Lu}.]{0,5})[ .]\\p{Lu}{2}");
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[\\s,]+");
    /** The shortest start of a word that still stands for it ("Tech." for "Technologies", not "T."). */
    private static final int MIN_WORD_START = 2;
    /** How far before a ticker's bracket the name it belongs to may end ("ZENTRIX MICROSYSTEMS (4321 TT)"). */
    private static final int NAME_BEFORE_TICKER = 60;

    private final String text;
    private final DocumentLayout layout;
    private final List<Mention> mentions;

    ShortRowNames(String text, DocumentLayout layout, List<Mention> mentions) {
        this.text = text;
        this.layout = layout;
        this.mentions = mentions;
    }

    /** The company the row's label shortens, or that its ticker cell names in the prose; null when none or two. */
    String companyOf(List<DocumentLayout.Cell> row, DocumentLayout.Cell label) {
        String byName = companyShortenedAs(layout.text(label), true);
        if (byName != null) {
            return byName;
        }
        for (DocumentLayout.Cell c : row) {
            String cell = layout.text(c);
            if (c != label && TICKER.matcher(cell).matches()) {
                String byTicker = companyBeforeTicker(cell);
                if (byTicker != null) {
                    return byTicker;
                }
            }
        }
        return null;
    }

    /**
     * The one company whose written name the phrase shortens word by word: first words equal, each later word
     * of the phrase the start of the name's word. {@code abbreviatedOnly}: a one-word phrase counts only with a
     * dot ("Zentrix" alone is the matcher's to find, or a common word).
     */
    private String companyShortenedAs(String phrase, boolean abbreviatedOnly) {
        List<String> words = words(phrase);
        if (words.isEmpty() || abbreviatedOnly && words.size() < 2 && !phrase.strip().endsWith(".")) {
            return null;
        }
        String found = null;
        for (Mention m : mentions) {
            if (layout.tableAt(m.start()) == null && shortens(words, words(m.text()))) {
                if (found != null && !found.equals(m.companyId())) {
                    return null; // two companies start so: the label does not say which
                }
                found = m.companyId();
            }
        }
        return found;
    }

    private static boolean shortens(List<String> shortWords, List<String> nameWords) {
        if (shortWords.size() > nameWords.size() || !shortWords.get(0).equals(nameWords.get(0))) {
            return false;
        }
        for (int i = 1; i < shortWords.size(); i++) {
            String w = shortWords.get(i);
            if (w.length() < MIN_WORD_START || !nameWords.get(i).startsWith(w)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : WORD_SEPARATOR.split(s.strip())) {
            String bare = w.replaceAll("[.'’]+$", "").toLowerCase(Locale.ROOT);
            if (!bare.isEmpty()) {
                out.add(bare);
            }
        }
        return out;
    }

    /** "ZENTRIX MICROSYSTEMS (4321 TT)", "Zentrix (4321 TT)" outside the table: the name right before the bracket. */
    private String companyBeforeTicker(String ticker) {
        Matcher m = Pattern.compile("[(（]\\s*" + Pattern.quote(ticker) + "\\s*[)）]").matcher(text);
        while (m.find()) {
            if (layout.tableAt(m.start()) != null) {
                continue;
            }
            int end = m.start();
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            for (Mention mention : mentions) {
                if (mention.end() == end) {
                    return mention.companyId();
                }
            }
            int lineStart = text.lastIndexOf('\n', end - 1) + 1;
            int from = Math.max(lineStart, end - NAME_BEFORE_TICKER);
            String named = companyShortenedAs(text.substring(from, end), false);
            if (named != null) {
                return named;
            }
        }
        return null;
    }
}
