package app.dossier.ui.common;

import app.dossier.journal.Commands;
import app.dossier.journal.UserCommand;
import app.dossier.library.Library;
import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.model.Theme;

import java.util.Locale;

/**
 * A decision named for the Undo and Redo menu and the status bar: what was done and to what,
 * e.g. "reject figure · Zhipu AI cash", so the user knows what Undo will take back.
 */
public final class DecisionLabel {
    private static final int QUOTE_LENGTH = 40;

    private DecisionLabel() {
    }

    public static String of(UserCommand command, Library library) {
        String verb = command.describe();
        verb = verb.isEmpty() ? verb : verb.substring(0, 1).toLowerCase(Locale.ROOT) + verb.substring(1);
        String subject = subject(command, library);
        return subject == null || subject.isBlank() || verb.contains(subject) ? verb : verb + " · " + subject;
    }

    private static String subject(UserCommand command, Library library) {
        if (command instanceof Commands.PutFigure f) {
            Figure figure = f.after() != null ? f.after() : f.before();
            Company company = figure.companyId() == null ? null : library.companiesById().get(figure.companyId());
            return ((company == null ? "" : company.name() + " ") + metric(figure.metric())).strip();
        }
        if (command instanceof Commands.PutThemeTag t) {
            String themeId = (t.after() != null ? t.after() : t.before()).themeId();
            return library.themes().stream().filter(th -> th.id().equals(themeId)).map(Theme::name).findFirst()
                    .orElse(themeId);
        }
        if (command instanceof Commands.PutAnnotation a) {
            return quoted((a.after() != null ? a.after() : a.before()).quote());
        }
        if (command instanceof Commands.PutCompany c) {
            return (c.after() != null ? c.after() : c.before()).name();
        }
        if (command instanceof Commands.PutTheme t) {
            return (t.after() != null ? t.after() : t.before()).name();
        }
        if (command instanceof Commands.SetCandidateStatus s) {
            return s.name();
        }
        if (command instanceof Commands.EditReportMetadata m) {
            return quoted(m.before() == null ? null : m.before().title());
        }
        if (command instanceof Commands.SetReportDeleted d) {
            return library.report(d.report()).map(r -> quoted(r.title())).orElse(null);
        }
        return null;
    }

    private static String metric(String metric) {
        return "rd_spend".equals(metric) ? "R&D spend" : metric == null ? "" : metric.replace('_', ' ');
    }

    private static String quoted(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return "“" + (flat.length() > QUOTE_LENGTH ? flat.substring(0, QUOTE_LENGTH - 1) + "…" : flat) + "”";
    }
}
