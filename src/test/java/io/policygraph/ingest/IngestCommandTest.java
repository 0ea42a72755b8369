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
    void twoFilesOfTheSameNameInDifferentFoldersAreTwoDocumentsAndAChangedOneSaysItReplacedItsEarlierVersion()
            throws Exception {
        var root = work.resolve("plans");
        var a = Files.createDirectories(root.resolve("2022")).resolve("通知.txt");
        var b = Files.createDirectories(root.resolve("2023")).resolve("通知.txt");
        Files.copy(Path.of("ingest/corpus/001_a0de8f5fd32c418b.txt"), a);
        Files.copy(Path.of("ingest/corpus/004_b85820a820c6e1e1.txt"), b);
        Files.copy(Path.of("ingest/corpus/003_f595c85bb14bb4b3.txt"), root.resolve("003.txt"));
        var args = new String[]{"--policygraph.data-dir=" + work.resolve("data"), "--policygraph.neo4j.bolt-port=0",
                root.toString()};

        var first = new ByteArrayOutputStream();
        assertThat(IngestCommand.run(args, new PrintStream(first, true, StandardCharsets.UTF_8), System.err)).isZero();
        assertThat(first.toString(StandardCharsets.UTF_8))
                .containsPattern("ok +2022/通知\\.txt +created")
                .containsPattern("ok +2023/通知\\.txt +created")
                .containsPattern("ok +003\\.txt +created")
                .contains("3 files: 3 landed, 0 failed");

        Files.writeString(b, Files.readString(b, StandardCharsets.UTF_8) + "\n推进海上风电制氢基地建设。", StandardCharsets.UTF_8);
        var second = new ByteArrayOutputStream();
        assertThat(IngestCommand.run(args, new PrintStream(second, true, StandardCharsets.UTF_8), System.err)).isZero();
        assertThat(second.toString(StandardCharsets.UTF_8))
                .containsPattern("ok +2022/通知\\.txt +unchanged")
                .containsPattern("ok +2023/通知\\.txt +replaced an earlier version: \\d+ tasks")
                .containsPattern("ok +003\\.txt +unchanged");

        var report = new ByteArrayOutputStream();
        CheckCommand.run(new String[]{"--policygraph.data-dir=" + work.resolve("data"), "--policygraph.neo4j.bolt-port=0"},
                new PrintStream(report, true, StandardCharsets.UTF_8));
        assertThat(report.toString(StandardCharsets.UTF_8)).contains("label Document=3").contains("consistent");
    }

    @Test
    void filesGivenOnTheirOwnWithTheSameNameAreNotSilentlyMerged() throws Exception {
        var a = Files.createDirectories(work.resolve("x")).resolve("plan.txt");
        var b = Files.createDirectories(work.resolve("y")).resolve("plan.txt");
        Files.copy(Path.of("ingest/corpus/001_a0de8f5fd32c418b.txt"), a);
        Files.copy(Path.of("ingest/corpus/004_b85820a820c6e1e1.txt"), b);
        var out = new ByteArrayOutputStream();

        int exit = IngestCommand.run(new String[]{"--policygraph.data-dir=" + work.resolve("data"),
                "--policygraph.neo4j.bolt-port=0", a.toString(), b.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("ok +plan\\.txt +created")
                .containsPattern("failed +plan\\.txt +.*same document id as .*common folder")
                .contains("2 files: 1 landed, 1 failed");
    }

    @Test
    void aLostSearchIndexIsRebuiltFromTheGraphAtTheNextStart() throws Exception {
        var data = work.resolve("data");
        var args = new String[]{"--policygraph.data-dir=" + data, "--policygraph.neo4j.bolt-port=0",
                "ingest/corpus/004_b85820a820c6e1e1.txt"};
        assertThat(IngestCommand.run(args, System.out, System.err)).isZero();
        try (var files = Files.walk(data.resolve("search"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }

        var out = new ByteArrayOutputStream();
        int exit = CheckCommand.run(new String[]{"--policygraph.data-dir=" + data, "--policygraph.neo4j.bolt-port=0"},
                new PrintStream(out, true, StandardCharsets.UTF_8));

        var report = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(report).contains("consistent").containsPattern("search clauses=[1-9]\\d*");
        assertThat(report).containsPattern("label Task=[1-9]");
    }

    @Test
    void noPathOrAnUnknownOptionIsAUsageError() {
        var err = new ByteArrayOutputStream();
        assertThat(IngestCommand.run(new String[]{}, System.out, new PrintStream(err, true))).isEqualTo(2);
        assertThat(IngestCommand.run(new String[]{"-x", "a.txt"}, System.out, new PrintStream(err, true))).isEqualTo(2);
        assertThat(err.toString()).contains("usage:");
    }
}
