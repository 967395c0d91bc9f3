package app.dossier.matrix;

/** How far a cell can be trusted: a confirmed or suggested figure, reports that disagree, or a computed value. */
public enum CellState {
    CONFIRMED("confirmed"),
    SUGGESTED("suggested"),
    CONFLICTING("conflicting"),
    COMPUTED("computed");

    private final String id;

    CellState(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
