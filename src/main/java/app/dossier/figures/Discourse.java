package app.dossier.figures;

import app.dossier.model.Mention;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who a report is about, and who a sentence that names no company is about: the document's topic (the
 * company of its title, or the one it keeps returning to), the subject of the paragraph or section, the
 * author behind "we" / "wir" / "我们" / "本公司". Each way of resolving is a candidate with a weight
 * (figures/attribution.json); the best one above the threshold wins, else the figure keeps no company.
 */
final class Discourse {
    /** Why a company was chosen for a sentence that does not name one. */
    enum Evidence { FIRST_PERSON, DEFINITE_DESCRIPTION, PREVIOUS_SUBJECT, SECTION, FRAGMENT, TOPIC }

    record Resolution(String companyId, Evidence evidence, double weight) {
    }

    private static final int DESCRIPTION_REACH = 32;
    /** How far before a rival's name its "against" / "相比" may stand. */
    private static final int RIVAL_REACH = 20;
    private static final int OWN_VOICE_MIN = 2;
    private static final int OPENING = 36;
    /** How far into a document its title block reaches (a file name, a slide rule, a dateline before the name). */
    private static final int OPENING_BLOCK = 240;
    private static final int OPENING_LINES = 4;
    /** How far before an amount a speaker's "your" / "贵公司" may stand and still be what it is about. */
    private static final int ADDRESS_REACH = 16;
    private static final String OPENING_QUOTES = "„「『«‚";
    private static final String CLOSING_QUOTES = "”」』»’‘";
    private static final String OBJECT_MARKERS = "对對向与與和跟给給在从從被";
    /** How far into its sentence a company may stand and still be its subject ("Laut Insidern hat X …"). */
    private static final int SUBJECT_LEAD = 24;
    /** How far into a document its definition of "we" is looked for, how far before the verb its quoted terms stand, and how far after it the name. */
    private static final int DEFINITION_REACH = 6000;
    private static final int DEFINED_TERMS_REACH = 60;
    private static final int DEFINED_NAME_REACH = 12;
    /** A letterhead is a short first line that opens with the author's name. */
    private static final int LETTERHEAD_MAX = 100;
    private static final int LETTERHEAD_LEAD = 3;
    /** After the name a letterhead holds capitals, a legal form, the name in another script; never prose. */
    private static final java.util.regex.Pattern LETTERHEAD_REST_IS_PROSE = java.util.regex.Pattern.compile("[a-z\\d，。；$€£¥]");

    private final CueBook cues;
    private final AttributionWeights weights;
    private final TextSegments seg;
    private final java.util.function.Predicate<Mention> investor;
    /** Every company mention, sources and funds included: a sentence naming a fund as investor is about a round. */
    private final List<Mention> allMentions;
    /** The company a mail's signature and sender named before the cleaning removed them, or null. */
    private final String author;
    private final String text;
    private final DocumentLayout layout;
    private final SpeakerTurns turns;
    private final List<Mention> mentions;
    private final String topic;
    private final double topicShare;
    private final boolean titleTopic;
    /** The report speaks as its title company: "we" throughout a transcript, a press release, a deck. */
    private final boolean ownVoice;

    Discourse(String text, DocumentLayout layout, List<Mention> mentions, CueBook cues, AttributionWeights weights) {
        this(text, layout, mentions, cues, weights, new TextSegments(text, layout), m -> false, mentions, null);
    }

    /**
     * @param investor whether a mention names an investor of a round in its sentence ("由X领投", "led by X"): such a
     *                 company is never the subject the next sentence continues
     */
    Discourse(String text, DocumentLayout layout, List<Mention> mentions, CueBook cues, AttributionWeights weights,
              TextSegments seg, java.util.function.Predicate<Mention> investor, List<Mention> allMentions, String author) {
        this.allMentions = allMentions;
        this.author = author;
        this.seg = seg;
        this.investor = investor;
        this.text = text;
        this.layout = layout;
        this.mentions = mentions;
        this.cues = cues;
        this.weights = weights;
        this.turns = new SpeakerTurns(text, layout);
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (Mention m : mentions) {
            if (!turns.inLabel(m.start())) { // a speaker's employer in "Name -- Analyst, Firm" is no topic
                counts.merge(m.companyId(), 1, Integer::sum);
                total++;
            }
        }
        String best = null;
        for (Mention m : mentions) { // the most named; on a tie, the one named first
            if (counts.containsKey(m.companyId()) && (best == null || counts.get(m.companyId()) > counts.get(best))) {
                best = m.companyId();
            }
        }
        String fromTitle = titleCompany();
        // a letterhead is the author's own paper: one "our" on it is the author's voice
        // so is a mail's signature: the document is all the author's, though its text may never name it
        boolean authors = author != null && author.equals(fromTitle);
        int voiceMin = fromTitle != null && (authors || fromTitle.equals(letterheadCompany())) ? 1 : OWN_VOICE_MIN;
        boolean speaksAsTitle = fromTitle != null && cues.firstPersonIn(text, 0, text.length()).size() >= voiceMin;
        String covered = fromTitle == null ? coveredCompany() : null;
        if (covered != null && !covered.equals(best)) {
            // a research note opens with the company it covers and its ticker ("Kestrel Systems Inc. (KSTL)"), then
            // names its rivals in comps tables: the covered company is the topic, the analyst's "we" stays the analyst's
            fromTitle = covered;
        }
        if (fromTitle == null && best != null && counts.get(best) >= 2 && best.equals(openingCompany())
                && firstPersonOutsideQuotes() >= OWN_VOICE_MIN) {
            // a deck, a transcript, a prospectus opens with the company it is about, keeps naming it and says "we"
            // in its own voice (a news piece says "we" only in quotes, a broker's note names its sector first)
            fromTitle = best;
            speaksAsTitle = true;
        }
        this.titleTopic = fromTitle != null;
        this.ownVoice = speaksAsTitle;
        this.topic = fromTitle != null ? fromTitle : best != null && counts.get(best) >= 2 ? best : null;
        this.topicShare = authors && author.equals(topic) ? 1 : topic == null || total == 0 ? 0
                : Math.min(1, (double) counts.getOrDefault(topic, 0) / total + (fromTitle != null ? weights.titleBonus() : 0));
    }

    String topic() {
        return topic;
    }

    /** The company named first, on one of the first lines of the document (its title block, no list), or null. */
    private String openingCompany() {
        for (Mention m : mentions) {
            if (!turns.inLabel(m.start())) {
                DocumentLayout.Line line = layout.lineAt(m.start());
                boolean opening = m.start() < OPENING_BLOCK && line.kind() != DocumentLayout.Kind.LIST_ITEM
                        && layout.lines().stream().filter(l -> l.kind() != DocumentLayout.Kind.BLANK && l.start() <= line.start())
                        .count() <= OPENING_LINES;
                return opening ? m.companyId() : null;
            }
        }
        return null;
    }

    /** "(KSTL)", "(NASDAQ: KSTL)", "(2330.TW)", "（股票代码：688001）": a ticker in brackets right after a name. */
    private static final java.util.regex.Pattern TICKER_AFTER = java.util.regex.Pattern.compile(
            "[ \\t]*[（(]\\s*(?:[\\p{L} ]{2,12}[:：]\\s*)?(?:[A-Z]{2,5}|\\d{4,6})(?:\\.[A-Z]{1,3})?\\s*[)）]");

    /** The company of the opening block when a ticker follows its name, as research notes head the company they cover. */
    private String coveredCompany() {
        String opening = openingCompany();
        if (opening == null) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.companyId().equals(opening)) {
                return TICKER_AFTER.matcher(text).region(m.end(), text.length()).lookingAt() ? opening : null;
            }
        }
        return null;
    }

    /** "we", "wir", "我们" said by the text itself, not inside a quotation. */
    private int firstPersonOutsideQuotes() {
        int count = 0;
        for (PhraseSet.Hit h : cues.firstPersonIn(text, 0, text.length())) {
            int paragraph = Math.max(0, text.lastIndexOf('\n', h.start()));
            int open = 0;
            for (int i = paragraph; i < h.start(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '“') { // "…" and “…” open and close with one mark, „…“ closes with it
                    open = open > 0 ? open - 1 : 1;
                } else if (OPENING_QUOTES.indexOf(c) >= 0) {
                    open++;
                } else if (CLOSING_QUOTES.indexOf(c) >= 0 && open > 0) {
                    open--;
                }
            }
            count += open == 0 ? 1 : 0;
        }
        return count;
    }

    /**
     * "Das Pariser Start-up hat … in einer von ASML angeführten Runde … eingesammelt": a sentence that
     * opens with a definite description is about the subject it points to, not a company named later in it.
     */
    String describedSubject(Amount a, TextSegments seg) {
        TextSegments.Span sentence = seg.sentence(a.numberStart());
        int opening = Math.min(a.start(), sentence.start() + OPENING);
        for (Mention m : mentions) {
            if (m.start() >= sentence.start() && m.start() < opening) {
                return null; // a company stands in the opening itself
            }
        }
        if (anonymousBefore(a, sentence) || !definiteDescriptionIn(sentence.start(), sentence.start(), opening)) {
            return null;
        }
        return ownVoice ? topic : subjectBefore(sentence.start());
    }

    /**
     * The company whose document it is: the one its title names; else the letterhead (a first line that
     * opens with a company name followed by no prose, "MERIDIAN VECTOR LTD.", "杭州…股份有限公司HANGZHOU … CO., LTD."); else the
     * company of its "About X" / "Über X" / "关于X" boilerplate heading.
     */
    private String titleCompany() {
        DocumentLayout.Line title = layout.title();
        String named = singleCompanyIn(title);
        if (named != null || title != null && mentions.stream().anyMatch(m -> m.start() >= title.start() && m.end() <= title.end())) {
            return named;
        }
        String letterhead = letterheadCompany();
        if (letterhead != null) {
            return letterhead;
        }
        String defined = definedFirstPerson();
        String about = defined != null ? defined : aboutCompany();
        return about != null ? about : author;
    }

    /**
     * "the terms “we,” “us” and “our” refer to X", "„wir“ und „uns“ bezeichnen X", "“本公司”指X": a prospectus or
     * annual report defines its first person once, early on; the company named right after the verb is the author.
     */
    private String definedFirstPerson() {
        int reach = Math.min(text.length(), DEFINITION_REACH);
        for (String verb : weights.firstPersonDefinitions()) {
            for (int at = text.indexOf(verb); at >= 0 && at < reach; at = text.indexOf(verb, at + 1)) {
                int from = Math.max(0, at - DEFINED_TERMS_REACH);
                String before = text.substring(from, at);
                boolean quotedTerms = before.chars().anyMatch(c -> "\"“”„«»「」『』".indexOf(c) >= 0);
                boolean latinVerb = Character.isLetter(verb.charAt(0)) && verb.charAt(0) < 0x2E80;
                boolean wordBounded = !latinVerb || at == 0 || !Character.isLetter(text.charAt(at - 1));
                if (quotedTerms && wordBounded && cues.hasFirstPerson(text, from, at)) {
                    Mention named = SortedMentions.firstAfter(mentions, at + verb.length() - 1, at + verb.length() + DEFINED_NAME_REACH);
                    if (named != null) {
                        return named.companyId();
                    }
                }
            }
        }
        return null;
    }

    private String letterheadCompany() {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        if (end - start > LETTERHEAD_MAX) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.start() >= start && m.start() <= start + LETTERHEAD_LEAD && m.end() <= end
                    && !LETTERHEAD_REST_IS_PROSE.matcher(text.substring(m.end(), end)).find()) {
                return singleCompanyIn(new DocumentLayout.Line(start, end, DocumentLayout.Kind.TITLE));
            }
        }
        return null;
    }

    /**
     * "Über Auricon", "About Tessellate", "关于晟鑫": the boilerplate a press release ends with names its author
     * right after the heading word (the import may have joined the heading to the paragraph beneath).
     */
    private String aboutCompany() {
        for (DocumentLayout.Line l : layout.lines()) {
            int start = l.start();
            while (start < l.end() && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '#')) {
                start++;
            }
            for (String about : weights.aboutHeadings()) {
                if (text.startsWith(about, start)) {
                    Mention named = SortedMentions.firstAfter(mentions, start + about.length() - 1, start + about.length() + 1);
                    if (named != null) {
                        return named.companyId(); // the first "About" is the author's; investors' follow it
                    }
                }
            }
        }
        return null;
    }

    /**
     * The sentence of the amount names no company: the best candidate among the author (first person),
     * the subject a definite description points to, the section's company, the document's topic.
     */
    Resolution resolve(Amount a, TextSegments seg) {
        TextSegments.Span sentence = seg.sentence(a.numberStart());
        if (anonymousBefore(a, sentence)) {
            return null;
        }
        if (turns.outsideAt(a.numberStart())) {
            // an analyst's "we" is the analyst's; only "your …" speaks of the company whose call it is
            // "versus your 14%", "贵公司今年收入能到…": the address stands right before the amount ("your closest
            // rival reported $520 million" is the rival's)
            int from = Math.max(seg.clause(a.numberStart()).start(), a.start() - ADDRESS_REACH);
            boolean addressed = topic != null && turns.addressesCompany(from, a.start());
            return addressed ? new Resolution(topic, Evidence.FIRST_PERSON, weights.firstPerson()) : null;
        }
        Resolution best = null;
        String carriedSubject = subjectBefore(sentence.start());
        if (thirdPersonOwns(sentence.start(), a.start()) && carriedSubject != null) {
            // "We estimate they still hold 85% of that market": "they" is whom the speaker just named, not the speaker
            return new Resolution(carriedSubject, Evidence.PREVIOUS_SUBJECT, weights.firstPerson());
        }
        if (topic != null && firstPersonIn(sentence.start(), a.start()) && !thirdPersonOwns(sentence.start(), a.start())) {
            // "we" is the company whose document it is: named in its title, or the one it is all about
            double own = titleTopic ? 1 : Math.min(1, topicShare);
            best = better(best, new Resolution(topic, Evidence.FIRST_PERSON, weights.firstPerson() * own));
        }
        String section = sectionCompany(a.numberStart());
        if (definiteDescriptionIn(sentence.start(), seg.clause(a.numberStart()).start(), a.start())) {
            String subject = ownVoice ? topic : subjectBefore(sentence.start());
            if (subject != null) {
                best = better(best, new Resolution(subject, Evidence.DEFINITE_DESCRIPTION, weights.definiteDescription()));
            } else if (section != null || topic != null) {
                // with no subject before it, a description points to the section's company or, as far as
                // the report is about one company, to its topic
                double sure = section != null || ownVoice ? 1 : Math.min(1, topicShare + weights.fragmentBase());
                best = better(best, new Resolution(section != null ? section : topic, Evidence.DEFINITE_DESCRIPTION,
                        (weights.definiteDescription() - weights.fallbackPenalty()) * sure));
            }
        }
        if (section != null) {
            best = better(best, new Resolution(section, Evidence.SECTION, weights.section()));
        }
        String carried = carriedSubject;
        if (carried != null) {
            // "瀚睿…宣布完成C輪募資。這家公司…。其2024年營收…；毛利率約52%": the subject the sentences before were about
            best = better(best, new Resolution(carried, Evidence.PREVIOUS_SUBJECT, weights.previousSubject()));
        }
        DocumentLayout.Kind kind = layout.lineAt(a.numberStart()).kind();
        boolean fragment = kind == DocumentLayout.Kind.KEY_VALUE || kind == DocumentLayout.Kind.LIST_ITEM
                || kind == DocumentLayout.Kind.TABLE_ROW;
        if (fragment && topic != null) {
            best = better(best, new Resolution(section != null ? section : topic, Evidence.FRAGMENT,
                    weights.fragment() * Math.min(1, topicShare + weights.fragmentBase())));
        }
        if (topic != null && (section == null || !headingOpensWithCompany(a.numberStart()))) {
            // a heading naming a company ("### Kestrel", "**Kestrel AI Inc.**" over a list) is nearer evidence
            // than the voice of the whole document
            double weight = ownVoice ? weights.ownVoice() : weights.topic() * topicShare;
            best = better(best, new Resolution(topic, Evidence.TOPIC, weight));
        }
        return best != null && best.weight() >= weights.threshold() ? best : null;
    }

    /** "公司A", "Competitor B" before the amount: a company the report keeps anonymous is no one we know. */
    private boolean anonymousBefore(Amount a, TextSegments.Span sentence) {
        int from = Math.max(layout.lineAt(a.numberStart()).start(), sentence.start());
        return from < a.start() && weights.placeholderName().matcher(text).region(from, a.start()).find();
    }

    private static Resolution better(Resolution a, Resolution b) {
        return a == null || b.weight() > a.weight() ? b : a;
    }

    private boolean firstPersonIn(int from, int to) {
        return cues.hasFirstPerson(text, from, to);
    }

    /** A "they" / "sie" / "他们" stands before the amount after any "we" of its sentence: the amount is theirs. */
    private boolean thirdPersonOwns(int from, int to) {
        int they = -1;
        for (PhraseSet.Hit h : cues.thirdPersonSubjects.findIn(text, from, to)) {
            they = h.end();
        }
        return they >= 0 && !cues.hasFirstPerson(text, they, to);
    }

    /**
     * "Our share against Nvidia is about 5%", "我们相对于X的份额": the company stands right after a word that names it
     * as the rival of a first person earlier in the clause; the figure is the speaker's.
     */
    boolean rivalOfFirstPerson(Mention named, int clauseStart) {
        return cues.rivalBefore.endingAt(text, named.start(), RIVAL_REACH) >= 0 && clauseStart < named.start()
                && cues.hasFirstPerson(text, clauseStart, named.start());
    }

    /** "the company", "Das Heidelberger Unternehmen", "The Paris-based lab", "该公司", "其": a determiner, a few words, a noun. */
    private boolean definiteDescriptionIn(int from, int clauseStart, int to) {
        // a pronoun ("it", "其", "公司") counts where a subject stands: at the start of the sentence or clause
        if (pronounAt(from) || pronounAt(clauseStart)) {
            return true;
        }
        for (PhraseSet.Hit d : cues.determiners.findIn(text, from, to)) {
            int reach = Math.min(to, d.end() + DESCRIPTION_REACH);
            for (PhraseSet.Hit n : cues.descriptionNouns.findIn(text, d.end(), reach)) {
                if (text.substring(d.end(), n.start()).chars().noneMatch(c -> ",;:.，。；：".indexOf(c) >= 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whom the sentences before the one starting at sentenceStart were about: walking back through its section,
     * a sentence that opens with a company is about it; one that opens with a definite description or a
     * pronoun ("Das Pariser Start-up", "Die Münchner", "這家公司", "其"), or names no company at all, is about
     * whom the sentence before it was about; one that names a single company further in (not as investor) is
     * about that company; one that names several, or a heading, ends the walk. At most one paragraph is crossed.
     */
    String subjectBefore(int sentenceStart) {
        int pos = sentenceStart;
        int paragraphsCrossed = 0;
        TextSegments.Span paragraph = seg.paragraph(Math.max(0, Math.min(sentenceStart, text.length() - 1)));
        for (int step = 0; step < CHAIN_SENTENCES && pos > 0; step++) {
            TextSegments.Span prev = seg.sentence(pos - 1);
            pos = prev.start();
            if (isBlank(prev.start(), prev.end())) {
                step--;
                continue;
            }
            DocumentLayout.Kind kind = layout.lineAt(firstLetter(prev)).kind();
            if (kind == DocumentLayout.Kind.HEADING || kind == DocumentLayout.Kind.TITLE) {
                return singleCompanyIn(layout.lineAt(firstLetter(prev))); // a new section: its heading's company or no one
            }
            if (kind == DocumentLayout.Kind.TABLE_ROW || kind == DocumentLayout.Kind.TABLE_RULE) {
                return null;
            }
            if (!seg.paragraph(prev.start()).equals(paragraph)) {
                // each item of a list (a deal of a round-up) is about its own company: the walk stays in its item
                if (++paragraphsCrossed > 1 || layout.lineAt(firstLetter(paragraph)).kind() == DocumentLayout.Kind.LIST_ITEM) {
                    return null;
                }
                paragraph = seg.paragraph(prev.start());
            }
            Subject own = ownSubject(prev);
            if (own.decided()) {
                return own.companyId();
            }
        }
        return null;
    }

    private static final int CHAIN_SENTENCES = 6;

    /** What one sentence says about its own subject; undecided when it continues the subject before it. */
    private record Subject(String companyId, boolean decided) {
        static final Subject CONTINUES = new Subject(null, false);
        static final Subject UNKNOWN = new Subject(null, true);
    }

    private Subject ownSubject(TextSegments.Span sentence) {
        List<Mention> named = SortedMentions.within(mentions, sentence.start(), sentence.end());
        List<Mention> eligible = new java.util.ArrayList<>();
        for (Mention m : named) {
            if (!investor.test(m) && !turns.inLabel(m.start())) {
                eligible.add(m);
            }
        }
        int start = firstLetter(sentence);
        if (opensWithDescription(start, sentence.end())) {
            return Subject.CONTINUES; // "這家公司成立於2019年，由前台積電TSMC…創辦": TSMC is not what it is about
        }
        if (!eligible.isEmpty()) {
            Mention first = eligible.get(0);
            if (first.start() - start <= SUBJECT_LEAD && !afterPreposition(first)) {
                return new Subject(first.companyId(), true);
            }
        }
        if (eligible.isEmpty() && introducesUnnamed(sentence)) {
            return Subject.UNKNOWN; // "Some smaller rival has scaled back. It had …": "it" is the rival, not the company before
        }
        boolean investorNamed = SortedMentions.within(allMentions, sentence.start(), sentence.end()).stream().anyMatch(investor);
        if (investorNamed || eligible.isEmpty()) {
            // "The round was led by X, with Y and existing backers taking part": a sentence naming the round's investors
            // is about the round of the company before it; the others it names are co-investors
            return Subject.CONTINUES;
        }

        String only = eligible.get(0).companyId();
        for (Mention m : eligible) {
            if (!m.companyId().equals(only)) {
                return Subject.UNKNOWN;
            }
        }
        return new Subject(only, true);
    }

    /** An indefinite word and, a few words on, a noun for a company: "some smaller rival", "ein Münchner Anbieter". */
    private boolean introducesUnnamed(TextSegments.Span sentence) {
        for (PhraseSet.Hit d : cues.indefinites.findIn(text, sentence.start(), sentence.end())) {
            int reach = Math.min(sentence.end(), d.end() + DESCRIPTION_REACH);
            for (PhraseSet.Hit n : cues.descriptionNouns.findIn(text, d.end(), reach)) {
                if (text.substring(d.end(), n.start()).chars().noneMatch(c -> ",;:.，。；：".indexOf(c) >= 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Das Pariser Start-up …", "Die Münchner …", "该公司…", "It …": the sentence's subject is one named before. */
    private boolean opensWithDescription(int start, int end) {
        if (pronounAt(start)) {
            return true;
        }
        int opening = Math.min(end, start + OPENING);
        for (PhraseSet.Hit d : cues.determiners.findIn(text, start, Math.min(opening, start + 4))) {
            if (d.start() != start) {
                continue;
            }
            int reach = Math.min(end, d.end() + DESCRIPTION_REACH);
            for (PhraseSet.Hit n : cues.descriptionNouns.findIn(text, d.end(), reach)) {
                if (text.substring(d.end(), n.start()).chars().noneMatch(c -> ",;:.，。；：".indexOf(c) >= 0)) {
                    return true;
                }
            }
            if (demonymAfter(d.end(), end)) {
                return true;
            }
        }
        return false;
    }

    /** "Die Münchner haben …", "Die Pariser, deren …": a determiner and the inhabitants of a town, standing for the company. */
    private boolean demonymAfter(int from, int end) {
        int after = cues.inhabitants.startingAt(text, from, DESCRIPTION_REACH);
        if (after < 0 || after > end) {
            return false;
        }
        int next = after;
        while (next < end && text.charAt(next) == ' ') {
            next++;
        }
        // followed by a verb or a comma, not by the noun it qualifies ("Die Münchner Firma" is a description anyway)
        return next < end && (text.charAt(next) == ',' || Character.isLowerCase(text.charAt(next)));
    }

    private int firstLetter(TextSegments.Span s) {
        int i = s.start();
        while (i < s.end() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return Math.min(i, Math.max(s.start(), s.end() - 1));
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "其" is a pronoun, "其中" ("among them") is not. */
    private boolean pronounAt(int pos) {
        return cues.subjectPronouns.startingAt(text, pos, 14) >= 0 && cues.notPronouns.startingAt(text, pos, 6) < 0;
    }

    /** "对智谱", "向X": a company after a preposition is an object. */
    private boolean afterPreposition(Mention m) {
        return m.start() > 0 && OBJECT_MARKERS.indexOf(text.charAt(m.start() - 1)) >= 0;
    }

    /** The single company a section heading names ("### Tessellate AI", "Über Auremo"). */
    private String sectionCompany(int pos) {
        DocumentLayout.Line heading = layout.headingAbove(pos);
        return heading == null || heading.kind() == DocumentLayout.Kind.TITLE || turns.inLabel(heading.start())
                ? null : singleCompanyIn(heading);
    }

    /** "### Kestrel", "**Kestrel AI Inc.** (support agents)", "Aleph Alpha (Heidelberg)": the heading is the name, not a remark naming it. */
    private boolean headingOpensWithCompany(int pos) {
        DocumentLayout.Line heading = layout.headingAbove(pos);
        if (heading == null) {
            return false;
        }
        int start = heading.start();
        while (start < heading.end() && (Character.isWhitespace(text.charAt(start)) || "#*_【[".indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        Mention first = SortedMentions.firstAfter(mentions, start, heading.end());
        return first != null && first.start() == start;
    }

    /** The one company a line names, or null when it names none or several. */
    private String singleCompanyIn(DocumentLayout.Line line) {
        if (line == null) {
            return null;
        }
        String found = null;
        for (Mention m : mentions) {
            if (m.start() >= line.start() && m.end() <= line.end()) {
                if (found != null && !found.equals(m.companyId())) {
                    return null;
                }
                found = m.companyId();
            }
        }
        return found;
    }
}
