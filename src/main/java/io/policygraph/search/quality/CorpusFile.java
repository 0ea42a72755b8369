package io.policygraph.search.quality;

import com.hankcs.hanlp.HanLP;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A plan file of a corpus folder with its text folded to simplified characters, the form the search index is
 * given. Stands in for the text stage (decoding, normalising) until that stage is merged.
 */
public record CorpusFile(String fileName, String text) {

    public static List<CorpusFile> readFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .map(CorpusFile::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list corpus folder " + folder, e);
        }
    }

    private static CorpusFile read(Path file) {
        try {
            String raw = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return new CorpusFile(file.getFileName().toString(), HanLP.convertToSimplifiedChinese(raw));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus file " + file, e);
        }
    }
}
