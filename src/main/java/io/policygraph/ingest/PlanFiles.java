package io.policygraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The plan files a command line names, each with the key its document gets: a folder stands for its
 * *.txt files, subfolders included, keyed by their path relative to the folder ({@code 2023/通知.txt});
 * a file named on its own is keyed by its base name. So a file directly in the folder keeps its base
 * name as key, two {@code 通知.txt} in different subfolders are two documents, and ingesting the same
 * folder again finds the same keys. Files come in the order of their keys within each path.
 */
final class PlanFiles {

    /** A file to ingest and the id of the document it becomes. */
    record PlanFile(Path file, String documentId) {
    }

    private PlanFiles() {
    }

    static List<PlanFile> expand(List<Path> paths) {
        var files = new ArrayList<PlanFile>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(plansIn(path));
            } else {
                files.add(new PlanFile(path, path.getFileName() == null ? path.toString() : path.getFileName().toString()));
            }
        }
        return files;
    }

    private static List<PlanFile> plansIn(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt"))
                    .map(f -> new PlanFile(f, key(folder.relativize(f))))
                    .sorted(Comparator.comparing(PlanFile::documentId))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(new PlanFile(folder, folder.toString()));
        }
    }

    /** The relative path with '/' between its parts, whatever the platform's separator. */
    private static String key(Path relative) {
        var parts = new ArrayList<String>();
        relative.forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }
}
