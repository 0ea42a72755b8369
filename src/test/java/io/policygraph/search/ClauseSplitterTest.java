package io.policygraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseSplitterTest {

    @Test
    void splitsAtSentenceEndsAndLineBreaksAndTrims() {
        String text = "  一、工作目标\n确保完成年度目标任务。力争提前完成;加快推进!  \n\n是否开工?按月调度\uFF1B按季考核";
        List<Clause> clauses = new ClauseSplitter().split(text);

        assertThat(clauses).extracting(Clause::text)
                .containsExactly("一、工作目标", "确保完成年度目标任务。", "力争提前完成;", "加快推进!", "是否开工?",
                        "按月调度\uFF1B", "按季考核");
        assertThat(clauses).allSatisfy(c -> assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text()));
    }

    @Test
    void cutsVeryLongSentencesAfterCommasOnly() {
        String part = "推进项目建设加快投资进度,";
        String sentence = part.repeat(10) + "确保完成。";
        List<Clause> clauses = new ClauseSplitter(40).split(sentence);

        assertThat(clauses).hasSizeGreaterThan(1);
        assertThat(clauses).allSatisfy(c -> {
            assertThat(c.text().length()).isLessThanOrEqualTo(40);
            assertThat(sentence.substring(c.start(), c.end())).isEqualTo(c.text());
        });
        assertThat(clauses.subList(0, clauses.size() - 1)).allSatisfy(c -> assertThat(c.text()).endsWith(","));
        assertThat(String.join("", clauses.stream().map(Clause::text).toList())).isEqualTo(sentence);
    }

    @Test
    void dropsPiecesWithoutWords() {
        assertThat(new ClauseSplitter().split("\n \u3000\n。;\n•\n")).isEmpty();
    }
}
