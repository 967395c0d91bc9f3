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
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The word lists and patterns of discovery.json, compiled once. */
final class DiscoveryRules {
    /** A capitalised word of a Latin name: "Nordlicht", "Auremo", "1X" is not, "n8n" is not. */
    static final String TOKEN = "\\p{Lu}[\\p{L}\\d&'’-]*[\\p{L}\\d]|\\p{Lu}";

    final Pattern legalForm;
    /** A whole line of capitals ending in a legal form: "MERIDIAN VECTOR LTD.", "NORDLICHT ROBOTICS GMBH". */
    final Pattern capitalLegalForm;
    /** "Docuvant and Merrow each hold about 12%", "Kestrel hält 20 %": one or two names before a share verb. */
    final Pattern shareAfter;
    private static final Pattern PERCENT = Pattern.compile("\\d+(?:[.,]\\d+)?[ \\t\\u00a0]?(?:%|Prozent|percent|per cent)");
    final Pattern namePart;
    final Pattern descriptor;
    final Pattern fundingAfter;
    final Pattern fundingBefore;
    final Pattern cjkFunding;
    final Pattern cjkSuffix;
    final Pattern cjkLegalForm;
    final Pattern cjkDescriptor;
    /** The patterns above that contain a word of a list, run only where the word occurs. */
    final AnchoredPatterns anchored;
    final Pattern money = Pattern.compile("[$€£¥]\\s?\\d|\\d[\\d.,]*\\s?(?:[$€£]|Mio|Mrd|Millionen|Milliarden|million|billion|bn|m\\b|M\\b|k\\b|Euro|Dollar|Pfund|USD|EUR|GBP|CHF)");
    final Set<String> legalForms;
    final Set<String> nameParts;
    /** Name parts that are also everyday nouns ("AI", "Data", "Robotik"): a heading in title case ends a phrase with them too. */
    final Set<String> commonNameParts;
    /** "Voice", "Bereich", "Markt": a field or sector; before an everyday company word it names the field, not a firm. */
    final Set<String> sectorWords;
    final Set<String> tableHeaders;
    final Set<String> tableGeneric;
    /** Words of a financial statement's line items ("Cost of revenue", "F&E-Aufwand", "营业收入"): a row so named is no company. */
    final Set<String> lineItemWords;
    final Set<String> stopTokens;
    final Set<String> genericFirstTokens;
    final Set<String> stopNames = new HashSet<>();
    final Set<String> places;
    final List<String> nounEndings;
    final List<String> personTitles;
    final List<String> rolePhrases;
    final Set<String> articlesInside;
    /** "Kobaltwerk, die Münchner Firma …", "Velora, a Lisbon-based company …": a descriptor in an apposition after the name. */
    final Pattern appositionAfter;
    /** "…raised $40 million; Kestrel Grid, $25 million", "Aleph Alpha mit 2,3 Mrd., Kobaltwerk mit 600 Mio.": the next item of a list of amounts. */
    final Pattern amountListItem;
    /** "Kestrel (Leipzig)", "Docspire (Amsterdam)": a name with its home town in brackets, as round-ups and competitor slides write them. */
    final Pattern placeInBrackets;
    /** "folgen Arvelo mit 2,1 Mrd., die Zürcher Helvion AG mit 950 Mio.": the first item of a list of amounts. */
    final Pattern amountListHead;
    /** "Harborline Ventures Management LLC": the firm that manages a fund is a form of the fund's name. */
    final Pattern managerVehicle;
    final List<String> cjkSubjectAfter;
    /** "Welcome to the Vireo third quarter earnings call": the company whose call it is. */
    final Pattern callOpener;
    /** "I want to ask about Corvane": a rival an analyst asks about on a call. */
    final Pattern askedAbout;
    final List<String> cjkEventAfter;
    final List<String> spokenAfter;
    final List<String> sourceBefore;
    final List<String> sourceAfter;
    /** "Our next question comes from Tom Reyes with": an analyst's firm follows, named as the analyst's source, not as news. */
    final Pattern analystBefore;
    final List<String> analystAfter;
    /** "listed on the", "在…上市": an exchange named as where shares are listed, not as a business. */
    final List<String> venueBefore;
    final List<String> venueAfter;
    /** "2023年登陆科创板，首发募集…": a listing word in the same clause, either side of a Chinese exchange name. */
    final List<String> venueNear;
    /** "科创板AI公司", "Nasdaq companies": the exchange names a segment of listed companies. */
    final List<String> segmentAfter;
    /** "Raj Patel - " opening a line of a call's participants: the analyst's firm follows. */
    final Pattern participantBefore;
    /** "Brackwater, maker of …", "Kobaltwerk, Anbieter von …": an apposition without an article. */
    final Pattern appositionBare;
    /** "Logos: Harbor Grid, Fjordline, Vestas", "Wettbewerber: …": a line that lists companies after its label. */
    final Pattern companyListLine;
    final List<String> cjkPlaces;
    final List<String> cjkLegalForms;
    final List<String> cjkIndustryParts;
    final List<String> cjkDescriptors;
    final List<String> cjkBoundaryWords;
    final List<String> cjkGenericParts;
    /** Generic words a registered name holds beside its own part (杭州澜舟算力网络有限公司, 鼎智雲端股份有限公司). */
    final List<String> cjkNameDescriptors;
    final List<String> cjkGenericStarts;
    final List<String> cjkWeakSuffixes;
    /** "今年3月", "相继": what may stand between a Chinese name and its funding verb, read off the end. */
    final Pattern cjkTimeBeforeVerb;
    final List<String> cjkContextWords;
    final String cjkFunctionChars;
    final String cjkTrailingChars;
    final int cjkContextReach;
    final int fundingReach;

    DiscoveryRules() {
        JsonNode root;
        try (InputStream in = DiscoveryRules.class.getResourceAsStream("/tagging/discovery.json")) {
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String tokens = "(?:" + TOKEN + ")(?:[ \\t]+(?:" + TOKEN + "|&)){0,3}";
        String legal = alternation(root.path("legalForms"));
        String parts = alternation(root.path("nameParts"));
        legalForm = Pattern.compile("(?<![\\p{L}\\d])(" + tokens + ")(,?[ \\t]+(?:" + legal + "))(?![\\p{L}\\d])");
        capitalLegalForm = Pattern.compile("((?:\\p{Lu}[\\p{Lu}\\d&'-]*[ \\t]+){1,4}?),?[ \\t]*(?i:" + legal + ")");
        namePart = Pattern.compile("(?<![\\p{L}\\d])((?:" + TOKEN + ")(?:[ \\t]+(?:" + TOKEN + ")){0,2})[ \\t]+(" + parts + ")(?![\\p{L}\\d]|-\\p{L})");
        // one space: "Unternehmen   Umsatz 2024" aligned in a text table is a header row, not a descriptor and its name
        descriptor = Pattern.compile("(?<![\\p{L}\\d])(?:" + alternation(root.path("latinDescriptors")) + ")[ \\t\\u00a0](" + TOKEN
                + ")((?:[ \\t]+(?:" + parts + "))*)(?:,?[ \\t]+(?:" + legal + "))?(?![\\p{L}\\d])");
        // "Tallyforge: raised $150M" on a competitor slide: the name as the label of its line
        fundingAfter = Pattern.compile("(?<![\\p{L}\\d])((?:" + TOKEN + ")(?:[ \\t]+(?:" + TOKEN + ")){0,2})(?:[ \\t]*\\([^()\\n]{1,40}\\))?:?[ \\t]+(?:"
                + alternation(root.path("fundingVerbsAfter")) + ")(?![\\p{L}])");
        String name = "(?:" + TOKEN + ")(?:[ \\t]+(?:" + TOKEN + ")){0,1}";
        shareAfter = Pattern.compile("(?<![\\p{L}\\d])(" + name + ")(?:[ \\t]+(?:and|und|&)[ \\t]+(" + name + "))?[ \\t]+(?:each[ \\t]+|jeweils[ \\t]+|together[ \\t]+|zusammen[ \\t]+)?(?:"
                + alternation(root.path("shareVerbsAfter")) + ")(?![\\p{L}])(?![ \\t\\n]+\\p{Lu})"); // "… X hält Lumara 14 %": inverted, Lumara holds
        appositionAfter = Pattern.compile("(?<![\\p{L}\\d])(" + name + "),[ \\t]+(?:a|an|the|die|der|das|ein|eine|einem)[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,2}?(?:"
                + alternation(root.path("latinDescriptors")) + ")(?![\\p{L}'’]|[ \\t]+(?:at|of|for|bei|von|für|der|des)[ \\t])");
        amountListItem = Pattern.compile("[;,][ \\t]+(?:and[ \\t]+|und[ \\t]+|sowie[ \\t]+)?(" + name
                + ")(?:,[ \\t]+(?:about[ \\t]+|around[ \\t]+|rund[ \\t]+|etwa[ \\t]+)?[$€£]\\d|[ \\t]+mit[ \\t]+(?:knapp[ \\t]+|rund[ \\t]+|gut[ \\t]+|etwa[ \\t]+)?\\d[\\d.,]*[ \\t]?(?:Mio|Mrd|Millionen|Milliarden|Euro|Dollar|€))");
        appositionBare = Pattern.compile("(?<![\\p{L}\\d])(" + name + "),[ \\t]+(?:" + alternation(root.path("latinDescriptors"))
                + ")[ \\t]+(?:of|von)[ \\t]");
        companyListLine = Pattern.compile("(?m)^[ \\t•·*>–—-]*(?:" + alternation(root.path("companyListLabels")) + ")[ \\t]*[:：][ \\t]*([^\\n]+)$");
        String connector = "[ \\t]+(?:" + alternation(root.path("listConnectorWords")) + ")[ \\t]+(?:knapp[ \\t]+|rund[ \\t]+|gut[ \\t]+|etwa[ \\t]+|about[ \\t]+|around[ \\t]+)?[$€£]?\\d";
        amountListHead = Pattern.compile("(?<![\\p{L}\\d])(" + name + ")" + connector + "[\\d.,]*[ \\t]?(?:Mio|Mrd|Millionen|Milliarden|million|billion|bn|m|M|Euro|Dollar|€|\\$)?\\.?[,;][^.;\\n]{1,60}?" + connector);
        placeInBrackets = Pattern.compile("(?<![\\p{L}\\d])((?:" + TOKEN + ")(?:[ \\t]+(?:" + TOKEN + ")){0,2})[ \\t]*\\((?:" + alternation(root.path("places")) + ")\\)");
        String upToThree = "(?:" + TOKEN + ")(?:[ \\t]+(?:" + TOKEN + ")){0,2}";
        callOpener = Pattern.compile("(?i:" + alternation(root.path("callOpeners")) + ")[ \\t]+(" + upToThree + ")(?:'s|’s)?[ \\t][^.\\n]{0,60}?(?i:"
                + alternation(root.path("callWords")) + ")(?![\\p{L}])");
        askedAbout = Pattern.compile("(?:" + alternation(root.path("askedAbout")) + ")[ \\t]+(" + upToThree + ")");
        managerVehicle = Pattern.compile("(.+?) (?:" + alternation(root.path("managerWords")) + ")");
        fundingBefore = Pattern.compile("(?:" + alternation(root.path("fundingWordsBefore")) + ")[ \\t]+((?:" + TOKEN
                + ")(?:[ \\t]+(?:" + TOKEN + ")){0,2})");
        // the phrase or word is found first and the name read backwards from it: a pattern starting with
        // the name would be tried at every Han character
        cjkFunding = Pattern.compile(root.path("cjkFundingPattern").asText());
        cjkSuffix = Pattern.compile("(?<=\\p{IsHan})(" + alternation(root.path("cjkSuffixes")) + ")(?!" + alternation(root.path("cjkLegalForms"))
                + "|" + alternation(root.path("cjkSuffixFollowers")) + ")");
        cjkLegalForm = Pattern.compile(alternation(root.path("cjkLegalForms")));
        cjkDescriptor = Pattern.compile(alternation(root.path("cjkDescriptors")));
        anchored = new AnchoredPatterns()
                .add(legalForm, list(root.path("legalForms")), false)
                .add(namePart, list(root.path("nameParts")), false)
                .add(descriptor, list(root.path("latinDescriptors")), true)
                .add(fundingAfter, list(root.path("fundingVerbsAfter")), false)
                .add(fundingBefore, list(root.path("fundingWordsBefore")), true)
                .add(appositionAfter, list(root.path("latinDescriptors")), false)
                .add(cjkSuffix, list(root.path("cjkSuffixes")), true)
                .add(cjkLegalForm, list(root.path("cjkLegalForms")), true)
                .add(cjkDescriptor, list(root.path("cjkDescriptors")), true)
                .build();
        legalForms = set(root.path("legalForms"), false);
        nameParts = set(root.path("nameParts"), false);
        commonNameParts = set(root.path("commonNameParts"), false);
        sectorWords = set(root.path("sectorWords"), true);
        tableHeaders = set(root.path("tableHeaders"), true);
        tableGeneric = set(root.path("tableGeneric"), true);
        lineItemWords = set(root.path("lineItemWords"), true);
        stopTokens = set(root.path("stopTokens"), true);
        genericFirstTokens = set(root.path("genericFirstTokens"), true);
        places = set(root.path("places"), false);
        root.path("stopNames").forEach(n -> stopNames.add(CompanyDiscovery.key(n.asText())));
        nounEndings = list(root.path("nounEndings"));
        personTitles = list(root.path("personTitles"));
        rolePhrases = list(root.path("rolePhrases")).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        articlesInside = set(root.path("articlesInside"), true);
        spokenAfter = list(root.path("spokenAfter"));
        cjkSubjectAfter = list(root.path("cjkSubjectAfter"));
        cjkEventAfter = list(root.path("cjkEventAfter"));
        sourceBefore = list(root.path("sourceBefore"));
        sourceAfter = list(root.path("sourceAfter"));
        analystBefore = Pattern.compile(root.path("analystBefore").asText());
        analystAfter = list(root.path("analystAfter"));
        participantBefore = Pattern.compile(root.path("participantBefore").asText());
        venueBefore = list(root.path("venueBefore"));
        venueAfter = list(root.path("venueAfter"));
        venueNear = list(root.path("venueNear"));
        segmentAfter = list(root.path("segmentAfter"));
        cjkPlaces = list(root.path("cjkPlaces"));
        cjkLegalForms = list(root.path("cjkLegalForms"));
        cjkIndustryParts = list(root.path("cjkIndustryParts"));
        cjkDescriptors = list(root.path("cjkDescriptors"));
        cjkBoundaryWords = list(root.path("cjkBoundaryWords"));
        cjkGenericParts = list(root.path("cjkGenericParts")).stream().map(CharFolding::fold).toList();
        cjkWeakSuffixes = list(root.path("cjkWeakSuffixes"));
        cjkNameDescriptors = list(root.path("cjkNameDescriptors")).stream().map(CharFolding::fold).toList();
        cjkGenericStarts = list(root.path("cjkGenericStarts")).stream().map(CharFolding::fold).toList();
        cjkTimeBeforeVerb = Pattern.compile(root.path("cjkTimeBeforeVerb").asText());
        cjkContextWords = list(root.path("cjkContextWords")).stream().map(CharFolding::fold).toList();
        cjkFunctionChars = root.path("cjkFunctionChars").asText();
        cjkTrailingChars = root.path("cjkTrailingChars").asText();
        cjkContextReach = root.path("cjkContextReach").asInt(6);
        fundingReach = root.path("fundingReach").asInt(70);
    }

    private static String alternation(JsonNode words) {
        List<String> list = list(words);
        list.sort((a, b) -> b.length() - a.length());
        return list.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** Longest first, so that the longest of two overlapping words is tried first. */
    private static List<String> list(JsonNode words) {
        List<String> list = new ArrayList<>();
        words.forEach(w -> list.add(w.asText()));
        list.sort((a, b) -> b.length() - a.length());
        return list;
    }

    private static Set<String> set(JsonNode words, boolean lowerCase) {
        Set<String> s = new HashSet<>();
        words.forEach(w -> s.add(lowerCase ? w.asText().toLowerCase(Locale.ROOT) : w.asText()));
        return s;
    }

    /** An amount of money within the funding reach after {@code from}, in the same sentence. */
    boolean moneyAfter(String text, int from) {
        String after = text.substring(from, Math.min(text.length(), from + fundingReach));
        int sentenceEnd = after.indexOf(". ");
        return money.matcher(sentenceEnd > 0 ? after.substring(0, sentenceEnd) : after).find();
    }

    /** An amount of money later in the same sentence, however far: "Velora, a company that …, raised $40 million". */
    boolean moneyInSentence(String text, int from) {
        int end = text.indexOf(". ", from);
        int lineEnd = text.indexOf('\n', from);
        end = end < 0 ? text.length() : end;
        end = lineEnd < 0 ? end : Math.min(end, lineEnd);
        return money.matcher(text.substring(from, Math.min(end, from + 200))).find();
    }

    /** A percentage follows in the same sentence: "… each hold about 12%". */
    boolean percentAfter(String text, int from) {
        String after = text.substring(from, Math.min(text.length(), from + fundingReach));
        int sentenceEnd = after.indexOf(". ");
        return PERCENT.matcher(sentenceEnd > 0 ? after.substring(0, sentenceEnd) : after).find();
    }

    boolean isStopToken(String token) {
        return stopTokens.contains(token.toLowerCase(Locale.ROOT));
    }

    /** A common noun by its ending ("Schätzungen", "Bestandsinvestoren"), or a compound adjective ("KI-gesteuerter"). */
    boolean looksLikeNoun(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return token.matches(".*-\\p{Ll}.*") || lower.length() > 6 && nounEndings.stream().anyMatch(lower::endsWith);
    }

    /** "Voice AI", "Bereich Robotik": a sector word and an everyday company word name a field. */
    boolean namesField(String head, String part) {
        return commonNameParts.contains(part) && head.indexOf(' ') < 0 && sectorWords.contains(head.toLowerCase(Locale.ROOT));
    }

    boolean isSectorWord(String token) {
        return sectorWords.contains(token.toLowerCase(Locale.ROOT));
    }

    boolean isGenericFirst(String token) {
        return genericFirstTokens.contains(token.toLowerCase(Locale.ROOT));
    }

    /** One of the words ends at {@code end} (only spaces between). */
    static boolean endsWithAny(String text, int end, List<String> words, int reach) {
        String before = text.substring(Math.max(0, end - reach), end).stripTrailing().toLowerCase(Locale.ROOT);
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT))
                .anyMatch(w -> before.endsWith(w) && boundaryBefore(before, before.length() - w.length()));
    }

    /** One of the words starts at {@code start} (after spaces and a comma). */
    static boolean startsWithAny(String text, int start, List<String> words, int reach) {
        String after = text.substring(start, Math.min(text.length(), start + reach)).replaceFirst("^[ \\t]*,?[ \\t]*", "");
        return words.stream().anyMatch(w -> after.startsWith(w) && (after.length() == w.length()
                || !Character.isLetter(after.charAt(w.length())) || isHan(after.charAt(w.length() - 1))));
    }

    private static boolean boundaryBefore(String s, int i) {
        return i <= 0 || !Character.isLetter(s.charAt(i - 1)) || isHan(s.charAt(i));
    }

    /** The word of letters that ends at {@code at} after spaces, as [start, end) ([at', at'] when there is none). */
    static int[] wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return new int[] {start, end};
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
