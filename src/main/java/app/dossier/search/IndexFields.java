package app.dossier.search;

/** Field names of the index. */
final class IndexFields {
    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String LANG = "lang";
    static final String COMPANY = "company";
    static final String THEME = "theme";
    static final String TAG = "tag";

    private IndexFields() {
    }
}
