package app.dossier.journal;

import app.dossier.model.Annotation;
import app.dossier.model.CandidateStatus;
import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.model.Theme;
import app.dossier.model.ThemeTag;
import app.dossier.store.AnnotationRepository;
import app.dossier.store.FigureRepository;
import app.dossier.store.RegistryRepository;
import app.dossier.store.ReportRepository;
import app.dossier.store.TagRepository;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's decisions. Most are "put" commands: {@code before} null adds, {@code after} null
 * removes, both set edits; the inverse swaps them.
 */
public final class Commands {
    private Commands() {
    }

    public record PutThemeTag(ThemeTag before, ThemeTag after) implements UserCommand {
        @Override
        public void apply(Connection c) throws SQLException {
            if (before != null) {
                TagRepository.delete(c, before.id());
            }
            if (after != null) {
                TagRepository.insert(c, after);
            }
        }

        @Override
        public UserCommand inverse() {
            return new PutThemeTag(after, before);
        }

        @Override
        public String describe() {
            if (after == null) {
                return "Remove theme tag";
            }
            if (before == null) {
                return "Tag passage";
            }
            return switch (after.status()) {
                case CONFIRMED -> "Confirm theme tag";
                case REJECTED -> "Reject theme tag";
                default -> "Reset theme tag";
            };
        }

        @Override
        public String reportId() {
            return (after != null ? after : before).reportId();
        }
    }

    public record PutFigure(Figure before, Figure after) implements UserCommand {
        @Override
        public void apply(Connection c) throws SQLException {
            if (after == null) {
                FigureRepository.delete(c, before.id());
            } else if (before == null) {
                FigureRepository.insert(c, after);
            } else {
                FigureRepository.update(c, after);
            }
        }

        @Override
        public UserCommand inverse() {
            return new PutFigure(after, before);
        }

        @Override
        public String describe() {
            if (after == null) {
                return "Remove figure";
            }
            if (before == null) {
                return "Add figure";
            }
            if (before.status() != after.status() && sameFields(before, after)) {
                return switch (after.status()) {
                    case CONFIRMED -> "Confirm figure";
                    case REJECTED -> "Reject figure";
                    default -> "Reset figure";
                };
            }
            return "Edit figure";
        }

        private static boolean sameFields(Figure a, Figure b) {
            return a.withStatus(b.status()).equals(b);
        }

        @Override
        public String reportId() {
            return (after != null ? after : before).reportId();
        }
    }

    public record PutAnnotation(Annotation before, Annotation after) implements UserCommand {
        @Override
        public void apply(Connection c) throws SQLException {
            if (after == null) {
                AnnotationRepository.delete(c, before.id());
            } else {
                AnnotationRepository.upsert(c, after);
            }
        }

        @Override
        public UserCommand inverse() {
            return new PutAnnotation(after, before);
        }

        @Override
        public String describe() {
            return after == null ? "Delete note" : before == null ? "Add note" : "Edit note";
        }

        @Override
        public String reportId() {
            return (after != null ? after : before).reportId();
        }
    }

    public record PutCompany(Company before, Company after) implements UserCommand {
        @Override
        public void apply(Connection c) throws SQLException {
            if (after == null) {
                RegistryRepository.deleteCompany(c, before.id());
            } else {
                RegistryRepository.upsertCompany(c, after);
            }
        }

        @Override
        public UserCommand inverse() {
            return new PutCompany(after, before);
        }

        @Override
        public String describe() {
            return after == null ? "Remove company" : before == null ? "Add company" : "Edit company";
        }

        @Override
        public String reportId() {
            return null;
        }
    }

    public record PutTheme(Theme before, Theme after) implements UserCommand {
        @Override
        public void apply(Connection c) throws SQLException {
            if (after == null) {
                RegistryRepository.deleteTheme(c, before.id());
            } else {
                RegistryRepository.upsertTheme(c, after);
            }
        }

        @Override
        public UserCommand inverse() {
            return new PutTheme(after, before);
        }

        @Override
        public String describe() {
            return after == null ? "Remove theme" : before == null ? "Add theme" : "Edit theme";
        }

        @Override
        public String reportId() {
            return null;
        }
    }

    /** Accepting or rejecting a name that discovery offered. */
    public record SetCandidateStatus(String name, CandidateStatus before, CandidateStatus after) implements UserCommand {
        @Override
        public void apply(Connection c) throws SQLException {
            RegistryRepository.setCandidateStatus(c, name, after);
        }

        @Override
        public UserCommand inverse() {
            return new SetCandidateStatus(name, after, before);
        }

        @Override
        public String describe() {
            return switch (after) {
                case ACCEPTED -> "Accept company";
                case REJECTED -> "Reject company";
                case SUGGESTED -> "Reset company";
            };
        }

        @Override
        public String reportId() {
            return null;
        }
    }

    /** Removes mentions ({@code before}) or puts them back ({@code after}): rejecting a discovered company. */
    public record PutMentions(List<app.dossier.model.Mention> before, List<app.dossier.model.Mention> after) implements UserCommand {
        public PutMentions {
            before = before == null ? List.of() : List.copyOf(before);
            after = after == null ? List.of() : List.copyOf(after);
        }

        @Override
        public void apply(Connection c) throws SQLException {
            TagRepository.deleteMentions(c, before);
            TagRepository.insertMentions(c, null, after);
        }

        @Override
        public UserCommand inverse() {
            return new PutMentions(after, before);
        }

        @Override
        public String describe() {
            return after.isEmpty() ? "Remove mentions" : "Restore mentions";
        }

        @Override
        public String reportId() {
            return (after.isEmpty() ? before : after).stream().map(app.dossier.model.Mention::reportId).findFirst().orElse(null);
        }
    }

    public record ReportMetadata(String title, LocalDate published, String source) {
    }

    public record EditReportMetadata(String report, ReportMetadata before, ReportMetadata after) implements UserCommand {
        @Override
        public void apply(Connection c) throws SQLException {
            ReportRepository.updateMetadata(c, report, after.title(), after.published(), after.source());
        }

        @Override
        public UserCommand inverse() {
            return new EditReportMetadata(report, after, before);
        }

        @Override
        public String describe() {
            return "Edit report details";
        }

        @Override
        public String reportId() {
            return report;
        }
    }

    public record SetReportDeleted(String report, boolean deleted) implements UserCommand {
        @Override
        public void apply(Connection c) throws SQLException {
            ReportRepository.setDeleted(c, report, deleted);
        }

        @Override
        public UserCommand inverse() {
            return new SetReportDeleted(report, !deleted);
        }

        @Override
        public String describe() {
            return deleted ? "Delete report" : "Restore report";
        }

        @Override
        public String reportId() {
            return report;
        }
    }

    /**
     * Whether a report is a version (another format) of another report: {@code after.versionOf()} the
     * report kept, null for an article of its own. The link found at import is {@code before}.
     */
    public record SetVersionOf(String report, app.dossier.store.VersionRepository.Link before,
                               app.dossier.store.VersionRepository.Link after) implements UserCommand {
        @Override
        public void apply(Connection c) throws SQLException {
            app.dossier.store.VersionRepository.put(c, report, after);
        }

        @Override
        public UserCommand inverse() {
            return new SetVersionOf(report, after, before);
        }

        @Override
        public String describe() {
            return after != null && after.versionOf() != null ? "Link as a version" : "Keep as its own article";
        }

        @Override
        public String reportId() {
            return report;
        }
    }

    /** Several decisions taken as one (accept a company: add it and mark the candidate). */
    public record Batch(String description, List<UserCommand> steps) implements UserCommand {
        @Override
        public void apply(Connection c) throws SQLException {
            for (UserCommand step : steps) {
                step.apply(c);
            }
        }

        @Override
        public UserCommand inverse() {
            List<UserCommand> undo = new ArrayList<>();
            for (int i = steps.size() - 1; i >= 0; i--) {
                undo.add(steps.get(i).inverse());
            }
            return new Batch("Undo " + description, undo);
        }

        @Override
        public String describe() {
            return description;
        }

        @Override
        public String reportId() {
            return steps.stream().map(UserCommand::reportId).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
    }
}
