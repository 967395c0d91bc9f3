package app.dossier.matrix;

import app.dossier.model.StoredWord;

/**
 * How far a cell can be trusted: a confirmed or suggested figure, reports that disagree, or a computed value.
 * {@link #code()} is the word of the matrix export's state column and of the cell's style class.
 */
public enum CellState implements StoredWord {
    CONFIRMED, SUGGESTED, CONFLICTING, COMPUTED
}
