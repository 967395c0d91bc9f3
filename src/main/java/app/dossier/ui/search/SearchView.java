package app.dossier.ui.search;

import app.dossier.search.SearchHit;
import app.dossier.ui.Workbench;
import app.dossier.ui.common.Failures;
import app.dossier.ui.common.Icons;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

import java.util.ArrayList;
import java.util.List;

/**
 * Full-text search across the library as the user types: ranked reports with the hit marked in a
 * snippet; Enter or a double click opens the reader at the hit with every hit of the query marked.
 */
public final class SearchView extends BorderPane {
    public static final String SYNTAX = "Words match in any script (智谱 finds 智譜) and any inflection; "
            + "\"quotes\" for a phrase; AND, OR, NOT or -word; filters company:, theme:, lang:, tag:";
    private static final String EMPTY_QUERY = "Type to search the library.";

    private final SearchViewModel model;
    private final HitOpener opener;
    private final TextField query = new TextField();
    private final ListView<SearchHit> results = new ListView<>();
    private final Label summary = new Label();
    private final Label alsoSearched = new Label();
    private final Hyperlink didYouMean = new Hyperlink();
    private final Label placeholder = new Label(EMPTY_QUERY);
    private final PauseTransition typing = new PauseTransition(Duration.millis(120));
    /** Shown when the query names a company: its profile, one click away. */
    private final javafx.scene.control.Hyperlink profile = new javafx.scene.control.Hyperlink();
    private java.util.function.Consumer<String> openProfile = id -> { };

    /** Opens a hit: the report at [start, end), with all the query's hits in it to step through. */
    @FunctionalInterface
    public interface HitOpener {
        void open(String reportId, int start, int end, List<int[]> allHits);
    }

    public SearchView(Workbench workbench, HitOpener opener) {
        this.model = new SearchViewModel(workbench);
        this.opener = opener;
        query.setPromptText("Search every report (Ctrl+K)");
        query.setId("search-field");
        HBox.setHgrow(query, Priority.ALWAYS);
        Label syntax = new Label(SYNTAX);
        syntax.getStyleClass().add("text-muted");
        syntax.setWrapText(true);
        summary.getStyleClass().add("text-muted");
        HBox top = new HBox(8, Icons.of(Feather.SEARCH), query);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        alsoSearched.setId("search-also");
        alsoSearched.getStyleClass().add("text-muted");
        alsoSearched.setWrapText(true);
        didYouMean.setId("search-did-you-mean");
        didYouMean.setOnAction(e -> {
            query.setText((String) didYouMean.getUserData());
            run(query.getText(), false);
        });
        showing(alsoSearched, false);
        showing(didYouMean, false);
        placeholder.setWrapText(true);
        profile.setId("search-open-profile");
        profile.managedProperty().bind(profile.visibleProperty());
        profile.setVisible(false);
        profile.setOnAction(e -> {
            if (model.namedCompanyProperty().get() != null) {
                openProfile.accept(model.namedCompanyProperty().get().id());
            }
        });
        model.namedCompanyProperty().addListener((o, a, c) -> {
            profile.setVisible(c != null);
            if (c != null) {
                profile.setText("Open the profile of " + c.name());
            }
        });
        model.answerProperty().addListener((o, a, answer) -> show(answer));
        model.problemProperty().addListener((o, a, p) -> {
            if (!p.isEmpty()) {
                summary.setText(p);
            }
        });
        VBox header = new VBox(6, top, syntax, new HBox(12, summary, didYouMean), alsoSearched, profile);
        header.setPadding(new Insets(10));
        setTop(header);
        results.setId("search-results");
        results.setCellFactory(l -> new HitCell());
        results.setPlaceholder(placeholder);
        setCenter(results);
        BorderPane.setMargin(results, new Insets(0, 10, 10, 10));

        typing.setOnFinished(e -> run(query.getText(), true));
        query.textProperty().addListener((o, a, b) -> typing.playFromStart());
        query.setOnAction(e -> {
            if (!results.getItems().isEmpty() && results.getSelectionModel().isEmpty()) {
                open(results.getItems().get(0));
            } else if (!results.getSelectionModel().isEmpty()) {
                open(results.getSelectionModel().getSelectedItem());
            } else {
                run(query.getText(), false);
            }
        });
        app.dossier.ui.common.KeyHints.declare("Search", "Enter", "Open the (first or selected) hit");
        app.dossier.ui.common.KeyHints.declare("Search", "Down", "From the query to the results");
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null) {
                open(results.getSelectionModel().getSelectedItem());
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && results.getSelectionModel().getSelectedItem() != null) {
                open(results.getSelectionModel().getSelectedItem());
            }
        });
    }

    /** Where "Open the profile of …" leads. */
    public void onOpenProfile(java.util.function.Consumer<String> action) {
        this.openProfile = action;
    }

    public void focusQuery() {
        query.requestFocus();
        query.selectAll();
    }

    public TextField queryField() {
        return query;
    }

    public ListView<SearchHit> results() {
        return results;
    }

    /** Runs the query in the background; only the newest query's answer is shown. */
    public void run(String text, boolean asYouType) {
        model.search(text, asYouType);
    }

    private void show(SearchViewModel.Answer answer) {
        if (answer == null) {
            results.getItems().clear();
            summary.setText("");
            placeholder.setText(EMPTY_QUERY);
            showing(alsoSearched, false);
            showing(didYouMean, false);
            return;
        }
        List<SearchHit> hits = answer.hits();
        results.getItems().setAll(hits);
        summary.setText(hits.size() + (hits.size() == 1 ? " report" : " reports") + " · " + answer.millis() + " ms");
        alsoSearched.setText("also searched: " + String.join(", ", answer.alsoSearched()));
        showing(alsoSearched, !answer.alsoSearched().isEmpty());
        boolean suggest = answer.suggests();
        didYouMean.setText(suggest ? "Did you mean " + answer.didYouMean() + "?" : "");
        didYouMean.setUserData(answer.didYouMean());
        showing(didYouMean, suggest);
        String text = answer.query().strip();
        placeholder.setText(suggest ? "No report matches “" + text + "”. Did you mean " + answer.didYouMean() + "?"
                : "No report matches “" + text + "”.");
    }

    private static void showing(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** The line under the query naming the company names the query also searched. */
    public Label alsoSearchedLine() {
        return alsoSearched;
    }

    /** The did-you-mean link shown when nothing matched a misspelt company name. */
    public Hyperlink didYouMeanLink() {
        return didYouMean;
    }

    private void open(SearchHit hit) {
        model.open(hit, query.getText(), opener);
    }

    public SearchViewModel model() {
        return model;
    }

    /** A result: the title, then the snippet with the hits (between « and ») on a highlight, like the reader's search marks. */
    private static final class HitCell extends ListCell<SearchHit> {
        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(hit.title());
            title.getStyleClass().add("search-title");
            TextFlow snippet = new TextFlow(snippetNodes(hit.snippet()).toArray(new javafx.scene.Node[0]));
            snippet.setMaxWidth(900);
            snippet.getStyleClass().add("search-snippet");
            setGraphic(new VBox(3, title, snippet));
            setText(null);
        }

        private static List<javafx.scene.Node> snippetNodes(String snippet) {
            List<javafx.scene.Node> out = new ArrayList<>();
            if (snippet == null) {
                return out;
            }
            int pos = 0;
            while (pos < snippet.length()) {
                int open = snippet.indexOf('«', pos);
                if (open < 0) {
                    out.add(new Text(snippet.substring(pos)));
                    break;
                }
                int close = snippet.indexOf('»', open);
                if (close < 0) {
                    close = snippet.length();
                }
                if (open > pos) {
                    out.add(new Text(snippet.substring(pos, open)));
                }
                // a Label, since a Text cannot have a background: the hit is coloured, not only bold
                Label hitText = new Label(snippet.substring(open + 1, close));
                hitText.getStyleClass().add("search-hit");
                out.add(hitText);
                pos = close + 1;
            }
            return out;
        }
    }
}
