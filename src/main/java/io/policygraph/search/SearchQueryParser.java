package io.policygraph.search;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Parses Lucene classic syntax (quotes, AND/OR/NOT, parentheses) with AND between words, as people expect from a
 * search box, into a query on the word field or the bigram field. Words rank well; bigrams, each
 * whitespace-separated part as a phrase (a substring match), catch text the segmenter split differently from the
 * query. Errors become {@link InvalidSearchQueryException}s that name the problem and its 1-based position,
 * instead of the parser's own message, which quotes grammar internals.
 */
final class SearchQueryParser {

    private final String wordField;
    private final String bigramField;
    private final Analyzer wordAnalyzer = new ChineseAnalyzer(ChineseAnalyzer.Mode.QUERY);
    private final Analyzer bigramAnalyzer = new CharacterBigramAnalyzer();

    SearchQueryParser(String wordField, String bigramField) {
        this.wordField = wordField;
        this.bigramField = bigramField;
    }

    Query parse(String query) {
        if (query == null || query.isBlank()) {
            throw new InvalidSearchQueryException("the query is empty");
        }
        checkQuotesAndParentheses(query);
        try {
            Query words = parse(query, wordField, wordAnalyzer, false);
            Query bigrams = parse(query, bigramField, bigramAnalyzer, true);
            return new BooleanQuery.Builder()
                    .add(words, BooleanClause.Occur.SHOULD)
                    .add(bigrams, BooleanClause.Occur.SHOULD)
                    .build();
        } catch (ParseException e) {
            throw new InvalidSearchQueryException(describe(e));
        } catch (BooleanQuery.TooManyClauses e) {
            throw new InvalidSearchQueryException("the query has too many words");
        }
    }

    private static Query parse(String query, String field, Analyzer analyzer, boolean partsArePhrases)
            throws ParseException {
        QueryParser parser = new QueryParser(field, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        if (partsArePhrases) {
            parser.setSplitOnWhitespace(true);
            parser.setAutoGeneratePhraseQueries(true);
        }
        Query parsed = parser.parse(query);
        // A query of punctuation alone analyses to nothing: it matches nothing rather than failing.
        return parsed == null ? new MatchNoDocsQuery() : parsed;
    }

    private static void checkQuotesAndParentheses(String query) {
        Deque<Integer> openParentheses = new ArrayDeque<>();
        int openQuote = -1;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                openQuote = openQuote < 0 ? i : -1;
            } else if (openQuote < 0 && c == '(') {
                openParentheses.push(i);
            } else if (openQuote < 0 && c == ')') {
                if (openParentheses.isEmpty()) {
                    throw new InvalidSearchQueryException("unmatched ')' at position " + (i + 1));
                }
                openParentheses.pop();
            }
        }
        if (openQuote >= 0) {
            throw new InvalidSearchQueryException("unbalanced quote at position " + (openQuote + 1));
        }
        if (!openParentheses.isEmpty()) {
            throw new InvalidSearchQueryException("unclosed '(' at position " + (openParentheses.peek() + 1));
        }
    }

    private static String describe(ParseException wrapper) {
        // QueryParser.parse wraps the grammar's exception, which is the one that knows the offending token.
        ParseException e = wrapper.getCause() instanceof ParseException cause ? cause : wrapper;
        Token last = e.currentToken;
        if (last != null && last.next != null) {
            Token unexpected = last.next;
            if (unexpected.kind == QueryParserConstants.EOF) {
                return "the query ends too early after '" + last.image + "'";
            }
            // The classic parser's character stream counts columns from 0.
            return "unexpected '" + unexpected.image + "' at position " + (unexpected.beginColumn + 1);
        }
        // Errors without a token (lexical errors, a leading wildcard) only have the parser's sentence.
        String message = wrapper.getMessage() == null ? "" : wrapper.getMessage().lines().findFirst().orElse("");
        int detail = message.indexOf("': ");
        String reason = detail >= 0 ? message.substring(detail + 3) : message;
        return "the query cannot be read: " + reason.strip();
    }
}
