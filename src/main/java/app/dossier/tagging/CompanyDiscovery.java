package app.dossier.tagging;

import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import app.dossier.model.Ids;
import app.dossier.model.Mention;
import app.dossier.tagging.NameSeeds.Seed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Companies a report names that the registry lacks (rules in discovery.json). Each becomes a company
 * of origin "discovered" with every mention of it in the report, short forms included ("Nordlicht" after
 * "Nordlicht Robotics GmbH"), so figures can be attributed to it until the user accepts or rejects it.
 * Cities, people (a title before the name, "sagt" after it) and generic phrases are not companies; a
 * name that is only ever cited as a source ("laut X", "据X数据显示") becomes a company of kind "source".
 */
public final class CompanyDiscovery {
    /** A company found in one text and its mentions there (report id null). */
    public record Found(Company company, List<Mention> mentions) {
    }

    /** "於2024年9月完成的C輪融資": a date or a number read as the name before a funding phrase is no company. */
    private static final java.util.regex.Pattern DATE_OR_NUMBER = java.util.regex.Pattern.compile(
            "[\\d０-９.,]+(?:[年月日号號]|月份|季度|世纪|世紀)?[\\d０-９]*(?:[年月日号號])?");

    private static final java.util.regex.Pattern FUND_VEHICLE = java.util.regex.Pattern.compile("(.+?) Fund (?:[IVX]+|\\d+)");

    private final DiscoveryRules rules = new DiscoveryRules();
    private final NameSeeds seeds = new NameSeeds(rules);

    /** The names of the companies found, in order of first mention. */
    public List<String> candidates(String text, List<Mention> known) {
        return discover(text, known, Set.of()).stream().map(f -> f.company().name()).toList();
    }

    /**
     * @param known    the registry's mentions of this text: names overlapping them are not new
     * @param rejected names the user rejected (folded with {@link #key}): never offered again
     */
    public List<Found> discover(String text, List<Mention> known, Set<String> rejected) {
        return discover(text, known, rejected, m -> { });
    }

    /**
     * @param superseded receives the registry's mentions that lie inside a new name with a legal form
     *                   ("北辰智源有限公司" holds a registry alias "智源"): the caller drops them
     */
    public List<Found> discover(String text, List<Mention> known, Set<String> rejected,
                                java.util.function.Consumer<Mention> superseded) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Seed> sighted = seeds.find(text);
        List<Mention> registry = withoutEmbedded(text, known == null ? List.of() : known, sighted, superseded);
        List<Seed> kept = new ArrayList<>();
        for (Seed found : sighted) {
            Seed s = withoutPossessive(withoutStrayFirstWord(text, found));
            if (acceptable(text, s, registry, rejected)) {
                kept.add(s);
            }
        }
        for (Seed s : listNeighbours(text, registry, kept)) {
            if (acceptable(text, s, registry, rejected)) {
                kept.add(s);
            }
        }
        for (Seed s : dealItems(text)) {
            if (kept.stream().noneMatch(k -> k.start() < s.end() && s.start() < k.end()) && acceptable(text, s, registry, rejected)) {
                kept.add(s);
            }
        }
        for (Seed s : shareListNeighbours(text, registry, kept)) {
            if (acceptable(text, s, registry, rejected)) {
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparingInt((Seed s) -> -s.name().length()).thenComparingInt(Seed::start));
        List<NameGroup> groups = group(kept, text);
        List<Found> found = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        registry.forEach(m -> taken.add(new int[] {m.start(), m.end()}));
        for (NameGroup g : groups) {
            if (g.forms.stream().anyMatch(f -> rejected.contains(key(f)))) {
                continue;
            }
            List<Mention> mentions = g.mentions(text, taken);
            if (mentions.isEmpty()) {
                continue;
            }
            boolean cited = mentions.stream().allMatch(m -> cited(text, m.start(), m.end()));
            Company company = new Company(Ids.slug(g.canonical()), g.canonical(), g.aliases(), List.of(),
                    cited ? Company.SOURCE_KIND : kindOf(g.canonical()), CompanyOrigin.DISCOVERED);
            found.add(new Found(company, mentions.stream().map(m -> new Mention(null, company.id(), m.start(),
                    m.end(), m.text(), false, false)).toList()));
        }
        found.sort(Comparator.comparingInt(f -> f.mentions().get(0).start()));
        return found;
    }

    /**
     * A registry alias inside a Chinese name with a legal form, not at its start ("智源" in "北辰智源有限公司"): the
     * name is another company that contains the alias as a word part, so the alias does not count there, nor in
     * the name's short form elsewhere ("北辰智源获3亿元"). An alias at the start ("华为技术有限公司") is the
     * registry company itself.
     */
    private List<Mention> withoutEmbedded(String text, List<Mention> known, List<Seed> sighted,
                                          java.util.function.Consumer<Mention> superseded) {
        Set<String> heads = new LinkedHashSet<>();
        for (Seed s : sighted) {
            if (s.han() && s.strong() && !s.written().equals(s.name()) && rules.cjkLegalForms.stream().anyMatch(s.written()::endsWith)) {
                heads.add(s.name());
            }
        }
        if (heads.isEmpty() || known.isEmpty()) {
            return known;
        }
        List<Mention> kept = new ArrayList<>();
        for (Mention m : known) {
            boolean inside = false;
            for (String head : heads) {
                // an occurrence of the name that starts before the mention and reaches past its end
                for (int at = Math.max(0, m.end() - head.length()); at < m.start() && !inside; at++) {
                    inside = text.startsWith(head, at);
                }
            }
            if (inside) {
                superseded.accept(m);
            } else {
                kept.add(m);
            }
        }
        return kept;
    }

    /**
     * "Registerauszug Kestrel Labs", "Inside Vantor AI": a word before the name (a heading, a noun, a verb) when the
     * text names the rest without it more often than with it.
     */
    private Seed withoutStrayFirstWord(String text, Seed s) {
        int space = s.name().indexOf(' ');
        if (s.han() || space < 0) {
            return s;
        }
        String first = s.name().substring(0, space);
        String rest = s.name().substring(space + 1);
        String restFirst = rest.split(" ")[0];
        boolean restStandsAlone = occurrences(text, rest) > occurrences(text, s.name());
        // "Mittelstand Veritext Systems AG" after a line break the import joined: the text writes the first word
        // without the name and the name without the first word
        boolean afterNoun = !rules.nameParts.contains(restFirst) && afterLowerCaseWord(text, s.start())
                && occurrences(text, first + " " + restFirst) == 1;
        // "… kein On-Prem Quellform (Lyon): …", a slide's lines run together: a hyphenated compound noun ends the line
        // before, and a one-word firm with its town in brackets starts the next
        int restAt = text.indexOf(rest, s.start());
        boolean restBeforeTown = rest.indexOf(' ') < 0 && restAt >= 0
                && rules.placeInBrackets.matcher(text.substring(restAt, Math.min(text.length(), Math.max(restAt, s.end()) + 40))).lookingAt();
        boolean compoundBeforeFirm = first.indexOf('-') > 0 && restBeforeTown;
        // one word left ("on Zentrix Microsystems Corp." → "Microsystems") must be written alone too: a first word the
        // text names alone after a preposition is the name's own start, not a noun run into it
        boolean restAloneIfOneWord = rest.indexOf(' ') > 0 || restStandsAlone || restBeforeTown;
        boolean gluedWord = afterNoun && (occurrences(text, first) > 1 || compoundBeforeFirm) && restAloneIfOneWord;
        if (!Character.isLetter(rest.charAt(0)) || rest.indexOf(' ') < 0 && !gluedWord // "Fathom Relay" stays whole beside a product "Relay Voice"
                || !restStandsAlone && !gluedWord) {
            return s;
        }
        int at = text.indexOf(rest, s.start());
        if (at < 0 || at >= s.end()) {
            return s;
        }
        // one word left before its town in brackets ("Docspire (Amsterdam)") is as strong as that evidence is for one word
        boolean homeTown = gluedWord && rest.indexOf(' ') < 0 && rules.placeInBrackets.matcher(text.substring(at, Math.min(text.length(), s.end() + 40))).lookingAt();
        return new Seed(rest, text.substring(at, s.end()), at, s.end(), s.strong() || homeTown, false);
    }

    /** "welcome to Halden Cloud's call": the possessive names the company itself. */
    private static Seed withoutPossessive(Seed s) {
        String n = s.name();
        boolean possessive = !s.han() && n.length() > 3 && (n.endsWith("'s") || n.endsWith("’s"))
                && (s.written().endsWith("'s") || s.written().endsWith("’s"));
        return possessive ? new Seed(n.substring(0, n.length() - 2), s.written().substring(0, s.written().length() - 2),
                s.start(), s.end() - 2, s.strong(), false) : s;
    }

    /**
     * "kaum noch Mittelstand", "schwach bei Handschrift": a lower-case word other than an article stands before the
     * seed, so its first word ends the phrase before (a noun), not a name that would follow an article.
     */
    private boolean afterLowerCaseWord(String text, int start) {
        int[] w = DiscoveryRules.wordBefore(text, start);
        int j = w[0];
        int i = w[1];
        String word = text.substring(j, i);
        return j < i && word.equals(word.toLowerCase(java.util.Locale.ROOT)) && !rules.articlesInside.contains(word);
    }

    /** "…, Vaultline GmbH, Paperfold …": the next item of a list after a company is one too. */
    private static final java.util.regex.Pattern LIST_NEXT = java.util.regex.Pattern.compile(
            "(?:,|[ \\t](?:and|und|sowie|or|oder))[ \\t]+(" + DiscoveryRules.TOKEN + "(?:[ \\t]+(?:" + DiscoveryRules.TOKEN
                    + "))?)(?=[ \\t]*(?:[,.;)…]|$|[ \\t](?:and|und|or|oder)[ \\t]))", java.util.regex.Pattern.MULTILINE);

    /**
     * Names listed right after a company of the registry or a name already found, that the text uses again:
     * an enumeration of companies goes on with companies. Weak evidence, checked like the others.
     */
    private List<Seed> listNeighbours(String text, List<Mention> registry, List<Seed> found) {
        Set<Integer> companyEnds = new HashSet<>();
        registry.forEach(m -> companyEnds.add(m.end()));
        found.forEach(s -> companyEnds.add(s.end()));
        List<Seed> out = new ArrayList<>();
        java.util.regex.Matcher m = LIST_NEXT.matcher(text);
        while (m.find()) {
            if (!companyEnds.contains(m.start())) {
                continue;
            }
            String name = m.group(1);
            if (occurrences(text, name) >= 2 && !rules.isStopToken(name.split(" ")[0]) && !rules.looksLikeNoun(name)) {
                out.add(new Seed(name, name, m.start(1), m.end(1), false, false));
            }
        }
        return out;
    }

    /**
     * "- Kestrelworks, $25 million (Series A)", "… Quillmark, $4M seed …", "Also raising: Brightfold AI, €6 million":
     * an item of a newsletter's deal list opens with the company and gives its round after a comma. The item
     * starts a line (after a bullet), follows an ellipsis, or follows the colon of a lead-in.
     */
    private static final java.util.regex.Pattern DEAL_ITEM = java.util.regex.Pattern.compile(
            "(?:^[ \\t]*(?:[-*•·▪][ \\t]+)?|(?:\\.\\.\\.|…)[ \\t]*|\\p{Ll}:[ \\t]+)((?:" + DiscoveryRules.TOKEN + ")(?:[ \\t]+(?:"
                    + DiscoveryRules.TOKEN + ")){0,3}),[ \\t]*(?:(?:US|A|C|HK|S)?[$€£¥][ \\t]?\\d|\\d[\\d.,]*[ \\t]?(?:Mio|Mrd|Millionen|Milliarden|million|billion|bn|[MB](?![\\p{L}]))"
                    + "[ \\t]*(?:[$€£¥]|Euro|Dollar|US-Dollar|EUR|USD|CHF|GBP)?)",
            java.util.regex.Pattern.MULTILINE);
    /** "- 澜舟智算，2亿元（B轮）": the same item in Chinese, a Han name before its amount. */
    private static final java.util.regex.Pattern HAN_DEAL_ITEM = java.util.regex.Pattern.compile(
            "^[ \\t]*[-*•·▪][ \\t]*(\\p{IsHan}{2,8})[，,][ \\t]*(?:(?:人民币|人民幣|美元|新台幣)?[\\d.]+[ \\t]?(?:亿|億|万|萬))",
            java.util.regex.Pattern.MULTILINE);

    private static final java.util.regex.Pattern ROUND_WORD = java.util.regex.Pattern.compile(
            "(?i)(?<![\\p{L}])(?:series|seed|pre-seed|round|runde|finanzierungsrunde|angel|bridge|extension)(?![\\p{L}])");
    private static final int DEAL_ROUND_REACH = 80;

    private List<Seed> dealItems(String text) {
        List<Seed> out = new ArrayList<>();
        java.util.regex.Matcher m = DEAL_ITEM.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            String first = name.split("[ \\t]+")[0];
            boolean digits = name.chars().anyMatch(Character::isDigit);
            boolean lineItem = java.util.Arrays.stream(name.split("[ \\t]+")).map(w -> w.toLowerCase(java.util.Locale.ROOT))
                    .anyMatch(w -> rules.lineItemWords.contains(w) || rules.tableGeneric.contains(w));
            if (!digits && !lineItem && !rules.isStopToken(first) && !rules.looksLikeNoun(name) && !rules.legalForm.matcher(name).find()) {
                out.add(new Seed(name, name, m.start(1), m.end(1), false, false));
            }
        }
        if (out.size() == 1) {
            // one item alone is a deal only when its line names a round ("Series A", "seed") or the text names it again
            Seed s = out.get(0);
            int lineEnd = text.indexOf('\n', s.end());
            String rest = text.substring(s.end(), lineEnd < 0 ? text.length() : Math.min(lineEnd, s.end() + DEAL_ROUND_REACH));
            if (!ROUND_WORD.matcher(rest).find() && occurrences(text, s.name()) < 2) {
                out.clear();
            }
        }
        m = HAN_DEAL_ITEM.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!rules.cjkGenericParts.stream().anyMatch(CharFolding.fold(name)::contains)
                    && !rules.cjkGenericStarts.stream().anyMatch(CharFolding.fold(name)::startsWith) && !rules.cjkPlaces.contains(name)) {
                out.add(new Seed(name, name, m.start(1), m.end(1), false, true));
            }
        }
        return out;
    }

    /** "，X约占9.4%": an item of a Chinese list of shares, opened by a separator and closed by its share verb. */
    private static final java.util.regex.Pattern HAN_SHARE_ITEM = java.util.regex.Pattern.compile(
            "(?<=[，,、；;：:]|其中)(\\p{IsHan}{2,6}?)(?=(?:大约|大約|约|約)?(?:占|佔)(?:比)?(?:约|約)?[\\d０-９])");

    private static final java.util.regex.Pattern HAN_SHARE_VERB = java.util.regex.Pattern.compile(
            "(?:大约|大約|约|約)?(?:占|佔)(?:比)?(?:约|約)?[\\d０-９]");

    private static final int SHARE_LIST_REACH = 300;

    /**
     * "华为云约占16.3%，商汤科技约占11.9%，凌云光约占9.4%": a name in a Chinese enumeration of market shares where
     * another item is a company already known, the way a prospectus lists the top players. Generic items
     * ("发行人", "其他") are left out by the generic words.
     */
    private List<Seed> shareListNeighbours(String text, List<Mention> registry, List<Seed> found) {
        if (text.indexOf('占') < 0 && text.indexOf('佔') < 0) {
            return List.of();
        }
        List<int[]> companySpans = new ArrayList<>();
        registry.forEach(m -> companySpans.add(new int[] {m.start(), m.end()}));
        found.forEach(s -> companySpans.add(new int[] {s.start(), s.end()}));
        companySpans.sort(java.util.Comparator.comparingInt(c -> c[0]));
        int[] spanStarts = companySpans.stream().mapToInt(c -> c[0]).toArray();
        List<Seed> out = new ArrayList<>();
        java.util.regex.Matcher m = HAN_SHARE_ITEM.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            // the sentence around the item, looked for within SHARE_LIST_REACH so a text without 。 stays linear
            int sentenceStart = Math.max(0, m.start() - SHARE_LIST_REACH);
            for (int i = m.start(); i > sentenceStart; i--) {
                if (text.charAt(i - 1) == '。' || text.charAt(i - 1) == '\n') {
                    sentenceStart = i;
                    break;
                }
            }
            int sentenceEnd = Math.min(text.length(), m.end() + SHARE_LIST_REACH);
            int stop = text.indexOf('。', m.end());
            sentenceEnd = stop >= 0 && stop < sentenceEnd ? stop : sentenceEnd;
            boolean besideCompany = false;
            int first = java.util.Arrays.binarySearch(spanStarts, sentenceStart);
            first = first < 0 ? -first - 1 : first;
            while (first > 0 && spanStarts[first - 1] == sentenceStart) {
                first--;
            }
            for (int k = first; k < companySpans.size() && spanStarts[k] < sentenceEnd; k++) {
                int[] c = companySpans.get(k);
                if (c[0] >= sentenceStart && c[1] <= sentenceEnd && (c[1] <= m.start() || c[0] >= m.end())
                        && HAN_SHARE_VERB.matcher(text).region(c[1], Math.min(text.length(), c[1] + 8)).lookingAt()) {
                    besideCompany = true;
                    break;
                }
            }
            if (besideCompany && !rules.cjkGenericParts.stream().anyMatch(CharFolding.fold(name)::contains)
                    && !rules.cjkGenericStarts.stream().anyMatch(CharFolding.fold(name)::startsWith) && !rules.cjkPlaces.contains(name)) {
                out.add(new Seed(name, name, m.start(1), m.end(1), false, true));
            }
        }
        return out;
    }

    private boolean acceptable(String text, Seed s, List<Mention> known, Set<String> rejected) {
        String k = key(s.name());
        if (k.length() < 2 || DATE_OR_NUMBER.matcher(s.name()).matches() || rules.stopNames.contains(k) || rules.stopNames.contains(key(s.written()))
                || rejected.contains(k) || rules.places.contains(s.name())) {
            return false;
        }
        for (Mention m : known) {
            if (m.start() < s.end() && s.start() < m.end()) {
                return false;
            }
        }
        if (!s.han() && !s.strong() && (DiscoveryRules.endsWithAny(text, s.start(), rules.personTitles, 20)
                || DiscoveryRules.startsWithAny(text, s.end(), rules.spokenAfter, 12)
                || s.name().length() < 3)) {
            return false;
        }
        if (!s.han() && !s.strong() && s.name().indexOf(' ') > 0 && rules.isSectorWord(s.name().split(" ")[0])) {
            return false; // "Im Bereich Logistik sammelt das Start-up X…": a sector before a funding verb, not its subject
        }
        if (!s.han() && titleCasedPhrase(text, s.name())) {
            return false; // "Summary Consolidated Financial Data" over "our consolidated financial data"
        }
        if (!s.han() && (role(s.name()) || role(s.written()))) {
            return false; // "Tomás Rivière, Managing Partners", "Letter to Limited Partners": people and their roles
        }
        if (!s.han() && !s.strong() && s.name().indexOf(' ') < 0 && (rules.isGenericFirst(s.name()) || commonWordAtSentenceStart(text, s)
                || occurrences(text, s.name().toLowerCase(java.util.Locale.ROOT)) > 0 && !s.name().equals(s.name().toLowerCase(java.util.Locale.ROOT)))) {
            return false; // "Total raised to date: $22.5M"
        }
        if (!s.han() && !s.strong() && s.name().indexOf(' ') < 0 && !rules.moneyInSentence(text, s.end()) && !rules.percentAfter(text, s.end())
                && occurrences(text, s.name()) < 2) {
            return false; // "das Unternehmen Zugang zu…": one capitalised word once, with nothing else for it
        }
        return s.han() || !DiscoveryRules.endsWithAny(text, s.start(), rules.personTitles, 6);
    }

    /** A heading in title case: the text writes its last two words in lower case elsewhere ("financial data"). */
    private static boolean titleCasedPhrase(String text, String name) {
        String[] tokens = name.split(" ");
        if (tokens.length < 2) {
            return false;
        }
        String tail = (tokens[tokens.length - 2] + " " + tokens[tokens.length - 1]).toLowerCase(java.util.Locale.ROOT);
        return !tail.equals(tokens[tokens.length - 2] + " " + tokens[tokens.length - 1]) && occurrences(text, tail) > 0;
    }

    private boolean role(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s,]+", " ").strip();
        return rules.rolePhrases.stream().anyMatch(lower::endsWith);
    }

    /** One capitalised word opening a sentence or line that the text also writes in lower case ("Total", "total"). */
    private static boolean commonWordAtSentenceStart(String text, Seed s) {
        int i = s.start();
        while (i > 0 && " \t•·-–—*#>".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        boolean opens = i == 0 || text.charAt(i - 1) == '\n' || i >= 2 && ".!?:".indexOf(text.charAt(i - 2)) >= 0 && text.charAt(i - 1) == ' ';
        String lower = s.name().toLowerCase(java.util.Locale.ROOT);
        return opens && !lower.equals(s.name()) && occurrences(text, lower) > 0;
    }

    /** How often the word stands alone (no letter or ASCII digit touching it), found by indexOf, not a regex per seed. */
    static int occurrences(String text, String word) {
        int n = 0;
        int at = text.indexOf(word);
        while (at >= 0) {
            int end = at + word.length();
            boolean alone = (at == 0 || !isWordChar(Character.codePointBefore(text, at)))
                    && (end == text.length() || !isWordChar(Character.codePointAt(text, end)));
            if (alone) {
                n++;
            }
            at = text.indexOf(word, alone ? end : at + 1);
        }
        return n;
    }

    /** What the regex classes [\p{L}\d] hold: any letter, an ASCII digit. */
    private static boolean isWordChar(int codePoint) {
        return Character.isLetter(codePoint) || codePoint >= '0' && codePoint <= '9';
    }

    /** Cited as a source: "according to X", "laut X", "据X", "X数据显示", "Quelle: X". */
    public boolean cited(String text, int start, int end) {
        return DiscoveryRules.endsWithAny(text, start, rules.sourceBefore, 24)
                || DiscoveryRules.startsWithAny(text, end, rules.sourceAfter, 16) || analystsFirm(text, start, end);
    }

    private static final int VENUE_REACH = 10;

    /** "(NASDAQ: HLVN)": an exchange before a ticker. */
    private static final java.util.regex.Pattern TICKER_AFTER = java.util.regex.Pattern.compile("[ \\t]*[:：][ \\t]*[A-Z0-9.]{1,6}[)）]");

    /**
     * An exchange named as the place of a listing ("在科创板上市", "listed on the New York Stock Exchange",
     * "(NASDAQ: HLVN)"), not as a business the report is about.
     */
    public boolean listingVenue(String text, int start, int end) {
        if (DiscoveryRules.endsWithAny(text, start, rules.venueBefore, 24) || DiscoveryRules.startsWithAny(text, end, rules.venueAfter, 12)
                || DiscoveryRules.startsWithAny(text, end, rules.segmentAfter, 16)
                || TICKER_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 12))).lookingAt()) {
            return true;
        }
        String near = text.substring(Math.max(0, start - VENUE_REACH), start) + "|" + text.substring(end, Math.min(text.length(), end + VENUE_REACH));
        near = near.replaceAll(".*[。；;\\n](?=.*\\|)", "").replaceAll("[。；;\\n].*", ""); // the clause around the name
        return rules.venueNear.stream().anyMatch(near::contains);
    }

    /** "…question comes from Tom Reyes with Jefferies", "Tom Reyes -- Jefferies -- Analyst": the firm an analyst speaks for. */
    private boolean analystsFirm(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        String before = text.substring(Math.max(lineStart, start - 100), start);
        // "Raj Patel - Brightwater Securities" in a call's list of participants (one a line, or run together)
        return rules.analystBefore.matcher(before).find() || DiscoveryRules.startsWithAny(text, end, rules.analystAfter, 16)
                || rules.participantBefore.matcher(before).find();
    }

    private String kindOf(String name) {
        if (name.matches(".*(Ventures|Capital|Partners|资本|資本|创投|創投|投资|投資)$")) {
            return "vc";
        }
        return name.matches(".*(Robotics|Robotik|机器人|機器人).*") ? "robotics" : Company.OTHER_KIND;
    }

    /** Seeds (longest name first) grouped into companies by shared forms; a short form two share is dropped. */
    private List<NameGroup> group(List<Seed> seeds, String text) {
        List<NameGroup> groups = new ArrayList<>();
        Map<String, NameGroup> byForm = new HashMap<>();
        Map<String, Set<NameGroup>> shortOwners = new HashMap<>();
        for (Seed s : seeds) {
            Set<String> forms = s.han() ? HanVariants.of(s.written(), rules, text) : latinForms(s);
            NameGroup g = forms.stream().map(f -> byForm.get(key(f))).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (g == null) {
                g = new NameGroup(s.han());
                groups.add(g);
            }
            g.add(s, forms);
            for (String f : forms) {
                byForm.putIfAbsent(key(f), g);
            }
            String shortForm = s.han() ? null : shortForm(s.name());
            if (shortForm != null) {
                shortOwners.computeIfAbsent(key(shortForm), x -> new LinkedHashSet<>()).add(g);
            }
        }
        shortOwners.forEach((k, owners) -> {
            if (owners.size() > 1) {
                owners.forEach(o -> o.forms.removeIf(f -> key(f).equals(k)));
            }
        });
        mergeOtherScript(seeds, groups, byForm, text);
        return groups;
    }

    /**
     * "北京某某科技股份有限公司\nBeijing Moumou Technology Co., Ltd.", "某某有限公司（Moumou Co., Ltd.）": a registered
     * Chinese name followed at once by its Latin rendering with a legal form is one company named in two scripts,
     * as prospectuses and letterheads write it; the Latin name becomes an alias of the Chinese one.
     */
    private static final int OTHER_SCRIPT_GAP = 24;

    /** Only a line break or a bracket stands between the two names, and perhaps the place the Latin name opens with ("Beijing"). */
    private boolean betweenScripts(String gap) {
        String rest = gap.replaceAll("[\\s(（]", " ").strip();
        return rest.isEmpty() || rules.places.contains(rest);
    }

    private void mergeOtherScript(List<Seed> seeds, List<NameGroup> groups, Map<String, NameGroup> byForm, String text) {
        for (Seed latin : seeds) {
            if (latin.han() || !latin.strong()) {
                continue;
            }
            for (Seed han : seeds) {
                if (!han.han() || !han.strong() || han.end() > latin.start() || latin.start() - han.end() > OTHER_SCRIPT_GAP
                        || !betweenScripts(text.substring(han.end(), latin.start()))) {
                    continue;
                }
                NameGroup h = byForm.get(key(han.written()));
                NameGroup l = byForm.get(key(latin.written().replaceAll("\\s+", " ")));
                if (h != null && l != null && h != l && h.han && !l.han) {
                    h.otherScript.addAll(l.forms);
                    groups.remove(l);
                    l.forms.forEach(f -> byForm.put(key(f), h));
                }
            }
        }
    }

    private Set<String> latinForms(Seed s) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(s.name());
        forms.add(s.written().replaceAll("\\s+", " "));
        String shortForm = shortForm(s.name());
        if (shortForm != null) {
            forms.add(shortForm);
        }
        java.util.regex.Matcher fund = FUND_VEHICLE.matcher(s.name());
        if (fund.matches()) {
            forms.add(fund.group(1)); // "Brenmoor Capital Fund II" is a fund of Brenmoor Capital
        }
        java.util.regex.Matcher manager = rules.managerVehicle.matcher(s.name());
        if (manager.matches() && manager.group(1).indexOf(' ') > 0) {
            forms.add(manager.group(1)); // "Harborline Ventures Management" manages Harborline Ventures' funds
        }
        return forms;
    }

    /** "Nordlicht" of "Nordlicht Robotics": the first word, when the rest are company words. */
    private String shortForm(String name) {
        String[] tokens = name.split(" ");
        if (tokens.length < 2 || tokens[0].length() < 4 || rules.isStopToken(tokens[0]) || rules.isGenericFirst(tokens[0])
                || rules.places.contains(tokens[0]) || rules.nameParts.contains(tokens[0])) {
            return null;
        }
        for (int i = 1; i < tokens.length; i++) {
            if (!rules.nameParts.contains(tokens[i])) {
                return null;
            }
        }
        return tokens[0];
    }

    /** A name folded for comparison (case, width, traditional and simplified Han, spacing). */
    public static String key(String name) {
        return CharFolding.fold(name).replaceAll("\\s+", " ").trim();
    }

    /** The forms one company goes by in a text. */
    private static final class NameGroup {
        final boolean han;
        final Set<String> forms = new LinkedHashSet<>();
        final Set<String> names = new LinkedHashSet<>();
        /** The Latin rendering of a Chinese registered name: aliases, never the canonical name. */
        final Set<String> otherScript = new LinkedHashSet<>();

        NameGroup(boolean han) {
            this.han = han;
        }

        void add(Seed s, Set<String> more) {
            names.add(s.name());
            forms.addAll(more);
        }

        /** Latin: the longest name without legal form; Chinese: the longest form, the registered name. */
        String canonical() {
            Set<String> pool = han ? forms : names;
            return pool.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        }

        List<String> aliases() {
            String canonical = canonical();
            List<String> out = new ArrayList<>(forms.stream().filter(f -> !f.equals(canonical)).toList());
            out.addAll(otherScript);
            return out;
        }

        /** Every occurrence of a form, longest forms first, none overlapping what is taken. */
        List<Mention> mentions(String text, List<int[]> taken) {
            List<Mention> out = new ArrayList<>();
            List<String> byLength = new ArrayList<>(forms);
            byLength.addAll(otherScript);
            byLength.sort(Comparator.comparingInt(String::length).reversed());
            Set<Integer> starts = new HashSet<>();
            for (String form : byLength) {
                for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                    int end = at + form.length();
                    if ((!han || otherScript.contains(form)) && !wordBounded(text, at, end)) {
                        continue;
                    }
                    if (free(taken, at, end) && starts.add(at)) {
                        taken.add(new int[] {at, end});
                        out.add(new Mention(null, null, at, end, form, false, false));
                    }
                }
            }
            out.sort(Comparator.comparingInt(Mention::start));
            return out;
        }

        private static boolean wordBounded(String text, int start, int end) {
            return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
        }

        private static boolean free(List<int[]> taken, int start, int end) {
            for (int[] t : taken) {
                if (t[0] < end && start < t[1]) {
                    return false;
                }
            }
            return true;
        }
    }
}
