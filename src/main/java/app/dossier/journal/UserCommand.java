package app.dossier.journal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One decision of the user (confirm a tag, edit a figure, write a note, edit the registry...).
 * Every decision goes through {@link Decisions}: applied to the store, appended to the journal
 * beside the database, and undoable through its inverse. Commands carry the state before and
 * after, so the inverse needs no lookup and replaying the journal is deterministic.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Commands.PutThemeTag.class, name = "themeTag"),
        @JsonSubTypes.Type(value = Commands.PutFigure.class, name = "figure"),
        @JsonSubTypes.Type(value = Commands.PutAnnotation.class, name = "annotation"),
        @JsonSubTypes.Type(value = Commands.PutCompany.class, name = "company"),
        @JsonSubTypes.Type(value = Commands.PutTheme.class, name = "theme"),
        @JsonSubTypes.Type(value = Commands.SetCandidateStatus.class, name = "candidate"),
        @JsonSubTypes.Type(value = Commands.EditReportMetadata.class, name = "reportMetadata"),
        @JsonSubTypes.Type(value = Commands.SetReportDeleted.class, name = "reportDeleted"),
        @JsonSubTypes.Type(value = Commands.Batch.class, name = "batch"),
        @JsonSubTypes.Type(value = Commands.PutMentions.class, name = "mentions"),
        @JsonSubTypes.Type(value = Commands.SetVersionOf.class, name = "versionOf"),
})
public interface UserCommand {
    void apply(Connection connection) throws SQLException;

    UserCommand inverse();

    /** For the Undo/Redo menu: "Confirm tag", "Edit figure", ... */
    String describe();

    /** The report this decision touches, or null when it is library-wide (registry, codebook). */
    String reportId();
}
