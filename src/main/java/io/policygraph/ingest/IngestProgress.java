package io.policygraph.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * How far a long ingest is: files done of all, characters per second, and the time left (estimated
 * from the bytes still to read at the rate so far). On a terminal one line rewritten in place; in a
 * log a line now and then. Called from the one thread that writes, so it keeps no locks.
 */
class IngestProgress {

    private static final Logger log = LoggerFactory.getLogger(IngestProgress.class);

    private final PrintStream terminal;
    private final boolean logged;
    private final long intervalNanos;
    private int files;
    private long bytes;
    private int filesDone;
    private long bytesDone;
    private long charsDone;
    private long started;
    private long lastShown;
    private int lastWidth;

    private IngestProgress(PrintStream terminal, boolean logged, Duration interval) {
        this.terminal = terminal;
        this.logged = logged;
        this.intervalNanos = interval.toNanos();
    }

    /** A line rewritten in place (carriage return) at most every half second; for a person watching. */
    static IngestProgress onTerminal(PrintStream out) {
        return new IngestProgress(out, false, Duration.ofMillis(500));
    }

    /** A log line every {@code interval}; for a service's log or a script's output. */
    static IngestProgress inLog(Duration interval) {
        return new IngestProgress(null, true, interval);
    }

    /** Shows nothing (the benchmark measures the ingest itself). */
    static IngestProgress silent() {
        return new IngestProgress(null, false, Duration.ofDays(1));
    }

    void start(int files, long bytes) {
        start(files, bytes, System.nanoTime());
    }

    void start(int files, long bytes, long startedNanos) {
        this.files = files;
        this.bytes = bytes;
        this.started = startedNanos;
        this.lastShown = startedNanos;
    }

    /** A file is done (landed or failed); {@code chars} is what of it was written, 0 for a failure. */
    void done(long fileBytes, long chars) {
        done(fileBytes, chars, System.nanoTime());
    }

    void done(long fileBytes, long chars, long now) {
        filesDone++;
        bytesDone += fileBytes;
        charsDone += chars;
        if (now - lastShown >= intervalNanos) {
            lastShown = now;
            show(now);
        }
    }

    /** Clears the terminal line, so what the caller prints next starts on a clean line. */
    void finish() {
        if (terminal != null && lastWidth > 0) {
            terminal.print("\r" + " ".repeat(lastWidth) + "\r");
            terminal.flush();
        }
    }

    String line(long now) {
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double charsPerSecond = charsDone / seconds;
        double bytesPerSecond = bytesDone / seconds;
        String left = bytesDone == 0 ? "?" : duration(Math.round((bytes - bytesDone) / bytesPerSecond));
        return String.format(Locale.ROOT, "%d/%d files, %,.0f chars/s, %s left", filesDone, files, charsPerSecond, left);
    }

    private void show(long now) {
        var line = line(now);
        if (terminal != null) {
            terminal.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
            terminal.flush();
            lastWidth = line.length();
        } else if (logged) {
            log.info("ingest: {}", line);
        }
    }

    private static String duration(long seconds) {
        return seconds >= 3600 ? "%dh%02dm".formatted(seconds / 3600, seconds % 3600 / 60)
                : seconds >= 60 ? "%dm%02ds".formatted(seconds / 60, seconds % 60)
                : seconds + "s";
    }
}
