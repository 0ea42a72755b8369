/**
 * Chinese full-text search over the clauses of plan documents.
 *
 * <p>{@link io.policygraph.search.ClauseIndex} splits each document into clauses
 * ({@link io.policygraph.search.ClauseSplitter}), links each to the task and target it belongs to, and indexes it
 * twice: as HanLP words for ranking and phrases, and as character
 * bigrams ({@link io.policygraph.search.CharacterBigramAnalyzer}) so that a word the segmenter splits differently in
 * query and text is still found. Both fold traditional to simplified and full to half width, so either script
 * finds either. {@code io.policygraph.search.quality.SearchQualityCheck} measures recall@10 and MRR against Neo4j's
 * built-in 'cjk' full-text index.
 *
 * <p>The words are those of the project's one segmentation ({@link io.policygraph.extract.Segmentation}), which the
 * extractor uses too: a document is segmented once, by its extraction, and the index cuts each clause's words out
 * of the document's; queries go through {@link io.policygraph.search.ChineseAnalyzer} with the same segmentation.
 */
package io.policygraph.search;
