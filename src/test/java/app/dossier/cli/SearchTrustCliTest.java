package app.dossier.cli;

import app.dossier.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search a user can trust, on the command line: other names searched and said, did-you-mean, mention passages. */
class SearchTrustCliTest {
    @TempDir
    static Path dir;
    private static String lib;

    @BeforeAll
    static void importReports() throws Exception {
        lib = dir.resolve("lib").toString();
        Path moon = Files.writeString(dir.resolve("moon.md"), "# 新一輪融資\n\n月之暗面在今年完成新一輪融資，估值達到三十億美元。");
        Path labs = Files.writeString(dir.resolve("labs.md"), "# Lab spending\n\n" + SearchTrustFixtures.LONG_OPENING
                + "\n\nLater in the year Anthropic closed a large round and hired more engineers.");
        assertEquals(0, Run.of("import", "--library", lib, moon.toString(), labs.toString()).code());
    }

    private static List<JsonNode> lines(Run run) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (!line.isBlank()) {
                nodes.add(Json.MAPPER.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void aCompanysNameInOneScriptFindsItsNameInAnotherAndSaysSo() throws Exception {
        List<JsonNode> hits = lines(Run.of("search", "--library", lib, "Moonshot"));
        assertEquals(1, hits.size(), "the traditional-Chinese report writes 月之暗面 only");
        assertTrue(hits.get(0).path("snippet").asText().contains("«月之暗面»"), hits.get(0).toString());
        assertTrue(hits.get(0).path("alsoSearched").toString().contains("月之暗面"), hits.get(0).toString());
    }

    @Test
    void aMisspeltNameGetsADidYouMeanInsteadOfNothing() throws Exception {
        Run run = Run.of("search", "--library", lib, "Antrhopic");
        List<JsonNode> out = lines(run);
        assertEquals(0, out.size(), "stdout holds hits only: " + run.out());
        assertTrue(run.err().contains("did you mean \"Anthropic\""), run.err());
    }

    @Test
    void aCompanyFilterShowsThePassageThatMentionsIt() throws Exception {
        List<JsonNode> hits = lines(Run.of("search", "--library", lib, "company:Anthropic"));
        assertEquals(1, hits.size());
        String snippet = hits.get(0).path("snippet").asText();
        assertTrue(snippet.contains("«Anthropic» closed"), snippet);
        assertFalse(snippet.startsWith("The quarter"), "not the report's first lines: " + snippet);
        assertTrue(hits.get(0).path("start").asInt() > 0);
    }
}
