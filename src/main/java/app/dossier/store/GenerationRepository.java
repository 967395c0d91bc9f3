package app.dossier.store;

import java.sql.Connection;
import java.sql.SQLException;

/** The library's index generation: raised before each change the search index must follow. */
public final class GenerationRepository {
    private GenerationRepository() {
    }

    public static long current(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT generation FROM index_generation WHERE id = 1", rs -> rs.getLong(1)).get(0);
    }

    /** Raises the generation and returns the new one. */
    public static long raise(Connection c) throws SQLException {
        Jdbc.update(c, "UPDATE index_generation SET generation = generation + 1 WHERE id = 1");
        return current(c);
    }
}
