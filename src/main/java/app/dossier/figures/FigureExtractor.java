package app.dossier.figures;

import app.dossier.model.Origin;
import app.dossier.model.ReviewStatus;
import app.dossier.figures.CompanyAttributor.Attribution;
import app.dossier.figures.CompanyAttributor.Kind;
import app.dossier.model.Figure;
import app.dossier.model.Mention;
import app.dossier.model.Metric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Finds the figures of a report and attributes them to companies. */
public final class FigureExtractor {
    private static final Set<String> FLOWS = Set.of(Metric.REVENUE, Metric.BURN, Metric.NET_LOSS, Metric.RD_SPEND);

    private final CueBook cues;
    private final NumberReader reader;
    private final MetricClassifier classifier;
    private final CompanyAttributor attributor;
    private final FigureContext context;
    private final NumberWords words;
    private final AttributionWeights weights;

    public FigureExtractor() {
        cues = CueBook.builtin();
        words = NumberWords.builtin();
        weights = AttributionWeights.builtin();
        reader = new NumberReader(words, cues);
        classifier = new MetricClassifier(cues);
        attributor = new CompanyAttributor(cues);
        context = new FigureContext(cues);
    }

    /**
     * @param mentions the company mentions of this text, as CompanyMatcher found them
     * @return figures of origin AUTO, status SUGGESTED, id and reportId null
     */
    public List<Figure> extract(String text, String language, List<Mention> mentions) {
        return extract(text, language, mentions, Set.of());
    }

    /**
     * @param notSubjects companies a report is never about as a business (publishers, data providers,
     *                    investors): the discourse does not resolve "the company" or "we" to them
     */
    public List<Figure> extract(String text, String language, List<Mention> mentions, Set<String> notSubjects) {
        return extract(text, language, mentions, notSubjects, null);
    }

    /**
     * @param author the company the document is written for when only its chrome named it (a mail's signature), or
     *               null: the document speaks as it when neither title, letterhead nor boilerplate names another
     */
    public List<Figure> extract(String text, String language, List<Mention> mentions, Set<String> notSubjects, String author) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Mention> sorted = new ArrayList<>(mentions == null ? List.of() : mentions);
        sorted.sort(Comparator.comparingInt(Mention::start));
        DocumentLayout layout = new DocumentLayout(text);
        TextSegments seg = new TextSegments(text, layout);
        List<Mention> subjects = sorted.stream()
                .filter(m -> !notSubjects.contains(m.companyId()) && attributor.maySubject(text, m)).toList();
        Discourse discourse = new Discourse(text, layout, subjects, cues, weights, seg,
                m -> attributor.investsIn(text, m, seg, sorted), sorted, author);
        Reading reading = new Reading(text, seg, sorted, discourse,
                new TableReading(text, layout, cues, words, sorted), layout, cues);
        List<Figure> out = new ArrayList<>();
        String impliedCurrency = null;
        int impliedCurrencyParagraph = -1;
        Figure previous = null;
        DeclaredCurrency declared = new DeclaredCurrency(text, language, seg, words);
        List<Amount> amounts = amounts(text, language, reading, new SectionUnits(text, layout, reading.tables(), words));
        reading.amounts(amounts);
        Corrections corrections = new Corrections(text, seg, cues);
        for (Amount read : amounts) {
            if (insideName(read, sorted) || reading.tables().inNote(read) || reading.tables().isUnitDeclaration(read)
                    || reading.tables().inChangeColumn(read)) {
                continue; // a unit note, or a column of changes ("YoY", "变动"), holds no figure
            }
            if (corrections.retracted(read)) {
                continue; // "…, not €6 million as we wrote": the value a correction takes back
            }
            Amount a = declared.apply(read);
            int paragraph = seg.paragraph(a.numberStart()).start();
            if (a.money() && a.currency() != null) {
                impliedCurrency = a.currency();
                impliedCurrencyParagraph = paragraph;
            }
            if (a.percent() && classifier.isChange(text, a, seg)) {
                continue;
            }
            Figure f = figureOf(text, a, reading, previous, notSubjects);
            reading.read(a, f);
            char first = text.charAt(a.numberStart());
            boolean spelled = first < 128 && Character.isLetter(first); // "sixty million": a speaker names the currency once
            if (a.money() && a.currency() == null && (impliedCurrencyParagraph == paragraph || spelled && impliedCurrency != null)
                    && !Metric.OTHER.equals(f.metric())) {
                f = withCurrency(f, impliedCurrency); // "現金30億人民幣，每月燒掉2億": still yuan
            }
            for (Figure each : reading.distributed(f, a)) {
                if (isFigure(each)) {
                    out.add(each);
                }
            }
            if (!Metric.OTHER.equals(f.metric())) {
                previous = f;
            }
        }
        return out;
    }

    /**
     * An amount no metric names is kept only as money of a named company in a stated currency (a price paid,
     * a fund's size): a bare percentage or number of nothing in particular (a survey statistic, a count
     * of new users, a market total) is no figure an investor would chart.
     */
    private static boolean isFigure(Figure f) {
        return !Metric.OTHER.equals(f.metric()) || (f.companyId() != null && f.currency() != null);
    }

    /** The amounts of running text and the bare numbers of tables and sections with a declared unit, in text order. */
    private List<Amount> amounts(String text, String language, Reading reading, SectionUnits sections) {
        List<Amount> read = new ArrayList<>(reader.read(text, language));
        List<Amount> declared = new ArrayList<>(reading.tables().declaredAmounts(language));
        declared.addAll(sections.declaredAmounts(language));
        for (Amount t : declared) {
            // a cell's number in a table that declares its unit is read in that unit ("$ 48,213" under
            // "(in thousands)"), whatever the sentence reader made of it
            read.removeIf(r -> r.start() < t.end() && t.start() < r.end() && !r.percent());
            if (read.stream().noneMatch(r -> r.start() < t.end() && t.start() < r.end())) {
                read.add(t);
            }
        }
        for (PhraseSet.Hit h : words.fractions.findIn(text, 0, text.length())) {
            // "knapp ein Drittel", "过半", "a quarter of", "die Hälfte": a share spoken as a fraction
            Double v = words.fractionValues.get(h.phrase().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "));
            if (v != null && words.fractionNotAfter.endingAt(text, h.start(), 12) < 0
                    && read.stream().noneMatch(r -> r.start() < h.end() && h.start() < r.end())) {
                // "a quarter of the market": the "of" belongs to what the share is of, where the cue is read
                int end = h.phrase().endsWith(" of") ? h.end() - 3 : h.end();
                read.add(new Amount(h.start(), end, h.start(), v, null, null, true, fractionApprox(text, h, v)));
            }
        }
        for (SpokenNumbers.Spoken s : words.spoken.read(text, language)) {
            if (read.stream().noneMatch(r -> r.start() < s.end() && s.start() < r.end())) {
                Amount spoken = spokenAmount(text, s);
                // "two million users" is a count; "a billion" alone is a figure of speech unless money is named
                boolean counted = !s.percent() && spoken.currency() == null && words.counters.startingAt(text, s.end(), 12) >= 0;
                if (!counted && (s.numeral() || spoken.currency() != null)) {
                    read.add(spoken);
                }
            }
        }
        read.sort(Comparator.comparingInt(Amount::start));
        return read;
    }

    /**
     * A third is 33.3 % only roughly, and "过半", "近半" or "rund die Hälfte" say they are near it; a plain
     * "half of" is 50 %.
     */
    private boolean fractionApprox(String text, PhraseSet.Hit h, double value) {
        return value != Math.rint(value) || words.fractionHedges.startingAt(text, h.start(), h.end() - h.start()) == h.end()
                || words.fractionHedges.endingAt(text, h.start(), 12) >= 0 || cues.hedgesBefore.endingAt(text, h.start(), 12) >= 0;
    }

    /** "forty-two million dollars", "north of seventy percent": the currency word after it, the hedge before it. */
    private Amount spokenAmount(String text, SpokenNumbers.Spoken s) {
        String currency = null;
        int end = s.end();
        if (!s.percent()) {
            int from = end;
            while (from < text.length() && text.charAt(from) == ' ') {
                from++;
            }
            for (NumberWords.Entry<String> e : words.currencyAfter) {
                String w = e.word();
                boolean latin = Character.isLetter(w.charAt(0)) && w.charAt(0) < 0x2E80;
                if (latin && text.startsWith(w, from)
                        && (from + w.length() >= text.length() || !Character.isLetter(text.charAt(from + w.length())))) {
                    currency = e.meaning();
                    end = from + w.length();
                    break;
                }
            }
        }
        boolean approx = cues.hedgesBefore.endingAt(text, s.start(), 12) >= 0;
        return new Amount(s.start(), end, s.start(), s.value(), null, currency, s.percent(), approx);
    }

    private static Figure withCurrency(Figure f, String currency) {
        return new Figure(f.id(), f.reportId(), f.companyId(), f.metric(), f.value(), f.valueMax(), currency, f.per(),
                f.period(), f.approx(), f.start(), f.end(), f.quote(), f.origin(), f.status(), f.basis(), f.product(), f.asOf(),
                f.forecast());
    }

    /** A label and a bare number ("Umsatz: 185" under a declared unit) is quoted from its label, which says what the number is. */
    private static int[] withKey(DocumentLayout layout, int[] q, Amount a) {
        DocumentLayout.Line line = layout.lineAt(a.numberStart());
        if (line.kind() != DocumentLayout.Kind.KEY_VALUE || q[0] <= line.start() || q[1] > line.end()
                || !SectionUnits.labelledBareValue(layout.text(line))) {
            return q;
        }
        int from = line.start();
        while (from < q[0] && Character.isWhitespace(layout.text(line).charAt(from - line.start()))) {
            from++;
        }
        return new int[]{from, q[1]};
    }

    /** Digits in a company name are not an amount: a name with a numeral in it ("Area 51 Labs", "三一重工"). */
    private static boolean insideName(Amount a, List<Mention> mentions) {
        return SortedMentions.overlapping(mentions, a.numberStart(), a.end()) != null;
    }

    private Figure figureOf(String text, Amount a, Reading r, Figure previous, Set<String> notSubjects) {
        TextSegments seg = r.seg();
        TableReading.CellContext cell = r.tables().contextOf(a, a.percent());
        Attribution who = attributor.attribute(text, a, seg, r.mentions(), notSubjects);
        MetricClassifier.Cue cue = classifier.classify(text, a, seg, false);
        if (cue == null && who.kind() == Kind.BRACKET) {
            cue = classifier.classify(text, a, seg, true); // "按融资额排名：A（12 亿美元）、B（8.5 亿美元）"
        }
        String metric = cue == null ? Metric.OTHER : cue.metric();
        if (who.kind() == Kind.INVESTEE && a.money()) {
            metric = Metric.FUNDING;
        }
        String company = who.companyId();
        if (cell != null && cell.companyId() != null) {
            company = cell.companyId(); // the row label names the company of every cell in its row
        }
        if (cell != null && cell.metric() != null) {
            metric = cell.metric();
        }
        boolean strangerRow = cell != null && cell.companyId() == null && cell.strangerRow();
        if (strangerRow) {
            company = null; // "公司B | 一家於紐交所上市的企業 | 9.2%": a row about someone unnamed, not about a company in its cells
        }
        if (who.kind() == Kind.PREVIOUS_SENTENCE && cell == null) {
            // "Das Pariser Start-up hat … eingesammelt, ASML allein steuerte 1,3 Mrd. bei. Die Bewertung stieg auf …": the
            // sentence before names only the investor, but it is about the start-up its description points to
            String carried = r.discourse().subjectBefore(seg.sentence(a.numberStart()).start());
            company = carried != null ? carried : company;
        }
        if (!strangerRow && (company == null && (who.kind() == Kind.UNNAMED || cell != null) || who.kind() == Kind.PREVIOUS_SENTENCE)) {
            Discourse.Resolution resolved = r.discourse().resolve(a, seg);
            if (resolved != null && (company == null || resolved.evidence() == Discourse.Evidence.FIRST_PERSON)) {
                company = resolved.companyId();
            }
        }
        if (cell == null && who.kind() == Kind.NEARBY && who.mention() != null
                && r.discourse().rivalOfFirstPerson(who.mention(), seg.clause(a.numberStart()).start())) {
            Discourse.Resolution own = r.discourse().resolve(a, seg);
            if (own != null && own.evidence() == Discourse.Evidence.FIRST_PERSON) {
                company = own.companyId(); // "our share against Nvidia": the speaker's share, Nvidia only its rival
            }
        }
        if (cell == null && (who.kind() == Kind.NEARBY || who.kind() == Kind.NONE)) {
            String described = r.discourse().describedSubject(a, seg);
            company = described != null ? described : company;
        }
        String respective = cell == null ? r.respectiveCompany(a) : null;
        if (respective != null) {
            company = respective; // "A和B分别以12%和10%位列其后"
        }
        String period = cell != null && cell.period() != null ? cell.period() : context.period(text, a, seg);
        boolean sameParagraph = previous != null
                && seg.paragraph(previous.start()).equals(seg.paragraph(a.numberStart()));
        boolean pointsBack = sameParagraph && (context.refersBack(text, a, seg) || context.comparesWithPrevious(text, a, seg, previous.start()));
        String asOf = null;
        boolean earlierValue = sameParagraph && context.comparesWithPrevious(text, a, seg, previous.start());
        if ((cue == null || earlierValue) && cell == null && pointsBack && a.percent() == Metric.isPercent(previous.metric())) {
            metric = previous.metric(); // "這個數字只有6億": the same measure as the figure before
            company = company != null ? company : previous.companyId();
            period = context.yearBefore(text, a, seg, previous.period(), period);
            asOf = period;
        }
        // a cue of the "other" list (a fund, a price, a stake) says what the amount is; only an amount without
        // any cue takes its metric from its basis, its enumeration or its section
        boolean uncued = cue == null && Metric.OTHER.equals(metric);
        if (uncued && a.percent()) {
            metric = r.metricOfBasis(r.basisOf(a, cue));
        }
        if (uncued && Metric.OTHER.equals(metric) && cell == null && r.continuesEnumeration(a)) {
            metric = r.lastFigure().metric(); // "Velora wird mit 4 Mrd. bewertet, Kestrel mit 2,5 Mrd."
        }
        if (uncued && Metric.OTHER.equals(metric) && cell == null && r.continuesShareStatement(a)) {
            metric = r.lastFigure().metric(); // "OpenAI kommt auf 45 Prozent. Anthropic folgt mit 21 Prozent"
        }
        if (uncued && Metric.OTHER.equals(metric)) {
            metric = r.sectionMetric(a); // "## Market share", "### 融资进展" set the metric of what stands beneath
        }
        boolean cueInOwnClause = cue != null && seg.clause(a.numberStart()).contains(cue.start());
        if (!cueInOwnClause && cell == null && a.money() && classifier.spentMonthly(text, a, seg) && "month".equals(context.per(text, a, seg, null))) {
            metric = Metric.BURN;
        }
        String per = FLOWS.contains(metric) ? context.per(text, a, seg, cue) : null;
        boolean totalColumn = cell != null && "total".equals(cell.per());
        if (per == null && cell != null && FLOWS.contains(metric) && !totalColumn) {
            per = cell.per(); // "Burn/Monat", "Monthly net burn": the column header says the rate
        }
        if (totalColumn && Metric.FUNDING.equals(metric)) {
            per = "total"; // "Raised to date": a "Total revenue" column is still a year's revenue
        }
        if (per == null && pointsBack && metric.equals(previous.metric())) {
            per = previous.per(); // "$40 million a month, up from $25 million": the same rate
        }
        boolean partOfYear = cell != null && cell.partOfYear() && per == null;
        per = partOfYear ? null : r.perOf(metric, per, a); // "Six Months Ended": neither a year's nor a quarter's flow
        if (per == null && Metric.BURN.equals(metric) && cell == null && context.statedForAYear(text, a, seg)) {
            per = "year"; // "burn $3 billion in 2026": without a rate word, a burn said of a year is that year's
        }
        int[] inTable = cell == null ? null : r.tables().quoteSpan(a);
        int[] q = inTable != null ? inTable : context.quoteSpan(text, a, seg, who.mention(), who.kind() == Kind.BRACKET);
        q = withKey(r.layout(), q, a);
        String basis = Metric.isPercent(metric) && !Metric.GROSS_MARGIN.equals(metric) ? r.basisOf(a, cue) : null;
        return new Figure(null, null, company, metric, a.value(), a.valueMax(), a.money() ? a.currency() : null, per,
                period, a.approx(), q[0], q[1], text.substring(q[0], q[1]), Origin.AUTO, ReviewStatus.SUGGESTED, basis,
                r.productOf(who.mention(), a), asOf, cell != null && cell.forecast());
    }
}
