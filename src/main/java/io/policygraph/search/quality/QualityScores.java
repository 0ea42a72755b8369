package io.policygraph.search.quality;

import java.util.List;

/**
 * Recall@k (share of expected clauses among the first k hits, averaged over queries) and MRR@k (mean of 1/rank of
 * the first relevant hit, 0 when none is among the first k).
 */
public record QualityScores(double recallAtK, double meanReciprocalRank, List<QueryScore> perQuery) {

    public record QueryScore(String query, double recall, double reciprocalRank) {
    }

    public static QualityScores measure(List<QualityQuery> queries, ClauseRanker ranker, int k) {
        List<QueryScore> scores = queries.stream().map(query -> score(query, ranker.top(query.query(), k))).toList();
        return new QualityScores(
                scores.stream().mapToDouble(QueryScore::recall).average().orElse(0),
                scores.stream().mapToDouble(QueryScore::reciprocalRank).average().orElse(0),
                scores);
    }

    private static QueryScore score(QualityQuery query, List<RankedClause> hits) {
        long found = query.expected().stream().filter(expected -> hits.stream().anyMatch(expected::matches)).count();
        double reciprocalRank = 0;
        for (int rank = 1; rank <= hits.size(); rank++) {
            RankedClause hit = hits.get(rank - 1);
            if (query.expected().stream().anyMatch(expected -> expected.matches(hit))) {
                reciprocalRank = 1.0 / rank;
                break;
            }
        }
        return new QueryScore(query.query(), (double) found / query.expected().size(), reciprocalRank);
    }
}
