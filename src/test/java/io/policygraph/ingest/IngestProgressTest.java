package io.policygraph.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress line of a long ingest: what a person watching it reads. */
class IngestProgressTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void showsFilesDoneOfAllTheRateAndTheTimeLeftByTheBytesStillToRead() {
        var progress = IngestProgress.silent();
        progress.start(10, 10_000, 0);
        progress.done(1_000, 30_000, SECOND);
        progress.done(3_000, 90_000, 2 * SECOND);

        // 4,000 of 10,000 bytes in 4 s: 1,000 bytes a second, 6 s to go; 120,000 characters written in 4 s.
        assertThat(progress.line(4 * SECOND)).isEqualTo("2/10 files, 30,000 chars/s, 6s left");
        assertThat(IngestProgress.silent().line(SECOND)).endsWith("? left");
    }

    @Test
    void onATerminalOneLineIsRewrittenInPlaceAndClearedAtTheEnd() {
        var out = new ByteArrayOutputStream();
        var progress = IngestProgress.onTerminal(new PrintStream(out, true, StandardCharsets.UTF_8));
        progress.start(300, 300_000, 0);
        for (int i = 1; i <= 300; i++) {
            progress.done(1_000, 2_000, i * SECOND / 10);
        }
        progress.finish();

        var shown = out.toString(StandardCharsets.UTF_8);
        assertThat(shown).doesNotContain("\n").contains("\r300/300 files").contains("\r100/300 files, 20,000 chars/s, 20s left");
        assertThat(shown).endsWith("\r");
    }
}
