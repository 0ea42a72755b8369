package io.policygraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.common.Term;
import io.policygraph.extract.PlanExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/**
 * Search tokenisation must not depend on whether the extractor ran before it in the process: it used to, because
 * the extractor's department catalog wrote its names into HanLP's process-wide dictionary when first loaded.
 */
class SegmentationIsolationTest {

    /** A body's name that HanLP's own dictionaries split (忻州市工业 + 和信息化局), in a plan's sentence. */
    private static final String TEXT = "忻州市工业和信息化局负责技术改造,市发展和改革委员会配合。";
    private static final String PLAN = """
            忻州市人民政府办公室关于印发忻州市工业项目建设年活动实施方案的通知
            一、推进技术改造。忻州市工业和信息化局负责,2023年12月底前完成。
            二、加快项目审批。市发展和改革委员会牵头,市财政局配合,三季度完成。
            """;

    @Test
    void searchTokensAreTheSameInAFreshProcessWithAndWithoutExtractionFirst() throws Exception {
        String alone = runFresh("analyse");
        String afterExtraction = runFresh("extract-then-analyse");
        assertThat(alone).contains("工业和信息化局");
        assertThat(afterExtraction).isEqualTo(alone);
    }

    @Test
    void extractionLeavesHanLPsProcessWideDictionaryAlone() {
        List<String> before = words(HanLP.segment(TEXT));
        new PlanExtractor().extract("plan.txt", PLAN);
        assertThat(CustomDictionary.contains("市工业和信息化局")).isFalse();
        assertThat(words(HanLP.segment(TEXT))).isEqualTo(before);
    }

    /** Runs {@link Probe} in a new JVM on this test's classpath and returns what it printed. */
    private static String runFresh(String mode) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Probe.class.getName(), mode).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().filter(l -> l.startsWith("token ")).reduce("", (a, b) -> a + b + "\n");
    }

    private static List<String> words(List<Term> terms) {
        return terms.stream().map(t -> t.word).toList();
    }

    /** Prints the index and query tokens of {@link #TEXT}, optionally after extracting a plan. */
    public static final class Probe {
        public static void main(String[] args) throws IOException {
            if (args[0].startsWith("extract")) {
                new PlanExtractor().extract("plan.txt", PLAN);
            }
            for (ChineseAnalyzer.Mode mode : ChineseAnalyzer.Mode.values()) {
                for (String token : tokens(mode)) {
                    System.out.println("token " + mode + " " + token);
                }
            }
        }

        private static List<String> tokens(ChineseAnalyzer.Mode mode) throws IOException {
            List<String> tokens = new ArrayList<>();
            try (Analyzer analyzer = new ChineseAnalyzer(mode); TokenStream stream = analyzer.tokenStream("text", TEXT)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    tokens.add(term + " " + offset.startOffset() + "-" + offset.endOffset());
                }
                stream.end();
            }
            return tokens;
        }
    }
}
