package io.policygraph.search.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A query and the clauses a reader expects it to find. In the TSV file a line is
 * {@code query<TAB>file#substring | file#substring ...}; lines starting with # are comments.
 */
public record QualityQuery(String query, List<ExpectedClause> expected) {

    /** A clause identified by its file and a substring distinctive enough to pick it out. */
    public record ExpectedClause(String fileName, String substring) {

        boolean matches(RankedClause clause) {
            return clause.fileName().equals(fileName) && clause.text().contains(substring);
        }
    }

    public QualityQuery {
        expected = List.copyOf(expected);
    }

    public static List<QualityQuery> readTsv(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(QualityQuery::parseLine)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read quality queries " + file, e);
        }
    }

    private static QualityQuery parseLine(String line) {
        String[] columns = line.split("\t");
        if (columns.length != 2) {
            throw new IllegalArgumentException("expected query<TAB>expected clauses: " + line);
        }
        List<ExpectedClause> expected = Arrays.stream(columns[1].split(" \\| "))
                .map(entry -> {
                    int separator = entry.indexOf('#');
                    if (separator < 1 || separator == entry.length() - 1) {
                        throw new IllegalArgumentException("expected file#substring, got: " + entry);
                    }
                    return new ExpectedClause(entry.substring(0, separator).strip(), entry.substring(separator + 1));
                })
                .toList();
        return new QualityQuery(columns[0].strip(), expected);
    }
}
