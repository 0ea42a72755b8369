package io.policygraph.web;

import io.policygraph.SeededServiceTest;
import org.apache.commons.csv.CSVFormat;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer in a real headless Chromium over the seed plans: each view loads, search highlights,
 * the document view marks the right characters, the task table downloads, and the page never asks
 * anything of a host other than the service. Screenshots land in target/explorer-screenshots.
 */
class ExplorerBrowserIT extends SeededServiceTest {

    private static HeadlessChromium browser;

    @LocalServerPort
    int port;

    @Autowired
    HttpGraphQlTester graphQl;

    private final List<String> requests = new ArrayList<>();

    @BeforeAll
    static void startBrowser() {
        browser = new HeadlessChromium();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void forgetEarlierRequests() {
        browser.requestedUrls();
    }

    /** Every test's pages: only the service itself (and inline data: URLs) may be asked for anything. */
    @AfterEach
    void noRequestLeftTheService() {
        requests.addAll(browser.requestedUrls());
        assertThat(requests).as("requests the pages made").isNotEmpty()
                .allSatisfy(url -> assertThat(url).matches("(http://localhost:" + port + "/.*|data:.*|blob:.*)"));
    }

    @Test
    void theHomePageIsTheSearchBoxOverAListOfEveryDocument() {
        open("", "search");
        var titles = graphQl.document("{ documents(first: 100) { edges { node { title fileName } } } }").execute()
                .path("documents.edges[*].node.fileName").entityList(String.class).get();
        assertThat(titles).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("ul.documents li"))).extracting(WebElement::getText)
                .hasSize(titles.size()).allSatisfy(item -> assertThat(titles).anyMatch(item::contains));
        assertThat(browser.driver.findElement(By.name("q")).isDisplayed()).isTrue();
    }

    @Test
    void theSearchViewFindsSimplifiedAndTraditionalQueriesAndHighlightsTheMatch() {
        open("?view=search&q=" + encode("\"固定资产投资\""), "search");
        List<WebElement> hits = browser.driver.findElements(By.cssSelector("li.hit"));
        assertThat(hits).isNotEmpty();
        for (var hit : hits) {
            assertThat(hit.findElements(By.cssSelector(".snippet em"))).extracting(WebElement::getText)
                    .isNotEmpty().allSatisfy(em -> assertThat(em).isEqualTo("固定资产投资"));
        }
        browser.screenshot("search");

        // the form puts the query in the URL, so the page can be shared
        var box = browser.driver.findElement(By.name("q"));
        box.clear();
        box.sendKeys("項目建設");
        browser.driver.findElement(By.cssSelector("form.controls button[type=submit]")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("q="));
        waitForView("search");
        assertThat(query(browser.driver.getCurrentUrl())).containsEntry("q", "項目建設").containsEntry("view", "search");
        var viaForm = browser.driver.findElements(By.cssSelector("li.hit .hit-head a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        open("?view=search&q=" + encode("項目建設"), "search");
        assertThat(browser.driver.findElements(By.cssSelector("li.hit .hit-head a"))).extracting(a -> a.getAttribute("href"))
                .isNotEmpty().containsExactlyElementsOf(viaForm);
        assertThat(browser.driver.findElements(By.cssSelector("li.hit .snippet em"))).extracting(WebElement::getText)
                .isNotEmpty().allSatisfy(em -> assertThat(em).isIn("项目", "建设", "项目建设"));
        requests.addAll(browser.requestedUrls());
        assertThat(requests).anyMatch(url -> url.endsWith("/graphql"));
    }

    @Test
    void aHitOpensItsDocumentWithTheClauseMarked() {
        open("?view=search&q=" + encode("\"固定资产投资\""), "search");
        var first = browser.driver.findElement(By.cssSelector("li.hit .hit-head a"));
        var href = first.getAttribute("href");
        var params = query(href);
        first.click();
        waitForView("document");

        var text = documentText(params.get("id"));
        var marked = script("return [...document.querySelectorAll('.doc-text .hit')].map(n => n.textContent).join('')");
        assertThat(marked).isEqualTo(text.substring(Integer.parseInt(params.get("from")), Integer.parseInt(params.get("to"))))
                .contains("固定资产投资");
        assertThat(browser.driver.getCurrentUrl()).contains("view=document").contains("from=");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDocumentViewHighlightsEveryTaskAndTargetAtItsSourceCharacters() {
        var doc = largestDocument();
        open("?view=document&id=" + encode((String) doc.get("id")), "document");
        String text = (String) doc.get("text");
        var tasks = (List<Map<String, Object>>) doc.get("tasks");
        var targets = (List<Map<String, Object>>) doc.get("targets");

        assertThat(script("return document.querySelector('.doc-text').textContent")).isEqualTo(text);
        List<String> taskTexts = (List<String>) browser.driver.executeScript("""
                return Array.from({length: arguments[0]}, (_, i) =>
                  [...document.querySelectorAll(`.doc-text [data-tasks~="${i}"]`)].map(n => n.textContent).join(''))""",
                tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            var source = (Map<String, Object>) tasks.get(i).get("source");
            assertThat(taskTexts.get(i)).as("task %s", tasks.get(i).get("number"))
                    .isNotEmpty().isEqualTo(text.substring((int) source.get("start"), (int) source.get("end")));
        }
        List<String> targetTexts = (List<String>) browser.driver.executeScript("""
                return Array.from({length: arguments[0]}, (_, i) =>
                  [...document.querySelectorAll(`.doc-text [data-targets~="${i}"]`)].map(n => n.textContent).join(''))""",
                targets.size());
        for (int i = 0; i < targets.size(); i++) {
            var source = (Map<String, Object>) targets.get(i).get("source");
            assertThat(targetTexts.get(i)).as("target %s", targets.get(i).get("metric"))
                    .isEqualTo(text.substring((int) source.get("start"), (int) source.get("end")));
        }
        var warnings = (List<Map<String, Object>>) doc.get("extractionWarnings");
        List<String> warningTexts = (List<String>) browser.driver.executeScript("""
                return Array.from({length: arguments[0]}, (_, i) =>
                  [...document.querySelectorAll(`.doc-text [data-warnings~="${i}"]`)].map(n => n.textContent).join(''))""",
                warnings.size());
        for (int i = 0; i < warnings.size(); i++) {
            var source = (Map<String, Object>) warnings.get(i).get("source");
            assertThat(warningTexts.get(i)).as("warning %s", warnings.get(i).get("message"))
                    .isEqualTo(text.substring((int) source.get("start"), (int) source.get("end")));
        }
        assertThat(browser.driver.findElements(By.cssSelector("table.tasks tbody tr"))).hasSize(tasks.size());
        assertThat(browser.driver.findElements(By.cssSelector("table.tasks tbody tr td:first-child")))
                .extracting(WebElement::getText).containsExactlyElementsOf(tasks.stream().map(t -> (String) t.get("number")).toList());
        browser.screenshot("document");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTaskTableDownloadsAsCsvWithBomAndAsXlsxWithTheDocumentsTasks() throws Exception {
        var doc = largestDocument();
        open("?view=document&id=" + encode((String) doc.get("id")), "document");
        var tasks = (List<Map<String, Object>>) doc.get("tasks");
        var numbers = tasks.stream().map(t -> (String) t.get("number")).toList();
        var titles = tasks.stream().map(t -> (String) t.get("title")).toList();

        var csv = download(browser.driver.findElement(By.id("download-csv")).getAttribute("href"));
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        var records = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(csv.body(), 3, csv.body().length - 3), StandardCharsets.UTF_8))
                .getRecords();
        assertThat(records).extracting(r -> r.get("序号")).containsExactlyElementsOf(numbers);
        assertThat(records).extracting(r -> r.get("任务")).containsExactlyElementsOf(titles);
        var firstLeads = ((List<Map<String, String>>) tasks.get(0).get("leads")).stream().map(d -> d.get("name")).toList();
        assertThat(records.get(0).get("牵头单位")).isEqualTo(String.join("、", firstLeads));

        var xlsx = download(browser.driver.findElement(By.id("download-xlsx")).getAttribute("href"));
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("序号");
            assertThat(rows.subList(1, rows.size())).extracting(r -> r.getCellText(0)).containsExactlyElementsOf(numbers);
            assertThat(rows.subList(1, rows.size())).extracting(r -> r.getCellText(1)).containsExactlyElementsOf(titles);
        }
        assertThat(download("/export/documents/bm8tc3VjaA/tasks.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void whoLeadsWhatWhenGroupsLeadingDepartmentsByCityWithTheirTasksAndAChart() {
        open("?view=leads&quarter=4", "leads");
        var departments = graphQl.document("""
                { departments(filter: {leadsTasksDue: {quarter: 4}}, first: 100) { totalCount } }""")
                .execute().path("departments.totalCount").entity(Integer.class).get();
        assertThat(departments).isPositive();
        assertThat(browser.driver.findElements(By.cssSelector("details.department"))).hasSize(departments);
        assertThat(browser.driver.findElements(By.cssSelector(".city-group h3"))).isNotEmpty();
        assertThat(canvasesWithInk()).isEqualTo(1);
        var first = browser.driver.findElement(By.cssSelector("details.department"));
        first.findElement(By.tagName("summary")).click();
        assertThat(first.findElements(By.cssSelector("li a"))).isNotEmpty().allSatisfy(a -> assertThat(a.isDisplayed()).isTrue());
        browser.screenshot("leads");

        // a date range and one city: only that city's departments, only tasks due inside the range
        open("?view=leads&from=2023-10-01&to=2023-12-31&city=" + encode("嘉峪关市"), "leads");
        assertThat(browser.driver.findElements(By.cssSelector(".city-group h3"))).extracting(WebElement::getText)
                .singleElement().asString().startsWith("嘉峪关市");
        assertThat(browser.driver.findElements(By.cssSelector("details.department li .deadline")))
                .isNotEmpty().allSatisfy(d -> assertThat(d.getAttribute("title")).isBetween("2023-10-01", "2023-12-31"));
    }

    @Test
    void compareCitiesShowsTargetsByCityAndYearAndTasksByQuarter() {
        open("?view=compare&metric=" + encode("投资") + "&unit=" + encode("亿元"), "compare");
        var total = graphQl.document("""
                { targets(filter: {metric: "投资", unit: "亿元"}, first: 100) { totalCount } }""")
                .execute().path("targets.totalCount").entity(Integer.class).get();
        assertThat(total).isPositive();
        assertThat(browser.driver.findElements(By.cssSelector("table.matrix .target-cell"))).hasSize(total);
        assertThat(canvasesWithInk()).isEqualTo(2);
        browser.screenshot("compare");

        // a statistical indicator of metric-families.tsv: compareTargets rows, one cell each, and a chart
        var rows = graphQl.document("{ compareTargets(metric: \"固定资产投资\") { period } }").execute()
                .path("compareTargets").entityList(Map.class).get();
        open("?view=compare&metric=" + encode("固定资产投资"), "compare");
        assertThat(browser.driver.findElements(By.cssSelector(".by-key .target-cell"))).hasSize(rows.size());
        if (!rows.isEmpty()) {
            assertThat(canvasesWithInk(".by-key canvas")).isEqualTo(1);
        }
    }

    @Test
    void theDepartmentViewListsTasksByRoleAndTheSameBodyTypeElsewhere() {
        var id = graphQl.document("""
                { departments(filter: {leadsTasksDue: {quarter: 4}}, first: 1) { edges { node { id } } } }""")
                .execute().path("departments.edges[0].node.id").entity(String.class).get();
        open("?view=department&id=" + encode(id), "department");
        assertThat(browser.driver.findElements(By.cssSelector("table.role-lead tbody tr"))).isNotEmpty();
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        browser.screenshot("department");

        open("?view=department", "department");
        assertThat(browser.driver.findElements(By.cssSelector(".department-pick li a"))).isNotEmpty();
    }

    @Test
    void graphiqlIsServedFromTheJarWithTheExampleTabs() {
        browser.driver.get(base() + "/graphiql?path=/graphql");
        new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                .until(d -> !d.findElements(By.cssSelector(".graphiql-tab")).isEmpty());
        // one tab per example of graphiql/index.html, titled with its operation name
        var names = java.util.regex.Pattern.compile("(?m)^query (\\w+) \\{").matcher(resource("graphiql/index.html"))
                .results().map(m -> m.group(1)).toList();
        assertThat(names).isNotEmpty();
        var tabs = browser.driver.findElements(By.cssSelector(".graphiql-tab")).stream().map(WebElement::getText).toList();
        assertThat(tabs).hasSameSizeAs(names);
        for (int i = 0; i < names.size(); i++) {
            assertThat(tabs.get(i)).contains(names.get(i));
        }
        browser.screenshot("graphiql");
    }

    private void open(String relative, String view) {
        browser.driver.get(base() + "/" + relative);
        waitForView(view);
    }

    private void waitForView(String view) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(d instanceof org.openqa.selenium.JavascriptExecutor js
                ? js.executeScript("const m = document.getElementById('view');"
                + "return m.dataset.view === arguments[0] && m.getAttribute('aria-busy') === 'false'", view) : null));
        assertThat(browser.driver.findElements(By.cssSelector("main .error"))).as("error shown").isEmpty();
    }

    /** Canvases Chart.js has drawn on (some pixel is not transparent). */
    private long canvasesWithInk() {
        return canvasesWithInk("canvas");
    }

    private long canvasesWithInk(String selector) {
        return (Long) browser.driver.executeScript("""
                return [...document.querySelectorAll(arguments[0])].filter(c => {
                  const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                  for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
                  return false;
                }).length""", selector);
    }

    private static String resource(String path) {
        try (var in = ExplorerBrowserIT.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String script(String js) {
        return (String) browser.driver.executeScript(js);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> largestDocument() {
        var docs = graphQl.document("""
                { documents(first: 100) { edges { node { id text
                    tasks { number title leads { name } source { start end } }
                    targets { metric source { start end } }
                    extractionWarnings { message source { start end } } } } } }""")
                .execute().path("documents.edges[*].node").entityList(Map.class).get();
        return docs.stream().max(java.util.Comparator.comparingInt(d -> ((List<?>) d.get("tasks")).size())).orElseThrow();
    }

    private String documentText(String id) {
        return graphQl.document("query($id: ID!) { node(id: $id) { ... on Document { text } } }").variable("id", id)
                .execute().path("node.text").entity(String.class).get();
    }

    private HttpResponse<byte[]> download(String url) throws Exception {
        var uri = url.startsWith("http") ? URI.create(url) : URI.create(base() + url);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, String> query(String url) {
        var out = new java.util.HashMap<String, String>();
        for (var pair : URI.create(url).getRawQuery().split("&")) {
            var kv = pair.split("=", 2);
            out.put(java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
