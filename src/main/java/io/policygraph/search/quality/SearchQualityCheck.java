package io.policygraph.search.quality;

import io.policygraph.search.Clause;
import io.policygraph.search.ClauseIndex;
import io.policygraph.search.ClauseSplitter;
import io.policygraph.search.IndexedDocument;
import io.policygraph.search.SearchFilter;
import io.policygraph.search.SearchHit;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures search quality on a corpus folder and a file of expected answers: recall@10 and MRR of the Lucene
 * clause index, and of Neo4j's built-in 'cjk' full-text index over the same clauses as the baseline.
 *
 * <p>Usage: {@code SearchQualityCheck <corpus folder> <quality-queries.tsv>}
 */
public final class SearchQualityCheck {

    public static final int K = 10;

    public record Result(QualityScores lucene, QualityScores neo4jCjk) {
    }

    private SearchQualityCheck() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: java -jar policy-graph.jar search-quality <corpus folder> <quality-queries.tsv>");
            System.exit(2);
        }
        Result result = run(Path.of(args[0]), Path.of(args[1]));
        print(result, System.out);
    }

    public static Result run(Path corpusFolder, Path queriesTsv) {
        List<CorpusFile> corpus = CorpusFile.readFolder(corpusFolder);
        List<QualityQuery> queries = QualityQuery.readTsv(queriesTsv);
        List<RankedClause> clauses = clausesOf(corpus);
        requireEachExpectedClauseExists(queries, clauses);
        Path workDirectory = createTempDirectory();
        try {
            QualityScores lucene;
            try (ClauseIndex index = new ClauseIndex(workDirectory.resolve("lucene"))) {
                corpus.forEach(file -> index.replaceDocument(
                        new IndexedDocument(file.fileName(), null, file.text(), List.of(), List.of())));
                lucene = QualityScores.measure(queries, (query, count) -> index
                        .search(query, SearchFilter.NONE, 0, count).hits().stream()
                        .map(SearchQualityCheck::toRanked).toList(), K);
            }
            QualityScores baseline;
            try (Neo4jCjkBaseline neo4j = new Neo4jCjkBaseline(workDirectory.resolve("neo4j"), clauses)) {
                baseline = QualityScores.measure(queries, neo4j, K);
            }
            return new Result(lucene, baseline);
        } finally {
            deleteRecursively(workDirectory);
        }
    }

    public static void print(Result result, PrintStream out) {
        out.printf("%-28s %12s %12s %12s %12s%n", "query", "lucene R@10", "lucene RR", "cjk R@10", "cjk RR");
        List<QualityScores.QueryScore> lucene = result.lucene().perQuery();
        List<QualityScores.QueryScore> cjk = result.neo4jCjk().perQuery();
        for (int i = 0; i < lucene.size(); i++) {
            out.printf("%-28s %12.2f %12.2f %12.2f %12.2f%n", lucene.get(i).query(), lucene.get(i).recall(),
                    lucene.get(i).reciprocalRank(), cjk.get(i).recall(), cjk.get(i).reciprocalRank());
        }
        out.printf("Lucene (HanLP)    recall@%d = %.3f  MRR@%d = %.3f%n", K, result.lucene().recallAtK(), K,
                result.lucene().meanReciprocalRank());
        out.printf("Neo4j cjk baseline recall@%d = %.3f  MRR@%d = %.3f%n", K, result.neo4jCjk().recallAtK(), K,
                result.neo4jCjk().meanReciprocalRank());
    }

    private static RankedClause toRanked(SearchHit hit) {
        return new RankedClause(hit.documentId(), hit.text());
    }

    private static List<RankedClause> clausesOf(List<CorpusFile> corpus) {
        ClauseSplitter splitter = new ClauseSplitter();
        List<RankedClause> clauses = new ArrayList<>();
        for (CorpusFile file : corpus) {
            for (Clause clause : splitter.split(file.text())) {
                clauses.add(new RankedClause(file.fileName(), clause.text()));
            }
        }
        return clauses;
    }

    /** An expectation no clause can meet (a typo, a substring across clauses) would silently lower both scores. */
    private static void requireEachExpectedClauseExists(List<QualityQuery> queries, List<RankedClause> clauses) {
        for (QualityQuery query : queries) {
            for (QualityQuery.ExpectedClause expected : query.expected()) {
                if (clauses.stream().noneMatch(expected::matches)) {
                    throw new IllegalArgumentException("no clause of " + expected.fileName() + " contains '"
                            + expected.substring() + "' (query '" + query.query() + "')");
                }
            }
        }
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("search-quality");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work directory", e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete work directory " + directory, e);
        }
    }
}
