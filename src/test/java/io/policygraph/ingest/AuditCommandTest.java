package io.policygraph.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit command, run as a script would run it: no store, one block per plan, then the totals. */
class AuditCommandTest {

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int audit(String... args) {
        return AuditCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsEachDocumentsWarningsAndTheTotal() throws Exception {
        var folder = Files.createDirectory(work.resolve("plans"));
        Files.copy(Path.of("ingest/corpus/003_f595c85bb14bb4b3.txt"), folder.resolve("a.txt"));
        Files.copy(Path.of("ingest/corpus/004_b85820a820c6e1e1.txt"), folder.resolve("b.txt"));

        assertThat(audit(folder.toString())).isEqualTo(0);

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).containsPattern("(?m)^a\\.txt: \\d+ tasks, \\d+ targets, \\d+ departments, \\d+ projects; \\d+ warnings \\(");
        assertThat(printed).containsPattern("(?m)^b\\.txt: ");
        // 003 names thresholds (5000万元以上项目) that are no targets: each is listed with its offset and words.
        assertThat(printed).containsPattern("(?m)^  QUANTITY_NOT_TARGET +\\d+  .*5000万元");
        assertThat(printed).containsPattern("(?m)^total, 2 documents: \\d+ warnings \\(role statement without resolved bodies \\d+, "
                + "abbreviated body name not expanded \\d+, numbered line not read as a task \\d+, "
                + "number with a unit not read as a target \\d+, deadline phrase not parsed \\d+\\)$");
    }

    @Test
    void summaryLeavesOutTheSingleWarningsAndAnUnreadableFileIsReportedWithoutStoppingTheOthers() throws Exception {
        Files.write(work.resolve("binary.txt"), new byte[]{0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        Files.copy(Path.of("ingest/corpus/003_f595c85bb14bb4b3.txt"), work.resolve("plan.txt"));

        int exit = audit("--summary", work.resolve("binary.txt").toString(), work.resolve("plan.txt").toString());

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(1);
        assertThat(printed).containsPattern("(?m)^binary\\.txt: cannot read: \\S+");
        assertThat(printed).containsPattern("(?m)^plan\\.txt: \\d+ tasks");
        assertThat(printed).doesNotContain("QUANTITY_NOT_TARGET");
        assertThat(printed).contains("total, 1 documents: ");
    }

    @Test
    void noPathOrAnUnknownOptionIsAUsageError() {
        assertThat(audit()).isEqualTo(2);
        assertThat(audit("--verbose", "x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(AuditCommand.USAGE).contains("unknown option --verbose");
    }
}
