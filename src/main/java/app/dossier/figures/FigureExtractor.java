package app.dossier.figures;

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

    public FigureExtractor() {
        cues = CueBook.builtin();
        reader = new NumberReader(NumberWords.builtin(), cues);
        classifier = new MetricClassifier(cues);
        attributor = new CompanyAttributor(cues);
        context = new FigureContext(cues);
    }

    /**
     * @param mentions the company mentions of this text, as CompanyMatcher found them
     * @return figures with origin "auto", status "suggested", id and reportId null
     */
    public List<Figure> extract(String text, String language, List<Mention> mentions) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Mention> sorted = new ArrayList<>(mentions == null ? List.of() : mentions);
        sorted.sort(Comparator.comparingInt(Mention::start));
        TextSegments seg = new TextSegments(text);
        List<Figure> out = new ArrayList<>();
        String impliedCurrency = null;
        int impliedCurrencyParagraph = -1;
        Figure previous = null;
        for (Amount read : reader.read(text, language)) {
            if (insideName(read, sorted)) {
                continue;
            }
            Amount a = read;
            int paragraph = seg.paragraph(a.numberStart()).start();
            if (a.money() && a.currency() != null) {
                impliedCurrency = a.currency();
                impliedCurrencyParagraph = paragraph;
            }
            if (a.percent() && classifier.isChange(text, a, seg)) {
                continue;
            }
            Figure f = figureOf(text, a, seg, sorted, previous);
            if (a.money() && a.currency() == null && impliedCurrencyParagraph == paragraph && !Metric.OTHER.equals(f.metric())) {
                f = withCurrency(f, impliedCurrency); // "現金30億人民幣，每月燒掉2億": still yuan
            }
            out.add(f);
            if (!Metric.OTHER.equals(f.metric())) {
                previous = f;
            }
        }
        return out;
    }

    private static Figure withCurrency(Figure f, String currency) {
        return new Figure(f.id(), f.reportId(), f.companyId(), f.metric(), f.value(), f.valueMax(), currency, f.per(),
                f.period(), f.approx(), f.start(), f.end(), f.quote(), f.origin(), f.status());
    }

    /** Digits in a company name are not an amount: a name with a numeral in it ("Area 51 Labs", "三一重工"). */
    private static boolean insideName(Amount a, List<Mention> mentions) {
        return SortedMentions.overlapping(mentions, a.numberStart(), a.end()) != null;
    }

    private Figure figureOf(String text, Amount a, TextSegments seg, List<Mention> mentions, Figure previous) {
        Attribution who = attributor.attribute(text, a, seg, mentions);
        MetricClassifier.Cue cue = classifier.classify(text, a, seg, false);
        if (cue == null && who.kind() == Kind.BRACKET) {
            cue = classifier.classify(text, a, seg, true); // "按融资额排名：A（12 亿美元）、B（8.5 亿美元）"
        }
        String metric = cue == null ? Metric.OTHER : cue.metric();
        if (who.kind() == Kind.INVESTEE && a.money()) {
            metric = Metric.FUNDING;
        }
        String company = who.companyId();
        String period = context.period(text, a, seg);
        boolean sameParagraph = previous != null
                && seg.paragraph(previous.start()).equals(seg.paragraph(a.numberStart()));
        boolean pointsBack = sameParagraph && (context.refersBack(text, a, seg) || context.comparesWithPrevious(text, a, seg, previous.start()));
        if (cue == null && pointsBack && a.percent() == Metric.isPercent(previous.metric())) {
            metric = previous.metric(); // "這個數字只有6億": the same measure as the figure before
            company = company != null ? company : previous.companyId();
            period = context.yearBefore(text, a, seg, previous.period(), period);
        }
        boolean cueInOwnClause = cue != null && seg.clause(a.numberStart()).contains(cue.start());
        if (!cueInOwnClause && a.money() && classifier.spentMonthly(text, a, seg) && "month".equals(context.per(text, a, seg, null))) {
            metric = Metric.BURN;
        }
        String per = FLOWS.contains(metric) ? context.per(text, a, seg, cue) : null;
        if (per == null && pointsBack && metric.equals(previous.metric())) {
            per = previous.per(); // "$40 million a month, up from $25 million": the same rate
        }
        int[] q = context.quoteSpan(text, a, seg, who.mention(), who.kind() == Kind.BRACKET);
        return new Figure(null, null, company, metric, a.value(), a.valueMax(), a.money() ? a.currency() : null, per,
                period, a.approx(), q[0], q[1], text.substring(q[0], q[1]), "auto", "suggested");
    }
}
