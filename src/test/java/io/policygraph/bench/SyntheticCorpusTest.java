package io.policygraph.bench;

import io.policygraph.extract.DeadlineKind;
import io.policygraph.extract.PlanExtraction;
import io.policygraph.extract.PlanExtractor;
import io.policygraph.extract.Task;
import io.policygraph.text.TextDecoder;
import io.policygraph.text.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticCorpusTest {

    private static final int PLANS = 25;

    @Test
    void sameSeedWritesByteIdenticalFilesAndAnotherSeedDoesNot(@TempDir Path first, @TempDir Path second,
                                                               @TempDir Path other) throws IOException {
        List<Path> a = SyntheticCorpus.write(new SyntheticCorpus(7).plans(PLANS), first);
        List<Path> b = SyntheticCorpus.write(new SyntheticCorpus(7).plans(PLANS), second);
        List<Path> c = SyntheticCorpus.write(new SyntheticCorpus(8).plans(PLANS), other);

        assertThat(a).extracting(p -> p.getFileName().toString()).startsWith("gen_000000.txt", "gen_000001.txt");
        for (int i = 0; i < PLANS; i++) {
            assertThat(Files.readAllBytes(b.get(i))).isEqualTo(Files.readAllBytes(a.get(i)));
        }
        assertThat(Files.readAllBytes(c.get(0))).isNotEqualTo(Files.readAllBytes(a.get(0)));
    }

    @Test
    void aLargerCorpusExtendsASmallerOne() {
        var corpus = new SyntheticCorpus(7);
        assertThat(corpus.plans(30).subList(0, 10)).isEqualTo(corpus.plans(10));
    }

    @Test
    void plansAreOfRealLengthAndSpreadOverManyCitiesAndProvinces() {
        var extracted = extracted(new SyntheticCorpus(11));

        assertThat(extracted).allSatisfy(plan -> assertThat(plan.text().length()).isBetween(4_000, 16_000));
        assertThat(extracted.stream().map(p -> p.facts().city()).distinct().count()).isGreaterThan(PLANS / 2);
        assertThat(extracted.stream().map(p -> p.facts().province()).distinct().count()).isGreaterThan(PLANS / 4);
    }

    @Test
    void everyPlanExtractsIntoTasksDepartmentsAndTargets() {
        assertThat(extracted(new SyntheticCorpus(11))).allSatisfy(plan -> {
            assertThat(plan.tasks()).as(plan.fileName()).isNotEmpty();
            assertThat(plan.departments()).as(plan.fileName()).isNotEmpty();
            assertThat(plan.targets()).as(plan.fileName()).isNotEmpty();
        });
    }

    @Test
    void plansWithRoleListsYieldLeadsAndDatedDeadlinesIncludingTheFourthQuarter() {
        List<Task> tasks = extracted(new SyntheticCorpus(11)).stream()
                .filter(plan -> plan.text().contains("牵头"))
                .flatMap(plan -> plan.tasks().stream())
                .filter(task -> task.number().startsWith("二."))
                .toList();

        assertThat(tasks).hasSizeGreaterThan(100);
        assertThat(tasks.stream().filter(t -> !t.leads().isEmpty()).count()).isGreaterThan(tasks.size() * 8 / 10);
        assertThat(tasks.stream().filter(t -> t.deadline() != null && t.deadline().date() != null).count())
                .isGreaterThan(tasks.size() / 2);
        assertThat(tasks).anySatisfy(t -> assertThat(t.deadline().quarter()).isEqualTo(4));
        assertThat(tasks).anySatisfy(t -> assertThat(t.deadline().kind()).isEqualTo(DeadlineKind.ONGOING));
    }

    /** Each plan through the real text stage and extractor, as ingest reads it. */
    private static List<PlanExtraction> extracted(SyntheticCorpus corpus) {
        var extractor = new PlanExtractor();
        var normalizer = new TextNormalizer();
        return IntStream.range(0, PLANS).mapToObj(corpus::plan)
                .map(plan -> extractor.extract(plan.fileName(),
                        normalizer.normalise(TextDecoder.decode(plan.bytes())).text()))
                .toList();
    }
}
