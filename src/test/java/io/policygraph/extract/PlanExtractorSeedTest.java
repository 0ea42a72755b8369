package io.policygraph.extract;

import io.policygraph.text.TextDecoder;
import io.policygraph.text.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Facts a reader checks by eye in the seed plans, through the real decoder, normaliser and extractor. */
class PlanExtractorSeedTest {

    private static final Path CORPUS = Path.of("ingest/corpus");
    private static final PlanExtractor EXTRACTOR = new PlanExtractor();

    private static String normalised(String file) throws IOException {
        return new TextNormalizer().normalise(TextDecoder.decode(Files.readAllBytes(CORPUS.resolve(file)))).text();
    }

    private static PlanExtraction seed(String file) throws IOException {
        return EXTRACTOR.extract(file, normalised(file));
    }

    private static Task task(PlanExtraction e, String number) {
        return e.tasks().stream().filter(t -> t.number().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void jiayuguanGovernmentInvestmentTask() throws IOException {
        PlanExtraction e = seed("004_b85820a820c6e1e1.txt");
        assertThat(e.facts().city()).isEqualTo("嘉峪关市");
        assertThat(e.facts().docNumber()).isEqualTo("嘉政办发〔2023〕39号");
        Task t = task(e, "二.(四)");
        assertThat(t.title()).isEqualTo("加强政府投资项目计划管理");
        assertThat(t.leads()).containsExactly("嘉峪关市发展和改革委员会", "嘉峪关市财政局");
        assertThat(t.responsible()).contains("嘉峪关市郊区工作办公室", "嘉峪关市工业园区管理委员会", "嘉峪关市融媒体中心");
        assertThat(t.deadline().date()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(t.deadline().recurrence()).isEqualTo(Recurrence.WEEKLY);
        assertThat(e.tasks()).extracting(Task::number).doesNotContain("三.(一)");
        assertThat(task(e, "二.(一)").projects()).contains("嘉峪关机场改扩建").hasSize(10);
        assertThat(task(e, "二.(九)").deadline().kind()).isEqualTo(DeadlineKind.ASAP);
    }

    @Test
    void xinzhouGoalsAndMechanisms() throws IOException {
        PlanExtraction e = seed("001_a0de8f5fd32c418b.txt");
        assertThat(e.facts().issued()).isEqualTo(LocalDate.of(2022, 3, 28));
        Task goal = task(e, "二.2");
        assertThat(goal.title()).isEqualTo("投资结构持续优化");
        assertThat(goal.leads()).containsExactly("忻州市发展和改革委员会", "忻州市工业和信息化局");
        assertThat(goal.supports()).containsExactly("忻州市能源局");
        assertThat(goal.responsible()).contains("忻州市各县(市、区)人民政府", "忻州经济开发区管理委员会");
        assertThat(task(e, "三.(二)").leads()).containsExactly("忻州市行政审批服务管理局", "忻州市能源局");
        assertThat(task(e, "四.(一)").responsible()).containsExactly("忻州市工业项目建设领导组办公室");
        assertThat(e.tasks()).extracting(Task::number).noneMatch(n -> n.startsWith("五") || n.startsWith("六"));
        assertThat(e.departments()).extracting(Department::name).contains("忻州市金融工作办公室", "忻州市人民政府办公室");
    }

    @Test
    void jinchengNewsReport() throws IOException {
        PlanExtraction e = seed("000_cdee36fe1d75d9b5.txt");
        assertThat(e.facts().kind()).isEqualTo(DocumentKind.NEWS_REPORT);
        assertThat(e.facts().periodEnd()).isEqualTo(LocalDate.of(2023, 1, 31));
        assertThat(e.tasks()).filteredOn(t -> !t.number().contains("."))
                .extracting(Task::title).startsWith("谋划储备攻坚行动", "招商引资攻坚行动");
        assertThat(task(e, "p4.1").deadline().date()).isEqualTo(LocalDate.of(2022, 11, 30));
        Target fixedAssets = e.targets().get(0);
        assertThat(fixedAssets.value()).isEqualTo(238.2);
        assertThat(fixedAssets.period()).isEqualTo("2022-Q4");
        assertThat(e.projects()).filteredOn(p -> p.name().equals("沁水抽水蓄能")).singleElement()
                .satisfies(p -> assertThat(p.investment().value()).isEqualTo(50.0));
    }

    @Test
    void linfenTraditionalCharacterNewsIsReadInSimplified() throws IOException {
        PlanExtraction e = seed("002_f9dfd74abd9f6e57.txt");
        assertThat(e.facts().city()).isEqualTo("临汾市");
        assertThat(e.tasks()).extracting(Task::title).contains("抓认识", "抓效果", "高度重视项目建设工作");
        assertThat(e.targets()).extracting(Target::value).contains(1031.0, 90.0);
    }

    @Test
    void everySpanIsExactlyItsText() throws IOException {
        for (String file : List.of("000_cdee36fe1d75d9b5.txt", "001_a0de8f5fd32c418b.txt", "002_f9dfd74abd9f6e57.txt",
                "003_f595c85bb14bb4b3.txt", "004_b85820a820c6e1e1.txt")) {
            PlanExtraction e = seed(file);
            assertThat(e.tasks()).allSatisfy(t -> assertThat(e.text().substring(t.start(), t.end())).isEqualTo(t.text()));
            assertThat(e.targets()).allSatisfy(t -> assertThat(e.text().substring(t.start(), t.end())).isEqualTo(t.text()));
        }
    }

    @Test
    void sameResultOnManyThreads() throws Exception {
        String text = normalised("003_f595c85bb14bb4b3.txt");
        PlanExtraction expected = EXTRACTOR.extract("003", text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PlanExtraction>> runs = pool.invokeAll(java.util.Collections.nCopies(8, () -> EXTRACTOR.extract("003", text)));
            for (Future<PlanExtraction> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(expected.facts().city()).isNull();
        assertThat(expected.tasks()).hasSize(17);
    }
}
