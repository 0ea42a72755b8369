package io.policygraph.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import io.policygraph.extract.Segmentation;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * A Lucene index of document clauses for full-text search. Writes go through one {@link IndexWriter}, searches
 * through a {@link SearcherManager}, so searching while documents are replaced is safe; each replaced or deleted
 * document is committed on its own, so a crash loses at most the document being written.
 */
public final class ClauseIndex implements Closeable {

    static final String DOCUMENT_ID = "documentId";
    static final String CITY = "city";
    static final String TEXT = "text";
    private static final String TEXT_BIGRAMS = "textBigrams";
    private static final String START = "start";
    private static final String END = "end";
    private static final String TASK_ID = "taskId";
    private static final String TARGET_ID = "targetId";
    /** What a hit shows of its document and task, stored with the clause so a hit list needs no graph read. */
    private static final String DOCUMENT_TITLE = "documentTitle";
    private static final String TASK_NUMBER = "taskNumber";
    private static final String TASK_TITLE = "taskTitle";

    /** Deepest hit a search page may reach: deep pages cost a full top-k collection. */
    public static final int MAX_PAGE_END = 10_000;
    private static final int MAX_CLAUSE_LENGTH = 100_000;
    private static final FieldType WORDS_TYPE = textType();
    private static final FieldType BIGRAMS_TYPE = textType();

    private final Analyzer indexAnalyzer = new PerFieldAnalyzerWrapper(new ChineseAnalyzer(ChineseAnalyzer.Mode.INDEX),
            Map.of(TEXT_BIGRAMS, new CharacterBigramAnalyzer()));
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final SearchQueryParser queryParser;
    private final ClauseSplitter splitter = new ClauseSplitter();

    public ClauseIndex(Path indexDirectory) {
        try {
            directory = FSDirectory.open(indexDirectory);
            writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + indexDirectory, e);
        }
        queryParser = new SearchQueryParser(TEXT, TEXT_BIGRAMS);
    }

    /** Replaces all clauses of the document (or adds them if it is new) and commits. */
    public void replaceDocument(IndexedDocument document) {
        List<Document> clauses = toLucene(document);
        write(() -> writer.updateDocuments(new Term(DOCUMENT_ID, document.documentId()), clauses));
    }

    public void deleteDocument(String documentId) {
        write(() -> writer.deleteDocuments(new Term(DOCUMENT_ID, documentId)));
    }

    /**
     * Replaces and deletes documents and records how far the index has followed the graph, all in one
     * commit: after a crash the recorded position and the clauses agree.
     */
    public void apply(List<IndexedDocument> replaced, List<String> deleted, Map<String, String> position) {
        List<List<Document>> clauses = new ArrayList<>();
        for (IndexedDocument document : replaced) {
            clauses.add(toLucene(document));
        }
        write(() -> {
            for (int i = 0; i < replaced.size(); i++) {
                writer.updateDocuments(new Term(DOCUMENT_ID, replaced.get(i).documentId()), clauses.get(i));
            }
            for (String id : deleted) {
                writer.deleteDocuments(new Term(DOCUMENT_ID, id));
            }
            writer.setLiveCommitData(Map.copyOf(position).entrySet());
        });
    }

    /** Removes every clause and the recorded position, so the index can be rebuilt from the start. */
    public void clear() {
        write(() -> {
            writer.deleteAll();
            writer.setLiveCommitData(Map.<String, String>of().entrySet());
        });
    }

    /** The position recorded by the last {@link #apply} (empty for a new or cleared index). */
    public Map<String, String> position() {
        Map<String, String> position = new HashMap<>();
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            data.forEach(e -> position.put(e.getKey(), e.getValue()));
        }
        return position;
    }

    public long clauseCount() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    /** The documents that have clauses in the index, so a caller can see whether it lags behind the graph. */
    public Set<String> documentIds() {
        return withSearcher(searcher -> {
            Set<String> ids = new TreeSet<>();
            Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), DOCUMENT_ID);
            if (terms == null) {
                return ids;
            }
            TermsEnum values = terms.iterator();
            // Terms of deleted clauses linger until segments merge, so count live clauses for each id.
            for (BytesRef value = values.next(); value != null; value = values.next()) {
                Term term = new Term(DOCUMENT_ID, BytesRef.deepCopyOf(value));
                if (searcher.count(new TermQuery(term)) > 0) {
                    ids.add(term.text());
                }
            }
            return ids;
        });
    }

    /**
     * Finds clauses matching a Lucene classic query (AND between words), best first.
     *
     * @throws InvalidSearchQueryException if the query cannot be parsed
     */
    public SearchPage search(String query, SearchFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 0 || (long) offset + limit > MAX_PAGE_END) {
            throw new IllegalArgumentException(
                    "offset and limit must be non-negative and offset + limit at most " + MAX_PAGE_END);
        }
        Query textQuery = queryParser.parse(query);
        Query filtered = withFilter(textQuery, filter == null ? SearchFilter.NONE : filter);
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(filtered, Math.max(1, offset + limit));
            long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO
                    ? top.totalHits.value
                    : searcher.count(filtered);
            int pageEnd = Math.min(top.scoreDocs.length, offset + limit);
            if (offset >= pageEnd) {
                return new SearchPage(total, List.of());
            }
            ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, offset, pageEnd);
            return new SearchPage(total, toHits(searcher, textQuery, page));
        });
    }

    @Override
    public void close() {
        try (directory; writer; searchers) {
            // Closing in reverse order of opening: searchers, writer, directory.
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        }
    }

    private List<SearchHit> toHits(IndexSearcher searcher, Query textQuery, ScoreDoc[] page) throws IOException {
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        String[] snippets = highlighter(searcher)
                .highlightFields(new String[] {TEXT}, textQuery, docIds, new int[] {1})
                .get(TEXT);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document stored = searcher.storedFields().document(page[i].doc);
            String text = stored.get(TEXT);
            String snippet = snippets[i] != null ? joinAdjacentMarks(snippets[i]) : HtmlEscaping.escape(text);
            hits.add(new SearchHit(page[i].score, stored.get(DOCUMENT_ID),
                    stored.getField(START).numericValue().intValue(), stored.getField(END).numericValue().intValue(),
                    text, snippet, stored.get(TASK_ID), stored.get(TARGET_ID),
                    new SearchHit.Shown(stored.get(DOCUMENT_TITLE), stored.get(CITY), stored.get(TASK_NUMBER),
                            stored.get(TASK_TITLE))));
        }
        return hits;
    }

    /**
     * Words matched side by side are one thing to the reader: 沁水抽水蓄能, not 沁水|抽水|蓄能. The escaped text
     * cannot contain a literal tag, so the only "</em><em>" are the formatter's.
     */
    private static String joinAdjacentMarks(String snippet) {
        return snippet.replace("</em><em>", "");
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        // One passage spanning the whole clause: the snippet is the clause, with every match marked. The bigram
        // field holds the same text, so its matches are marked in the stored word field too.
        return UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withMaskedFieldsFunc(field -> TEXT.equals(field) ? Set.of(TEXT_BIGRAMS) : Set.of())
                .withBreakIterator(WholeBreakIterator::new)
                .withFormatter(new DefaultPassageFormatter("<em>", "</em>", " … ", true))
                .withMaxLength(MAX_CLAUSE_LENGTH)
                .build();
    }

    private static Query withFilter(Query textQuery, SearchFilter filter) {
        if (filter.cities().isEmpty() && filter.documentIds().isEmpty()) {
            return textQuery;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(textQuery, BooleanClause.Occur.MUST);
        if (!filter.cities().isEmpty()) {
            query.add(keywordsQuery(CITY, filter.cities()), BooleanClause.Occur.FILTER);
        }
        if (!filter.documentIds().isEmpty()) {
            query.add(keywordsQuery(DOCUMENT_ID, filter.documentIds()), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    private static Query keywordsQuery(String field, Set<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    /**
     * The document's clauses. Their words come from the segmentation of the whole text, which the extraction
     * of the same text in this process has usually done already ({@link Segmentation#segmentOnce}).
     */
    private List<Document> toLucene(IndexedDocument document) {
        Segmentation.Words words = Segmentation.standard().segmentOnce(document.text());
        List<Document> clauses = new ArrayList<>();
        for (Clause clause : splitter.split(document.text())) {
            var tokens = WordTokens.of(words, clause.start(), clause.end(), true);
            clauses.add(toLucene(document, clause, ChineseAnalyzer.filters(new WordTokenStream(tokens, clause.text().length()))));
        }
        return clauses;
    }

    private static Document toLucene(IndexedDocument document, Clause clause, TokenStream words) {
        Document lucene = new Document();
        lucene.add(new StringField(DOCUMENT_ID, document.documentId(), Field.Store.YES));
        if (document.city() != null) {
            lucene.add(new StringField(CITY, document.city(), Field.Store.YES));
        }
        if (document.parentCity() != null) {
            lucene.add(new StringField(CITY, document.parentCity(), Field.Store.NO));
        }
        lucene.add(new StoredField(TEXT, clause.text()));
        lucene.add(new Field(TEXT, words, WORDS_TYPE));
        lucene.add(new Field(TEXT_BIGRAMS, clause.text(), BIGRAMS_TYPE));
        lucene.add(new StoredField(START, clause.start()));
        lucene.add(new StoredField(END, clause.end()));
        if (document.title() != null) {
            lucene.add(new StoredField(DOCUMENT_TITLE, document.title()));
        }
        document.taskOf(clause).ifPresent(task -> {
            lucene.add(new StoredField(TASK_ID, task.id()));
            if (task.number() != null) {
                lucene.add(new StoredField(TASK_NUMBER, task.number()));
            }
            if (task.title() != null) {
                lucene.add(new StoredField(TASK_TITLE, task.title()));
            }
        });
        document.targetOf(clause).ifPresent(id -> lucene.add(new StoredField(TARGET_ID, id)));
        return lucene;
    }

    /** Clause text with offsets in the postings, so the highlighter reads match offsets instead of re-analysing. */
    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private void write(IndexChange change) {
        try {
            change.apply();
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the search index", e);
        }
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }

    @FunctionalInterface
    private interface IndexChange {
        void apply() throws IOException;
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
