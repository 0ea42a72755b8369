package io.policygraph.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line ingest, run as a script would run it, on a real embedded store. */
class IngestCommandTest {

    @TempDir
    Path work;

    @Test
    void goodFilesLandBadOnesAreReportedAndTheExitCodeSaysSo() throws Exception {
        var input = Files.createDirectory(work.resolve("in"));
        Files.copy(Path.of("ingest/corpus/004_b85820a820c6e1e1.txt"), input.resolve("plan.txt"));
        Files.write(input.resolve("empty.txt"), new byte[0]);
        Files.write(input.resolve("binary.txt"), new byte[]{0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        Files.write(input.resolve("garbage.txt"), undecodable());
        Files.writeString(input.resolve("poem.txt"), "床前明月光,疑是地上霜。举头望明月,低头思故乡。");
        try (var huge = Files.newBufferedWriter(input.resolve("huge.txt"))) {
            for (int i = 0; i < 50 * 1024; i++) {
                huge.write("加快推进项目建设".repeat(43));   // ~1 KB a line in UTF-8, 50 MB in all
                huge.write('\n');
            }
        }
        var out = new ByteArrayOutputStream();

        int exit = IngestCommand.run(new String[]{"--policygraph.data-dir=" + work.resolve("data"),
                        "--policygraph.neo4j.bolt-port=0", input.toString(), work.resolve("missing.txt").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        var printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(1);
        assertThat(printed).containsPattern("ok +plan\\.txt +created: \\d+ tasks, \\d+ targets, \\d+ departments");
        assertThat(printed).containsPattern("failed +empty\\.txt +\\S+");
        assertThat(printed).containsPattern("failed +binary\\.txt +\\S+");
        assertThat(printed).containsPattern("failed +missing\\.txt +no such file");
        assertThat(printed).containsPattern("failed +garbage\\.txt +.*(decod|implausible)");
        assertThat(printed).containsPattern("failed +poem\\.txt +not a plan");
        assertThat(printed).containsPattern("failed +huge\\.txt +.*limit");
        assertThat(printed).contains("7 files: 1 landed, 6 failed");
    }

    /** Bytes that are valid in no Chinese encoding: lone continuation and lead bytes. */
    private static byte[] undecodable() {
        var bytes = new byte[600];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x80 : i % 3 == 1 ? 0xFF : 0x81);
        }
        return bytes;
    }

    @Test
    void reingestingAnUnchangedFileChangesNothingAndExitsZero() {
        var args = new String[]{"--policygraph.data-dir=" + work.resolve("data"), "--policygraph.neo4j.bolt-port=0",
                "ingest/corpus/001_a0de8f5fd32c418b.txt"};
        var first = new ByteArrayOutputStream();
        var second = new ByteArrayOutputStream();

        assertThat(IngestCommand.run(args, new PrintStream(first, true, StandardCharsets.UTF_8), System.err)).isZero();
        assertThat(IngestCommand.run(args, new PrintStream(second, true, StandardCharsets.UTF_8), System.err)).isZero();

        assertThat(first.toString(StandardCharsets.UTF_8)).contains("created");
        assertThat(second.toString(StandardCharsets.UTF_8)).contains("unchanged");
    }

    @Test
    void noPathOrAnUnknownOptionIsAUsageError() {
        var err = new ByteArrayOutputStream();
        assertThat(IngestCommand.run(new String[]{}, System.out, new PrintStream(err, true))).isEqualTo(2);
        assertThat(IngestCommand.run(new String[]{"-x", "a.txt"}, System.out, new PrintStream(err, true))).isEqualTo(2);
        assertThat(err.toString()).contains("usage:");
    }
}
