package app.dossier.figures;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

final class SeedReportsFiguresTestAccess {
    static List<String[]> names(JsonNode golden) throws Exception {
        var m = SeedReportsFiguresTest.class.getDeclaredMethod("registryNames", JsonNode.class);
        m.setAccessible(true);
        @SuppressWarnings("unchecked") List<String[]> out = (List<String[]>) m.invoke(null, golden);
        return out;
    }
}
