package app.dossier.library.overview;

import app.dossier.figures.ledger.Conflicts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The overview as the `overview` command prints it: one JSON object. */
public final class OverviewJson {
    private OverviewJson() {
    }

    public static Map<String, Object> of(Overview o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("since", o.since() == null ? null : o.since().toString());
        m.put("reports", o.reports());
        Overview.New n = o.news();
        Map<String, Object> news = new LinkedHashMap<>();
        news.put("reports", n.reports());
        news.put("newest", n.newest().stream().map(r -> entry("report", r.id(), "title", r.title(),
                "importedAt", r.importedAt().toString())).toList());
        news.put("figuresWaiting", n.figuresWaiting());
        news.put("figuresToReview", n.figuresToReview());
        news.put("conflicts", n.conflicts().stream().map(OverviewJson::conflict).toList());
        news.put("conflictsCheckedInReports", n.conflictsChecked());
        news.put("discovered", named(n.discovered()));
        news.put("discoveredUndecided", n.discoveredUndecided());
        m.put("new", news);
        m.put("companies", named(o.companies()));
        m.put("themes", named(o.themes()));
        m.put("runway", o.runway().stream().map(r -> {
            Map<String, Object> e = entry("company", r.estimate().companyId(), "name", r.companyName(),
                    "months", r.estimate().months(), "monthlyBurn", r.estimate().monthlyBurn());
            e.put("currency", r.estimate().currency());
            e.put("cash", r.estimate().cash().id());
            e.put("burn", r.estimate().burn().id());
            e.put("oneReport", r.estimate().oneReport());
            return e;
        }).toList());
        return m;
    }

    private static List<Map<String, Object>> named(List<Overview.Named> list) {
        return list.stream().map(x -> entry("id", x.id(), "name", x.name(), "count", x.count(), "reports", x.reports())).toList();
    }

    private static Map<String, Object> conflict(Conflicts.Conflict c) {
        Map<String, Object> m = entry("company", c.companyId(), "metric", c.metric(), "period", c.period(), "first", c.first().id());
        m.put("second", c.second().id());
        m.put("difference", c.difference());
        return m;
    }

    private static Map<String, Object> entry(String k1, Object v1, String k2, Object v2, String k3, Object v3, String k4, Object v4) {
        Map<String, Object> m = entry(k1, v1, k2, v2, k3, v3);
        m.put(k4, v4);
        return m;
    }

    private static Map<String, Object> entry(String k1, Object v1, String k2, Object v2, String k3, Object v3) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        m.put(k3, v3);
        return m;
    }
}
