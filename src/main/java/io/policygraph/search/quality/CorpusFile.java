package io.policygraph.search.quality;

import io.policygraph.text.TextDecoder;
import io.policygraph.text.TextNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A plan file of a corpus folder, decoded and normalised by the text stage as the search index is given it. */
public record CorpusFile(String fileName, String text) {

    public static List<CorpusFile> readFolder(Path folder) {
        TextNormalizer normalizer = new TextNormalizer();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .map(file -> new CorpusFile(file.getFileName().toString(),
                            normalizer.normalise(TextDecoder.decode(read(file))).text()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list corpus folder " + folder, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus file " + file, e);
        }
    }
}
