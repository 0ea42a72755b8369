package io.policygraph.search;

import io.policygraph.text.ChineseFolding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class ChineseAnalyzerTest {

    private record Token(String term, int start, int end, int position) {
    }

    private static List<Token> analyse(ChineseAnalyzer.Mode mode, String text) throws IOException {
        List<Token> tokens = new ArrayList<>();
        try (Analyzer analyzer = new ChineseAnalyzer(mode); TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), position));
            }
            stream.end();
        }
        return tokens;
    }

    private static List<String> terms(ChineseAnalyzer.Mode mode, String text) throws IOException {
        return analyse(mode, text).stream().map(Token::term).toList();
    }

    @Test
    void keepsDecimalNumbersWholeAndDropsPunctuation() throws IOException {
        assertThat(terms(ChineseAnalyzer.Mode.QUERY, "完成固定资产投资238.2亿元,增速12%。"))
                .contains("238.2", "亿元", "12")
                .doesNotContain("238", "2", ",", "%", "。");
    }

    @Test
    void offsetsPointAtTheOriginalTextEvenWhenItIsTraditionalAndFullWidth() throws IOException {
        String text = "全市項目建設完成投資238.2億元";
        for (Token token : analyse(ChineseAnalyzer.Mode.INDEX, text)) {
            String original = text.substring(token.start(), token.end());
            assertThat(ChineseFolding.fold(original)).isEqualTo(token.term());
        }
        assertThat(terms(ChineseAnalyzer.Mode.INDEX, text)).contains("项目", "建设", "238.2", "亿元");
    }

    @Test
    void indexModeAddsInnerWordsAtTheSamePositionSoPhrasePositionsStayConsecutive() throws IOException {
        List<Token> indexed = analyse(ChineseAnalyzer.Mode.INDEX, "固定资产投资");
        assertThat(indexed).extracting(Token::term).contains("固定资产", "固定", "资产", "投资");
        int phraseStart = position(indexed, "固定资产");
        assertThat(position(indexed, "固定")).isEqualTo(phraseStart);
        assertThat(position(indexed, "投资")).isEqualTo(phraseStart + 1);

        List<Token> query = analyse(ChineseAnalyzer.Mode.QUERY, "固定资产投资");
        assertThat(query).extracting(Token::term).containsExactly("固定资产", "投资");
        assertThat(query).extracting(Token::position).containsExactly(0, 1);
    }

    @Test
    void foldsFullWidthLettersAndDigits() throws IOException {
        assertThat(terms(ChineseAnalyzer.Mode.QUERY, "\uFF30\uFF30\uFF30项目\uFF11\uFF12个"))
                .isEqualTo(terms(ChineseAnalyzer.Mode.QUERY, "PPP项目12个"))
                .contains("ppp", "12");
    }

    @Test
    void traditionalAndSimplifiedQueriesAnalyseAlike() throws IOException {
        assertThat(terms(ChineseAnalyzer.Mode.QUERY, "項目建設 開復工率"))
                .isEqualTo(terms(ChineseAnalyzer.Mode.QUERY, "项目建设 开复工率"));
    }

    private static int position(List<Token> tokens, String term) {
        return tokens.stream().filter(t -> t.term().equals(term)).findFirst().orElseThrow().position();
    }
}
