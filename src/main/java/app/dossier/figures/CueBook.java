package app.dossier.figures;

import app.dossier.figures.PhraseSet.Boundary;
import app.dossier.figures.PhraseSet.Phrase;
import app.dossier.files.ShippedResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cue words of all three languages (figures/cues-*.json), merged: reports mix languages (a German
 * article with a Chinese dateline, Chinese text with English terms), so every cue is looked for everywhere.
 */
final class CueBook {
    private static final Map<String, Boundary> FILES = Map.of("cues-zh.json", Boundary.NONE,
            "cues-de.json", Boundary.WORD_PART, "cues-en.json", Boundary.WORD);

    /** Every metric cue in one set, each labelled with its metric, so one scan finds them all. */
    final PhraseSet metrics;
    final PhraseSet change;
    final PhraseSet changeBefore;
    final PhraseSet hedgesBefore;
    final PhraseSet hedgesAfter;
    final PhraseSet perMonth;
    final PhraseSet perYear;
    /** "in the quarter", "im Quartal", "单季": a flow counted over one quarter. */
    final PhraseSet perQuarter;
    /** "earnings call", "Quartalszahlen", "法說會": a document that reports one quarter's results. */
    final PhraseSet quarterlyResults;
    final PhraseSet investorAfterMention;
    final PhraseSet investorBeforeMention;
    /** "with", "mit", "与": joins a further investor to the one named before it. */
    final PhraseSet investorJoiners;
    final PhraseSet investeeMarkers;
    final PhraseSet strongInvesteeMarkers;
    final PhraseSet investVerbs;
    final PhraseSet sourceBeforeMention;
    final PhraseSet sourceAfterMention;
    final PhraseSet coordinators;
    final PhraseSet anaphora;
    final PhraseSet previousYear;
    /** "this year", "im vergangenen Jahr", "全年": a flow said of a whole year, so counted per year. */
    final PhraseSet wholeYear;
    final PhraseSet fundNameWords;
    final PhraseSet comparedWith;
    /** "nach 5,8 Mrd.", "up from $260 million", "noch mit 3 Mrd.": an earlier value named right before its amount. */
    final PhraseSet comparedRightBefore;
    final PhraseSet subjectPronouns;
    final PhraseSet monthlySpend;
    final PhraseSet collectiveSubjects;
    final PhraseSet investeeBeforeMention;
    final PhraseSet firstPerson;
    /** A correction notice: "Correction:", "Korrektur:", "更正：", "In an earlier version …". */
    final PhraseSet correctionMarkers;
    /** The wrong value as the earlier text gave it: "we said X raised …", "误写为…", "… as we wrote", "not …". */
    final PhraseSet retractedBefore;
    final PhraseSet retractedAfter;
    final PhraseSet negatedBefore;
    /** "It was …", "richtig sind …", "应为…": the right value follows. */
    final PhraseSet correctedValue;
    /** "our share against Nvidia", "unser Anteil gegenüber X", "与X相比": a company named as the rival of the first person. */
    final PhraseSet rivalBefore;
    /** "they", "sie", "他们": a third person as subject, not the speaker's company. */
    final PhraseSet thirdPersonSubjects;
    final PhraseSet determiners;
    /** "some smaller rival", "ein Wettbewerber", "一家…公司": an entity brought in unnamed, which a pronoun after it may mean. */
    final PhraseSet indefinites;
    final PhraseSet descriptionNouns;
    /** "Münchner", "Pariser": inhabitants of a town, which with a determiner ("Die Münchner haben …") stand for a company named before. */
    final PhraseSet inhabitants;
    final PhraseSet distributive;
    /** "分别", "respectively": the companies named before take the amounts in the order they are named. */
    final PhraseSet respectively;
    final PhraseSet totalPer;
    /** "Raised to date", "Finanzierung gesamt", "累计融资": a column of cumulative funding. */
    final PhraseSet totalInHeader;
    final PhraseSet marketBases;
    final PhraseSet notPronouns;
    final PhraseSet adopterBases;
    final Map<String, PhraseSet> halves;
    final Map<String, PhraseSet> quarters;

    private static volatile CueBook builtin;
    /** Every set made here, so that one automaton pass per text serves them all. */
    private final List<PhraseSet> made = new ArrayList<>();

    static CueBook builtin() {
        CueBook b = builtin;
        if (b == null) {
            b = load();
            builtin = b;
        }
        return b;
    }

    private CueBook(Map<String, List<JsonNode>> byFile) {
        Map<String, List<Phrase>> metricPhrases = new LinkedHashMap<>();
        Map<String, List<Phrase>> halfPhrases = new LinkedHashMap<>();
        Map<String, List<Phrase>> quarterPhrases = new LinkedHashMap<>();
        for (Map.Entry<String, Boundary> f : FILES.entrySet()) {
            JsonNode root = byFile.get(f.getKey()).get(0);
            Iterator<Map.Entry<String, JsonNode>> it = root.get("metrics").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                for (JsonNode w : e.getValue()) {
                    metricPhrases.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(phrase(w.asText(), f.getValue()));
                }
            }
            collectLabelled(root.get("halves"), f.getValue(), halfPhrases);
            collectLabelled(root.get("quarters"), f.getValue(), quarterPhrases);
        }
        List<Phrase> labelled = new ArrayList<>();
        metricPhrases.forEach((metric, phrases) -> phrases.forEach(p -> labelled.add(new Phrase(p.text(), p.boundary(), metric))));
        metrics = made(PhraseSet.of(labelled));
        halves = toSets(halfPhrases);
        quarters = toSets(quarterPhrases);
        change = merged(byFile, "change");
        changeBefore = merged(byFile, "changeBefore");
        hedgesBefore = merged(byFile, "hedgesBefore");
        hedgesAfter = merged(byFile, "hedgesAfter");
        perMonth = merged(byFile, "perMonth");
        perYear = merged(byFile, "perYear");
        perQuarter = merged(byFile, "perQuarter");
        quarterlyResults = merged(byFile, "quarterlyResults");
        investorAfterMention = merged(byFile, "investorAfterMention");
        investorBeforeMention = merged(byFile, "investorBeforeMention");
        investorJoiners = merged(byFile, "investorJoiners");
        investeeMarkers = merged(byFile, "investeeMarkers");
        strongInvesteeMarkers = merged(byFile, "strongInvesteeMarkers");
        investVerbs = merged(byFile, "investVerbs");
        sourceBeforeMention = merged(byFile, "sourceBeforeMention");
        sourceAfterMention = merged(byFile, "sourceAfterMention");
        coordinators = merged(byFile, "coordinators");
        anaphora = merged(byFile, "anaphora");
        previousYear = merged(byFile, "previousYear");
        wholeYear = merged(byFile, "wholeYear");
        fundNameWords = merged(byFile, "fundNameWords");
        comparedWith = merged(byFile, "comparedWith");
        comparedRightBefore = merged(byFile, "comparedRightBefore", Boundary.WORD);
        subjectPronouns = merged(byFile, "subjectPronouns");
        monthlySpend = merged(byFile, "monthlySpend");
        collectiveSubjects = merged(byFile, "collectiveSubjects");
        investeeBeforeMention = merged(byFile, "investeeBeforeMention");
        firstPerson = merged(byFile, "firstPerson", Boundary.WORD);
        correctionMarkers = merged(byFile, "correctionMarkers", Boundary.WORD);
        retractedBefore = merged(byFile, "retractedBefore", Boundary.WORD);
        retractedAfter = merged(byFile, "retractedAfter", Boundary.WORD);
        negatedBefore = merged(byFile, "negatedBefore", Boundary.WORD);
        correctedValue = merged(byFile, "correctedValue", Boundary.WORD);
        rivalBefore = merged(byFile, "rivalBefore", Boundary.WORD);
        thirdPersonSubjects = merged(byFile, "thirdPersonSubjects", Boundary.WORD);
        determiners = merged(byFile, "determiners", Boundary.WORD);
        indefinites = merged(byFile, "indefinites", Boundary.WORD);
        descriptionNouns = merged(byFile, "descriptionNouns");
        inhabitants = merged(byFile, "inhabitants", Boundary.WORD);
        distributive = merged(byFile, "distributive", Boundary.WORD);
        respectively = merged(byFile, "respectively", Boundary.WORD);
        totalPer = merged(byFile, "totalPer");
        totalInHeader = merged(byFile, "totalInHeader");
        marketBases = merged(byFile, "marketBases");
        notPronouns = merged(byFile, "notPronouns");
        adopterBases = merged(byFile, "adopterBases");
        PhraseIndex.share(made);
    }

    private PhraseSet made(PhraseSet set) {
        made.add(set);
        return set;
    }

    private static void collectLabelled(JsonNode node, Boundary boundary, Map<String, List<Phrase>> into) {
        if (node == null) {
            return;
        }
        node.fields().forEachRemaining(e -> into.computeIfAbsent(e.getValue().asText(), k -> new ArrayList<>())
                .add(phrase(e.getKey(), boundary)));
    }

    /** Short Latin words ("in", "um", "ARR") would hide inside longer words, so they need word boundaries. */
    private static Phrase phrase(String text, Boundary fileBoundary) {
        boolean shortLatin = text.length() <= 3 && text.chars().allMatch(c -> c < 0x2E80);
        return new Phrase(text, shortLatin ? Boundary.WORD : fileBoundary);
    }

    private Map<String, PhraseSet> toSets(Map<String, List<Phrase>> phrases) {
        Map<String, PhraseSet> out = new LinkedHashMap<>();
        phrases.forEach((k, v) -> out.put(k, made(PhraseSet.of(v))));
        return Map.copyOf(out);
    }

    private PhraseSet merged(Map<String, List<JsonNode>> byFile, String key) {
        return merged(byFile, key, null);
    }

    /** @param boundary when given, every Latin phrase of the set must stand as a word ("wir" not in "Wirtschaft") */
    private PhraseSet merged(Map<String, List<JsonNode>> byFile, String key, Boundary boundary) {
        List<Phrase> all = new ArrayList<>();
        for (Map.Entry<String, Boundary> f : FILES.entrySet()) {
            JsonNode list = byFile.get(f.getKey()).get(0).get(key);
            if (list != null) {
                list.forEach(w -> all.add(phrase(w.asText(), boundary != null ? boundary : f.getValue())));
            }
        }
        return made(PhraseSet.of(all));
    }

    private static CueBook load() {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<JsonNode>> byFile = new LinkedHashMap<>();
        for (String file : FILES.keySet()) {
            byFile.put(file, List.of(readResource(json, file)));
        }
        return new CueBook(byFile);
    }

    static JsonNode readResource(ObjectMapper json, String file) {
        return ShippedResource.read("/figures/" + file, json::readTree);
    }

    /**
     * "we", "wir", "我们" in [from, to): not "US" in capitals, which is the country ("US-Dollar", "the US market"),
     * however the English "us" is spelt.
     */
    List<PhraseSet.Hit> firstPersonIn(String text, int from, int to) {
        List<PhraseSet.Hit> out = new java.util.ArrayList<>();
        for (PhraseSet.Hit h : firstPerson.findIn(text, from, to)) {
            if (!isCountryAbbreviation(text, h)) {
                out.add(h);
            }
        }
        return out;
    }

    boolean hasFirstPerson(String text, int from, int to) {
        for (PhraseSet.Hit h : firstPerson.findIn(text, from, to)) {
            if (!isCountryAbbreviation(text, h)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCountryAbbreviation(String text, PhraseSet.Hit h) {
        return h.end() - h.start() == 2 && text.startsWith("US", h.start());
    }
}
