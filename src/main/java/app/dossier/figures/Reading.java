package app.dossier.figures;

import app.dossier.model.Figure;
import app.dossier.model.Mention;
import app.dossier.model.Metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One document being read for figures: its layout, sentences, mentions, discourse and tables, and the
 * figure read last, which an enumeration continues ("Velora raised $40 million; Kestrel, $25 million").
 */
final class Reading {
    private static final Set<String> YEARLY_FLOWS = Set.of(Metric.REVENUE, Metric.NET_LOSS, Metric.RD_SPEND);
    private static final Set<String> FLOWS = Set.of(Metric.REVENUE, Metric.NET_LOSS, Metric.RD_SPEND, Metric.BURN);
    private static final int ENUMERATION_REACH = 140;
    private static final int BASIS_WORDS = 6;
    private static final int BASIS_CHARS = 48;
    /** How far into a document its header reaches: the lines that name the company and the quarter of a results call. */
    private static final int HEADER_CHARS = 400;

    private final String text;
    private final TextSegments seg;
    private final List<Mention> mentions;
    private final Discourse discourse;
    private final TableReading tables;
    private final DocumentLayout layout;
    private final CueBook cues;
    private Boolean reportsOneQuarter;
    private Amount lastAmount;
    private Figure lastFigure;

    Reading(String text, TextSegments seg, List<Mention> mentions, Discourse discourse, TableReading tables,
            DocumentLayout layout, CueBook cues) {
        this.text = text;
        this.seg = seg;
        this.mentions = mentions;
        this.discourse = discourse;
        this.tables = tables;
        this.layout = layout;
        this.cues = cues;
    }

    TextSegments seg() {
        return seg;
    }

    List<Mention> mentions() {
        return mentions;
    }

    Discourse discourse() {
        return discourse;
    }

    TableReading tables() {
        return tables;
    }

    DocumentLayout layout() {
        return layout;
    }

    Figure lastFigure() {
        return lastFigure;
    }

    void read(Amount a, Figure f) {
        if (!Metric.OTHER.equals(f.metric())) {
            lastAmount = a;
            lastFigure = f;
        }
    }

    /**
     * The amount follows the last figure in the same sentence, or across a semicolon, with nothing but
     * names and small words between: it is the next item of the same enumeration.
     */
    boolean continuesEnumeration(Amount a) {
        if (lastAmount == null || a.percent() != Metric.isPercent(lastFigure.metric())) {
            return false;
        }
        if (a.start() - lastAmount.end() > ENUMERATION_REACH || !seg.paragraph(a.numberStart()).equals(seg.paragraph(lastAmount.numberStart()))) {
            return false;
        }
        for (int i = lastAmount.end(); i < a.start(); i++) {
            char c = text.charAt(i);
            if (".!?。！？\n".indexOf(c) >= 0 && !(c == '.' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1)))
                    && !abbreviationDot(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Google and Meta each hold about 12%", "Anthropic folgt mit 21 Prozent": a percentage that names no metric,
     * in the paragraph of a market share or penetration just read, continues that statement.
     */
    boolean continuesShareStatement(Amount a) {
        if (lastAmount == null || !a.percent() || a.value() > 100 || !(Metric.MARKET_SHARE.equals(lastFigure.metric())
                || Metric.PENETRATION.equals(lastFigure.metric()))) {
            return false;
        }
        return a.start() - lastAmount.end() <= SHARE_STATEMENT_REACH
                && seg.paragraph(a.numberStart()).equals(seg.paragraph(lastAmount.numberStart()));
    }

    private static final int SHARE_STATEMENT_REACH = 300;

    /** "2,5 Mrd., Arcadia": the dot of a scale abbreviation does not end the sentence. */
    private boolean abbreviationDot(int dot) {
        return text.charAt(dot) == '.' && seg.sentence(dot).end() > dot + 1;
    }

    /** The metric a section heading names ("## Market share", "### 融资进展", "Bewertungen"), when it fits the unit. */
    String sectionMetric(Amount a) {
        DocumentLayout.Line heading = layout.headingAbove(a.numberStart());
        if (heading == null || heading.kind() == DocumentLayout.Kind.TITLE) {
            return Metric.OTHER;
        }
        String metric = headingMetric(heading, a);
        if (isLeadIn(heading)) {
            // "## Bewertungen" over "Die jüngsten Runden im Überblick:": the line introducing a list is
            // part of the section, and the section's heading says what the list's amounts are
            DocumentLayout.Line section = layout.headingAbove(heading.start());
            String sectionMetric = section == null || section.kind() == DocumentLayout.Kind.TITLE ? Metric.OTHER : headingMetric(section, a);
            return Metric.OTHER.equals(sectionMetric) ? metric : sectionMetric;
        }
        return metric;
    }

    private String headingMetric(DocumentLayout.Line heading, Amount a) {
        for (PhraseSet.Hit h : cues.metrics.findIn(text, heading.start(), heading.end())) {
            if (h.label() != null && !Metric.OTHER.equals(h.label()) && Metric.isPercent(h.label()) == a.percent()) {
                return h.label();
            }
        }
        return Metric.OTHER;
    }

    /** A line ending in a colon introduces what follows it rather than naming a section. */
    private boolean isLeadIn(DocumentLayout.Line line) {
        String s = layout.text(line).strip();
        return !s.isEmpty() && !s.startsWith("#") && (s.endsWith(":") || s.endsWith("："));
    }

    /**
     * "total" for a cumulative amount ("combined", "insgesamt", "累计"); a yearly flow (revenue, loss, R&D)
     * stated without a rate is counted over a year; a total never feeds a runway.
     */
    String perOf(String metric, String per, Amount a) {
        if (!FLOWS.contains(metric) && !Metric.FUNDING.equals(metric)) {
            return per;
        }
        TextSegments.Span sentence = seg.sentence(a.numberStart());
        // "Insgesamt hat das Unternehmen damit seit der Gründung 265 Mio. € eingesammelt": the cue may open the clause
        int from = Math.max(sentence.start(), Math.min(a.start() - 40, seg.clause(a.numberStart()).start()));
        // after the amount only its own clause: "10月營收…，前十月累計營收…" names the total of the next amount
        int to = Math.min(seg.clause(a.numberStart()).end(), a.end() + 60);
        if (!"month".equals(per) && (cues.totalPer.containsIn(text, from, a.start()) || cues.totalPer.containsIn(text, a.end(), to))) {
            return "total";
        }
        if (per == null && YEARLY_FLOWS.contains(metric)) {
            // an earnings call's "Revenue came in at …" is the quarter's, unless its sentence names a year
            return reportsOneQuarter() && !cues.wholeYear.containsIn(text, sentence.start(), sentence.end())
                    && !cues.perYear.containsIn(text, sentence.start(), sentence.end()) ? "quarter" : "year";
        }
        return per;
    }

    /** The header names a quarter and a results document ("Q2 FY2026 Earnings Call", "第二季度业绩"). */
    private boolean reportsOneQuarter() {
        if (reportsOneQuarter == null) {
            int end = Math.min(text.length(), HEADER_CHARS);
            boolean quarter = cues.quarters.values().stream().anyMatch(q -> q.containsIn(text, 0, end));
            reportsOneQuarter = quarter && cues.quarterlyResults.containsIn(text, 0, end);
        }
        return reportsOneQuarter;
    }

    /** What a share is of, as written: "of developer usage", "des Marktes für …", "在…中". Null when unsaid. */
    String basisOf(Amount a, MetricClassifier.Cue cue) {
        TextSegments.Span clause = seg.clause(a.numberStart());
        int p = a.end();
        while (p < clause.end() && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        // an amount can run past its clause's end (a unit after the clause break): then nothing follows it
        String rest = p >= clause.end() ? "" : text.substring(p, Math.min(clause.end(), p + BASIS_CHARS + 8));
        String[] lead = {"of the ", "of ", "des ", "der ", "am ", "im "};
        for (String l : lead) {
            if (rest.regionMatches(true, 0, l, 0, l.length())) {
                return words(rest.substring(l.length()));
            }
        }
        int in = text.lastIndexOf('在', a.start());
        if (in >= clause.start() || in >= seg.sentence(a.numberStart()).start()) {
            int end = text.indexOf('中', in);
            if (in >= 0 && end > in + 1 && end < a.start()) {
                return text.substring(in + 1, end).strip();
            }
        }
        return null;
    }

    private static String words(String s) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (String w : s.split("\\s+")) {
            String clean = w.replaceAll("[,.;:!?)）。，；]+$", "");
            if (clean.isEmpty() || count >= BASIS_WORDS) {
                break;
            }
            sb.append(sb.length() == 0 ? "" : " ").append(clean);
            count++;
            if (!clean.equals(w)) {
                break;
            }
        }
        String out = sb.toString().replaceFirst("(?i)^the ", "");
        return out.isEmpty() || out.length() > BASIS_CHARS ? null : out;
    }

    /** "32% of enterprise LLM API spend" is a market share, "18% of the FTSE 100" a penetration: the basis says which. */
    String metricOfBasis(String basis) {
        if (basis == null) {
            return Metric.OTHER;
        }
        // "of US insurers' spending", "der Unternehmensausgaben": what is shared is the spend, not the adopters
        if (cues.marketBases.containsIn(basis, 0, basis.length())) {
            return Metric.MARKET_SHARE;
        }
        return cues.adopterBases.containsIn(basis, 0, basis.length()) ? Metric.PENETRATION : Metric.OTHER;
    }

    /** A figure named through a product ("ChatGPT alone brings in …") is the maker's, with the product named. */
    String productOf(Mention m, Amount a) {
        if (m != null && m.product()) {
            return m.text();
        }
        return null;
    }

    private static final int MAX_PAIRED = 12;
    private List<Amount> amounts = List.of();

    /** The amounts of the text in order, so that one can be told from its neighbours in an enumeration. */
    void amounts(List<Amount> all) {
        amounts = all;
    }

    /**
     * "百度智能云和阿里云分别以19.9%和18.0%位列第二、第三", "Kestrel and Arcadia hold 12% and 9%, respectively": with
     * "respectively" in the sentence, as many companies before the first amount as amounts of the same kind take
     * them in order. Null when the sentence is no such pairing.
     */
    String respectiveCompany(Amount a) {
        TextSegments.Span sentence = seg.sentence(a.numberStart());
        if (!cues.respectively.containsIn(text, sentence.start(), sentence.end())) {
            return null;
        }
        // the pairing starts with the clause of the amount: "…居首，星河云与北辰云分别以14%和9%位列其后"
        int from = seg.clause(a.numberStart()).start();
        List<Amount> same = new ArrayList<>();
        for (Amount other : amounts) {
            if (other.numberStart() >= from && sentence.contains(other.numberStart()) && other.percent() == a.percent()
                    && same.size() < MAX_PAIRED) {
                same.add(other);
            }
        }
        if (same.size() < 2) {
            return null;
        }
        List<String> companies = new ArrayList<>();
        for (Mention m : SortedMentions.within(mentions, from, sentence.end())) {
            if (m.start() >= sentence.start() && m.end() <= same.get(0).start() && !companies.contains(m.companyId())) {
                companies.add(m.companyId());
            }
        }
        int k = -1;
        for (int i = 0; i < same.size(); i++) {
            k = same.get(i).numberStart() == a.numberStart() ? i : k;
        }
        return same.size() >= 2 && companies.size() == same.size() && k >= 0 ? companies.get(k) : null;
    }

    /**
     * "Velora and Kestrel each hold about 12%": a distributive word after coordinated companies gives each of
     * them the figure, quoted from its own name on.
     */
    List<Figure> distributed(Figure f, Amount a) {
        if (f.companyId() != null || Metric.OTHER.equals(f.metric())) {
            return List.of(f);
        }
        TextSegments.Span clause = seg.clause(a.numberStart());
        List<Mention> before = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.start() >= clause.start() && m.end() <= a.start()) {
                before.add(m);
            }
        }
        if (before.size() < 2 || !cues.distributive.containsIn(text, before.get(before.size() - 1).end(), a.start())) {
            return List.of(f);
        }
        List<Figure> out = new ArrayList<>();
        for (Mention m : before) {
            if (out.stream().noneMatch(o -> o.companyId().equals(m.companyId()))) {
                out.add(new Figure(null, null, m.companyId(), f.metric(), f.value(), f.valueMax(), f.currency(), f.per(),
                        f.period(), f.approx(), m.start(), f.end(), text.substring(m.start(), f.end()), f.origin(),
                        f.status(), f.basis(), f.product(), f.asOf(), f.forecast()));
            }
        }
        return out;
    }
}
