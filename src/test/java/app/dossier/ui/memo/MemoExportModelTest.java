package app.dossier.ui.memo;

import app.dossier.charts.ChartType;
import app.dossier.memo.MemoRequest;
import app.dossier.ui.common.ViewModelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The memo dialog's model, without a window: the note filters it offers, the files it refuses, the memo it writes. */
class MemoExportModelTest {
    @Test
    void offersTheNotesTagsAndWritesACitedMemo(@TempDir Path dir) throws Exception {
        try (ViewModelFixture fx = new ViewModelFixture(dir).withReports("cash.txt",
                "Cash check\n\nZhipu AI holds 2.5 billion yuan in cash and burns 300 million yuan per month.\n")) {
            fx.annotate("2.5 billion yuan", "Eight months of cash at this burn", "memo");
            MemoExportModel model = new MemoExportModel(fx.workbench);

            List<String> choices = new ArrayList<>();
            model.noteChoices(choices::addAll, e -> { throw new AssertionError(e); });
            assertTrue(choices.contains("tag:memo"), choices.toString());

            assertEquals("memo.txt: a memo is written as .md, .docx or .pdf", model.problemWith(dir.resolve("memo.txt").toString()));
            assertEquals("Choose a file to write (.md, .docx or .pdf)", model.problemWith(" "));
            Path target = dir.resolve("memo.md");
            assertNull(model.problemWith(target.toString()));

            List<String> finished = new ArrayList<>();
            model.export(new MemoRequest("Cash memo", List.of(ChartType.BURN_RATE), null, "tag:memo", "CNY"),
                    target.toString(), finished::add);
            assertTrue(finished.get(0).startsWith("Memo written to " + target), finished.toString());
            String memo = Files.readString(target);
            assertTrue(memo.contains("Eight months of cash at this burn"), memo);
            assertTrue(memo.contains("Cash check") && memo.contains("2.5 billion yuan"), "a footnote cites the report and quotes it: " + memo);
        }
    }
}
