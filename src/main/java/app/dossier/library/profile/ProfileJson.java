package app.dossier.library.profile;

import app.dossier.figures.ledger.Conflicts;
import app.dossier.model.Figure;
import app.dossier.money.Runway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A profile as the JSON `profile --json` prints: names as in the export, offsets into the report's text. */
public final class ProfileJson {
    private ProfileJson() {
    }

    public static Map<String, Object> of(CompanyProfile p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("company", p.company().id());
        m.put("name", p.name());
        m.put("names", p.names());
        m.put("kind", p.company().kind());
        m.put("origin", p.company().origin().code());
        m.put("currency", p.currency());
        m.put("ratesAsOf", p.ratesAsOf().toString());
        m.put("reports", p.reports().stream().map(r -> map("report", r.id(), "title", r.title(),
                "date", str(r.date()), "mentions", r.mentions())).toList());
        m.put("themes", p.themes().stream().map(t -> map("theme", t.id(), "name", t.name(), "passages", t.passages())).toList());
        m.put("timeline", p.timeline().stream().map(ProfileJson::point).toList());
        m.put("runway", p.runway().stream().map(r -> {
            Map<String, Object> e = estimate(r.estimate());
            e.put("date", str(r.date()));
            return e;
        }).toList());
        m.put("latestRunway", p.latestRunway() == null ? null : estimate(p.latestRunway()));
        m.put("conflicts", p.conflicts().stream().map(ProfileJson::conflict).toList());
        m.put("notes", p.notes().stream().map(n -> map("id", n.note().id(), "report", n.note().reportId(),
                "start", n.note().start(), "end", n.note().end(), "quote", n.note().quote(), "note", n.note().note(),
                "tags", n.note().tags())).toList());
        return m;
    }

    private static Map<String, Object> point(CompanyProfile.TimelinePoint t) {
        Figure f = t.figure();
        Map<String, Object> m = map("date", str(t.date()), "metric", f.metric(), "value", f.value(), "valueMax", f.valueMax(),
                "currency", f.currency(), "per", f.per(), "period", f.period(), "asOf", f.asOf(), "approx", f.approx());
        m.put("inCurrency", t.inCurrency());
        m.put("status", f.status());
        m.put("conflict", t.conflict());
        m.put("earlierValue", t.earlierValue());
        m.put("figure", f.id());
        m.put("report", f.reportId());
        m.put("title", t.reportTitle());
        m.put("start", f.start());
        m.put("end", f.end());
        m.put("quote", f.quote());
        return m;
    }

    private static Map<String, Object> estimate(Runway.Estimate e) {
        Map<String, Object> m = map("months", e.months(), "cash", e.cash().id(), "burn", e.burn().id(),
                "monthlyBurn", e.monthlyBurn(), "currency", e.currency(), "oneReport", e.oneReport());
        m.put("reports", e.sourceReports());
        return m;
    }

    private static Map<String, Object> conflict(Conflicts.Conflict c) {
        return map("metric", c.metric(), "period", c.period(), "first", c.first().id(), "second", c.second().id(),
                "difference", c.difference());
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** A map in the order its keys are given (Map.of has none, and refuses nulls). */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
