package app.dossier.tagging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a report names a company the registry may lack: a legal form, a company word ending the name,
 * a descriptor before it, a funding verb after it, a table's company column (Latin script); a legal
 * form, an industry word, a descriptor or a funding phrase (Chinese).
 */
final class NameSeeds {
    /**
     * One sighting: {@code name} without its legal form, {@code written} as the text has it, at [start, end).
     * {@code strong}: a legal form, company word or company column says it is a company; weak evidence
     * (a descriptor, a verb) needs the name to look like one too.
     */
    record Seed(String name, String written, int start, int end, boolean strong, boolean han) {
    }

    private final DiscoveryRules rules;

    private final HanSeeds hanSeeds;

    NameSeeds(DiscoveryRules rules) {
        this.rules = rules;
        this.hanSeeds = new HanSeeds(rules);
    }

    List<Seed> find(String text) {
        List<Seed> seeds = new ArrayList<>();
        AnchoredPatterns.Scan anchors = rules.anchored.scan(text);
        latin(text, anchors, seeds);
        letterhead(text, seeds);
        table(text, seeds);
        if (text.chars().anyMatch(c -> DiscoveryRules.isHan((char) c))) {
            hanSeeds.find(text, anchors, seeds);
        }
        return seeds;
    }

    private void latin(String text, AnchoredPatterns.Scan anchors, List<Seed> out) {
        for (MatchResult m : anchors.matches(rules.legalForm)) {
            String name = trim(m.group(1));
            if (!name.isEmpty() && !rules.isGenericFirst(name.split(" ")[0])) {
                int s = m.start(1) + trimmedSpan(m.group(1))[0];
                out.add(new Seed(name, text.substring(s, m.end()), s, m.end(), true, false));
            }
        }
        for (MatchResult m : anchors.matches(rules.namePart)) {
            String head = trim(m.group(1));
            if (!head.isEmpty() && !rules.isGenericFirst(head.split(" ")[0]) && !lastIsPart(head) && !placeOnly(head)
                    && !rules.namesField(head, m.group(2)) && !inTitleCaseRun(text, head + " " + m.group(2), m.group(2), m.end())) {
                int s = m.start(1) + trimmedSpan(m.group(1))[0];
                out.add(new Seed(head + " " + m.group(2), text.substring(s, m.end()), s, m.end(), true, false));
            }
        }
        for (MatchResult m : anchors.matches(rules.descriptor)) {
            String name = (m.group(1) + m.group(2)).replaceAll("[ \\t]+", " ");
            if (!rules.isStopToken(m.group(1)) && !rules.isGenericFirst(m.group(1)) && !rules.looksLikeNoun(m.group(1))) {
                out.add(new Seed(name, text.substring(m.start(1), m.end()), m.start(1), m.end(), false, false));
            }
        }
        for (MatchResult m : anchors.matches(rules.fundingAfter)) {
            String name = trim(m.group(1));
            if (!name.isEmpty() && rules.moneyAfter(text, m.end()) && !(name.indexOf(' ') < 0 && rules.looksLikeNoun(name))) {
                int s = m.start(1) + trimmedSpan(m.group(1))[0];
                out.add(new Seed(name, name, s, s + name.length(), false, false));
            }
        }
        // a share verb is rare enough that its pattern runs only when the text has a percent sign
        if (text.indexOf('%') >= 0 || text.indexOf('％') >= 0 || text.contains("Prozent")) {
            Matcher share = rules.shareAfter.matcher(text);
            while (share.find()) {
                if (!rules.percentAfter(text, share.end()) || DiscoveryRules.endsWithAny(text, share.start(), rules.sourceBefore, 24)) {
                    continue; // "Laut dem Marktforscher X hält Y …": the source is not the one holding the share
                }
                for (int g = 1; g <= 2; g++) {
                    String name = share.group(g) == null ? "" : trim(share.group(g));
                    if (!name.isEmpty() && !(name.indexOf(' ') < 0 && rules.looksLikeNoun(name))) {
                        int s = share.start(g) + trimmedSpan(share.group(g))[0];
                        out.add(new Seed(name, name, s, s + name.length(), false, false));
                    }
                }
            }
        }
        for (MatchResult m : anchors.matches(rules.appositionAfter)) {
            weakName(text, m.group(1), m.start(1), out);
        }
        if (text.indexOf(',') >= 0) {
            Matcher bare = rules.appositionBare.matcher(text);
            while (bare.find()) {
                weakName(text, bare.group(1), bare.start(1), out);
            }
        }
        if (text.indexOf(':') >= 0 || text.indexOf('：') >= 0) {
            listedAfterLabel(text, out);
        }
        if (text.indexOf('$') >= 0 || text.indexOf('€') >= 0 || text.indexOf('£') >= 0 || text.contains(" Mio") || text.contains(" Mrd")) {
            Matcher item = rules.amountListItem.matcher(text);
            while (item.find()) {
                weakName(text, item.group(1), item.start(1), out);
            }
        }
        if (text.indexOf('(') >= 0) {
            Matcher home = rules.placeInBrackets.matcher(text);
            while (home.find()) {
                String name = withoutLegalForm(trim(home.group(1)));
                if (!name.isEmpty() && !rules.isGenericFirst(name.split(" ")[0]) && !(name.indexOf(' ') < 0 && rules.looksLikeNoun(name))) {
                    int s = home.start(1) + trimmedSpan(home.group(1))[0];
                    // one word with its town is how a round-up or a competitor slide names a firm; two may be a person
                    out.add(new Seed(name, name, s, s + name.length(), name.indexOf(' ') < 0, false));
                }
            }
        }
        Matcher call = rules.callOpener.matcher(text);
        while (call.find()) {
            String name = trim(call.group(1));
            if (!name.isEmpty() && !rules.isGenericFirst(name.split(" ")[0])) {
                int s = call.start(1) + trimmedSpan(call.group(1))[0];
                out.add(new Seed(name, name, s, s + name.length(), true, false));
            }
        }
        Matcher asked = rules.askedAbout.matcher(text);
        while (asked.find()) {
            weakName(text, asked.group(1), asked.start(1), out);
        }
        Matcher head = rules.amountListHead.matcher(text);
        while (head.find()) {
            weakName(text, head.group(1), head.start(1), out);
        }
        for (MatchResult m : anchors.matches(rules.fundingBefore)) {
            String name = trim(m.group(1));
            if (!name.isEmpty()) {
                int s = m.start(1) + trimmedSpan(m.group(1))[0];
                out.add(new Seed(name, name, s, s + name.length(), true, false));
            }
        }
    }

    /**
     * "Weekly AI Funding Digest": an everyday noun as the name part, with a capitalised word after it that is neither a
     * legal form nor a company word, in a phrase the text writes once, is a heading in title case, not a name.
     */
    private boolean inTitleCaseRun(String text, String name, String part, int end) {
        if (!rules.commonNameParts.contains(part) || CompanyDiscovery.occurrences(text, name) > 1) {
            return false;
        }
        Matcher next = NEXT_WORD.matcher(text).region(end, Math.min(text.length(), end + 40));
        if (!next.lookingAt()) {
            return false;
        }
        String word = next.group(1);
        return Character.isUpperCase(word.charAt(0)) && !rules.nameParts.contains(word) && !rules.legalForms.contains(word)
                && !rules.isStopToken(word) && !word.equals(word.toUpperCase(Locale.ROOT));
    }

    private static final Pattern NEXT_WORD = Pattern.compile("[ \\t]+([\\p{L}][\\p{L}'’-]*)");

    /** "Travenor Systems AG (Wien)": the name without its legal form, as the legal-form rule gives it. */
    private String withoutLegalForm(String name) {
        int space = name.lastIndexOf(' ');
        return space > 0 && rules.legalForms.contains(name.substring(space + 1)) ? name.substring(0, space) : name;
    }

    private static final Pattern LIST_ITEM = Pattern.compile("(" + DiscoveryRules.TOKEN + ")(?:[ \\t]+(?:" + DiscoveryRules.TOKEN + ")){0,3}");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("[ \\t]*(?:[,;/]|[ \\t](?:and|und|sowie|&)[ \\t])[ \\t]*");
    private static final Pattern ITEM_NOTE = Pattern.compile("[ \\t]*[(（][^()（）]*[)）][ \\t]*$");

    /**
     * "Logos: Harbor Grid, Fjordline Wind, Vestas (service pilot)": a slide's or a memo's line whose label
     * says it lists customers or competitors, and whose every item is a capitalised name (a note in brackets aside),
     * names companies. A line that goes on as a sentence ("Wettbewerb: Korvan könnte …") is not a list.
     */
    private void listedAfterLabel(String text, List<Seed> out) {
        Matcher line = rules.companyListLine.matcher(text);
        while (line.find()) {
            String value = line.group(1).strip();
            value = value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
            List<Seed> items = new ArrayList<>();
            int offset = line.start(1);
            Matcher sep = ITEM_SEPARATOR.matcher(value);
            int from = 0;
            boolean allNames = true;
            while (allNames) {
                boolean more = sep.find();
                int to = more ? sep.start() : value.length();
                String item = ITEM_NOTE.matcher(value.substring(from, to)).replaceFirst("");
                if (!LIST_ITEM.matcher(item).matches() || rules.isGenericFirst(item.split(" ")[0]) || rules.isStopToken(item.split(" ")[0])
                        || rules.places.contains(item) || item.indexOf(' ') < 0 && rules.looksLikeNoun(item)) {
                    allNames = false;
                } else {
                    items.add(new Seed(item, item, offset + from, offset + from + item.length(), true, false));
                }
                if (!more) {
                    break;
                }
                from = sep.end();
            }
            if (allNames && items.size() >= 2) {
                out.addAll(items);
            }
        }
    }

    /** A name with weak evidence (an apposition, an item of a list of amounts): trimmed, not a common noun. */
    private void weakName(String text, String phrase, int phraseStart, List<Seed> out) {
        String name = trim(phrase);
        if (!name.isEmpty() && !(name.indexOf(' ') < 0 && rules.looksLikeNoun(name))) {
            int s = phraseStart + trimmedSpan(phrase)[0];
            out.add(new Seed(name, name, s, s + name.length(), false, false));
        }
    }

    /**
     * "MERIDIAN VECTOR LTD." as the first line of a deck or a letter: the author's name in capitals with its
     * legal form. The name is kept in the case it is written elsewhere ("Meridian Vector"), the capitals as
     * the letterhead form.
     */
    private void letterhead(String text, List<Seed> out) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.indexOf('\n', start);
        String line = text.substring(start, end < 0 ? text.length() : end).strip();
        Matcher m = rules.capitalLegalForm.matcher(line);
        if (!m.matches() || !line.equals(line.toUpperCase(Locale.ROOT))) {
            return;
        }
        String[] words = m.group(1).strip().split("[ \\t]+");
        StringBuilder name = new StringBuilder();
        for (String w : words) {
            name.append(name.length() == 0 ? "" : " ").append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        if (!rules.isGenericFirst(name.toString().split(" ")[0])) {
            out.add(new Seed(name.toString(), line, start, start + line.length(), true, false));
        }
    }

    /** "US AI", "Dublin-based AI": a place or a compound adjective before a company word names no company. */
    private boolean placeOnly(String head) {
        return head.indexOf(' ') < 0 && (rules.places.contains(head) || head.matches(".*-\\p{Ll}+") || isPossessive(head));
    }

    private static boolean isPossessive(String token) {
        return token.length() > 2 && (token.endsWith("'s") || token.endsWith("’s"));
    }

    private boolean lastIsPart(String head) {
        String[] t = head.split(" ");
        return rules.nameParts.contains(t[t.length - 1]) && t.length == 1;
    }

    /**
     * Drops leading articles, pronouns, generic nouns, places and possessives ("Die Firma Acme" is Acme,
     * "Dublin's Corrib Compute" is Corrib Compute), and trailing ones; a capitalised article inside starts the
     * name anew ("Über Auricon Die Auricon Systems": a heading run into the next line).
     */
    private String trim(String phrase) {
        int[] span = trimmedSpan(phrase);
        return phrase.substring(span[0], span[1]).replaceAll("[ \\t]+", " ");
    }

    /** Where the trimmed name lies in the phrase (the same words may occur twice: "Auricon Die Auricon Systems"). */
    private int[] trimmedSpan(String phrase) {
        List<int[]> spans = new ArrayList<>();
        Matcher run = TOKEN_RUN.matcher(phrase);
        while (run.find()) {
            spans.add(new int[] {run.start(), run.end()});
        }
        String[] tokens = spans.stream().map(t -> phrase.substring(t[0], t[1])).toArray(String[]::new);
        int i = 0;
        while (i < tokens.length && (rules.isStopToken(tokens[i]) || tokens[i].equals("&")
                || (rules.looksLikeNoun(tokens[i]) || isPlace(tokens[i]) || isPossessive(tokens[i])) && i < tokens.length - 1)) {
            i++;
        }
        for (int k = tokens.length - 2; k > i; k--) {
            if (rules.articlesInside.contains(tokens[k].toLowerCase(Locale.ROOT))) {
                i = k + 1;
                break;
            }
        }
        int j = tokens.length;
        while (j > i && (rules.isStopToken(tokens[j - 1]) || tokens[j - 1].equals("&"))) {
            j--;
        }
        return i >= j ? new int[] {0, 0} : new int[] {spans.get(i)[0], spans.get(j - 1)[1]};
    }

    /** "Wien", and the adjective of a town made with "-er" ("Grazer", "Linzer"), which need not be listed. */
    private boolean isPlace(String token) {
        return rules.places.contains(token) || token.length() > 4 && token.endsWith("er") && rules.places.contains(token.substring(0, token.length() - 2));
    }

    private static final Pattern TOKEN_RUN = Pattern.compile("[^ \\t]+");

    /**
     * The first column of a Markdown table whose header says it lists companies ("| Company | ARR |"),
     * or of a row whose other cells hold money ("| Quarry Labs | New York | $60M |"). Blank lines
     * between rows (as the import leaves them) do not end a table.
     */
    private void table(String text, List<Seed> out) {
        boolean companyColumn = false;
        boolean inTable = false;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(lineStart, lineEnd);
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                lineStart = lineEnd + 1;
                continue;
            }
            if (!trimmed.startsWith("|")) {
                inTable = false;
                companyColumn = false;
            } else if (!inTable && rules.tableHeaders.contains(firstCell(trimmed).toLowerCase(Locale.ROOT))) {
                inTable = true;
                companyColumn = true;
            } else if (!trimmed.matches("\\|[\\s:|-]*")) {
                inTable = true;
                rowName(text, line, lineStart, companyColumn, out);
            }
            lineStart = lineEnd + 1;
        }
    }

    private void rowName(String text, String line, int lineStart, boolean companyColumn, List<Seed> out) {
        int bar = line.indexOf('|');
        int next = line.indexOf('|', bar + 1);
        if (next <= bar) {
            return;
        }
        String raw = line.substring(bar + 1, next);
        String cell = raw.replace("*", "").strip();
        if (cell.isEmpty()) {
            return; // "|  | $4M |": a continuation row names nothing
        }
        boolean moneyInRow = rules.money.matcher(line.substring(next)).find();
        if ((companyColumn || moneyInRow && cell.split(" ").length <= 4 && !lineItem(text, cell)) && looksLikeRowName(cell) && raw.contains(cell)) {
            int s = lineStart + bar + 1 + raw.indexOf(cell);
            out.add(new Seed(cell, cell, s, s + cell.length(), true, DiscoveryRules.isHan(cell.charAt(0))));
        }
    }

    /**
     * "| Revenue | $48,213 |", "| Cost of revenue | … |": a row of a financial statement is labelled with a common
     * noun, which the text also writes in lower case or which holds a lower-case word.
     */
    private boolean lineItem(String text, String cell) {
        if (DiscoveryRules.isHan(cell.charAt(0))) {
            return false;
        }
        for (String word : cell.split("[ \\t]+")) {
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !rules.isStopToken(word)) {
                return true;
            }
        }
        String lower = cell.toLowerCase(Locale.ROOT);
        return !lower.equals(cell) && CompanyDiscovery.occurrences(text, lower) > 0;
    }

    private static String firstCell(String row) {
        int next = row.indexOf('|', 1);
        return (next > 0 ? row.substring(1, next) : row.substring(1)).replace("*", "").strip();
    }

    private boolean looksLikeRowName(String cell) {
        return !cell.isEmpty() && cell.length() <= 40 && !rules.tableGeneric.contains(cell.toLowerCase(Locale.ROOT))
                && (Character.isUpperCase(cell.charAt(0)) || DiscoveryRules.isHan(cell.charAt(0)))
                && !cell.matches(".*\\d{3,}.*") && !namesLineItem(cell);
    }

    /** "Revenue", "Cost of revenue", "F&E-Aufwand", "营业收入": the row of a financial statement, not of a company. */
    private boolean namesLineItem(String cell) {
        String lower = cell.toLowerCase(Locale.ROOT);
        for (String word : lower.split("[^\\p{L}]+")) {
            if (rules.lineItemWords.contains(word)) {
                return true;
            }
        }
        return DiscoveryRules.isHan(cell.charAt(0)) && rules.lineItemWords.stream().anyMatch(w -> DiscoveryRules.isHan(w.charAt(0)) && lower.contains(w));
    }
}
