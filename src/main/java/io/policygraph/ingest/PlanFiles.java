package io.policygraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The plan files a command line names: files as they are, folders by their *.txt files in name order. */
final class PlanFiles {

    private PlanFiles() {
    }

    static List<Path> expand(List<Path> paths) {
        var files = new ArrayList<Path>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(plansIn(path));
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static List<Path> plansIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt"))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of(folder);
        }
    }
}
