package io.policygraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts everything a plan states from its normalised text. A pure function of its input: no I/O
 * beyond the classpath data loaded once, no shared mutable state, therefore safe on many threads.
 */
public final class PlanExtractor {

    private final DocumentFactsExtractor documentFacts;
    private final DepartmentResolver resolver;
    private final DepartmentMentions mentions;
    private final TaskSegmenter segmenter = new TaskSegmenter();
    private final RoleExtractor roles = new RoleExtractor();
    private final DivisionTable divisionTable = new DivisionTable();
    private final DeadlineParser deadlines = new DeadlineParser();
    private final TargetExtractor targets;
    private final ProjectExtractor projects = new ProjectExtractor();
    private final ExtractionAudit audit;

    public PlanExtractor() {
        this(Gazetteer.standard(), DepartmentCatalog.standard());
    }

    public PlanExtractor(Gazetteer gazetteer, DepartmentCatalog catalog) {
        this.documentFacts = new DocumentFactsExtractor(gazetteer);
        this.resolver = new DepartmentResolver(catalog, gazetteer);
        this.mentions = new DepartmentMentions(catalog, gazetteer);
        this.targets = new TargetExtractor(gazetteer);
        this.audit = ExtractionAudit.of(catalog);
    }

    public PlanExtraction extract(String fileName, String text) {
        DocumentFacts facts = documentFacts.extract(text);
        // Year 0 stands for "unknown": the deadline parser then gives bare months no date.
        int planYear = facts.planYear() == null ? 0 : facts.planYear();
        DepartmentCollector bodies = new DepartmentCollector(resolver, facts.place(), facts.planYear());
        ProjectExtractor.Found found = projects.extract(text);

        List<DepartmentMentions.Mention> named = mentions.find(text, facts.place());
        List<Task> tasks = new ArrayList<>();
        boolean firstListedLeads = RoleExtractor.firstListedLeads(text);
        Map<TaskSegmenter.Segment, DivisionTable.Item> table = new HashMap<>();
        List<TaskSegmenter.Segment> segments = segments(text, table);
        DeadlineParser.Context deadlineContext = new DeadlineParser.Context(planYear, facts.periodStart(), facts.periodEnd(), facts.issued());
        Map<TaskSegmenter.Segment, List<String>> boxes = ProjectExtractor.boxesServing(found.mentions(), segments);
        for (TaskSegmenter.Segment s : segments) {
            String span = text.substring(s.start(), s.end());
            // A group heading's roles and deadline are its own words', not those of its numbered items.
            String own = text.substring(s.start(), s.ownEnd());
            DivisionTable.Item row = table.get(s);
            RoleExtractor.Roles r = row != null ? new RoleExtractor.Roles(row.leads(), row.responsible(), row.supports())
                    : roles.extract(own, firstListedLeads);
            if (r.isEmpty()) {
                r = actingBodies(text, named, s);
            }
            List<String> projectNames = java.util.stream.Stream.concat(found.mentions().stream()
                    .filter(m -> !m.box() && m.start() >= s.start() && m.end() <= s.end())
                    .map(ProjectExtractor.Mention::name), boxes.getOrDefault(s, List.of()).stream()).distinct().toList();
            tasks.add(new Task(s.number(), s.title(), span, s.start(), s.end(),
                    bodies.addAll(r.leads()), bodies.addAll(r.responsible()), bodies.addAll(r.supports()),
                    deadlines.parse(own, deadlineContext), projectNames));
        }
        named.forEach(m -> bodies.add(m.surface()));

        List<Target> stated = targets.extract(text, facts, at -> taskAt(tasks, at));
        List<Project> projectList = found.projects().stream()
                .map(p -> new Project(p.name(), p.investment(), p.status(), tasks.stream()
                        .filter(t -> t.projects().contains(p.name())).map(Task::number).toList()))
                .toList();
        var plan = new PlanExtraction(fileName, text, facts, bodies.departments(), tasks, stated, projectList);
        return plan.withWarnings(audit.audit(plan, segmenter.structure(text)));
    }

    /**
     * The plan's work items, with the division-table row that assigns each its bodies (put in
     * {@code table}): a framing-section item the table assigns is a task too; a plan that is only a
     * table has its 序号 as tasks.
     */
    private List<TaskSegmenter.Segment> segments(String text, Map<TaskSegmenter.Segment, DivisionTable.Item> table) {
        List<TaskSegmenter.Segment> work = segmenter.segment(text);
        List<DivisionTable.Item> items = divisionTable.read(text);
        if (items.isEmpty()) {
            return work;
        }
        if (work.isEmpty()) {
            List<TaskSegmenter.Segment> rows = new ArrayList<>();
            for (DivisionTable.Item item : items) {
                TaskSegmenter.Segment s = new TaskSegmenter.Segment(String.valueOf(item.number()),
                        item.name() == null ? "" : item.name(), item.start(), item.end());
                rows.add(s);
                table.put(s, item);
            }
            return rows;
        }
        table.putAll(DivisionTableLinks.link(work, segmenter.framingItems(text), items));
        List<TaskSegmenter.Segment> all = new ArrayList<>(work);
        table.keySet().stream().filter(s -> !work.contains(s)).forEach(all::add);
        all.sort(java.util.Comparator.comparingInt(TaskSegmenter.Segment::start));
        return all;
    }

    /**
     * The verb right after a body, or after the list it opens, in prose: "牵头", "会同…" (group 1) leads,
     * "配合/协助/参与" (group 2) supports ("市财政局、市人社局协助").
     */
    private static final Pattern PROSE_ROLE_VERB = Pattern.compile(
            "(?:、[^,。;、]{2,20}?)*?(?:(牵头|会同)|(配合|协助|参与|协同))");

    /**
     * A task without 牵头/责任 lines (news reports, mechanisms) is carried by the bodies that open its
     * clauses ("市工业项目建设领导组办公室每月月初…", "各县(市、区)各部门要…"); a "牵头部门" among them leads.
     */
    private static RoleExtractor.Roles actingBodies(String text, List<DepartmentMentions.Mention> mentions, TaskSegmenter.Segment s) {
        List<String> leads = new ArrayList<>();
        List<String> responsible = new ArrayList<>();
        List<String> supports = new ArrayList<>();
        for (DepartmentMentions.Mention m : mentions) {
            boolean inTask = m.start() >= s.start() && m.start() < s.ownEnd();
            // "省发展改革委会同工业和信息化、商务等部门…": the bodies after 会同 join the lead.
            if (inTask && !m.subject() && text.startsWith("会同", Math.max(0, m.start() - 2))) {
                supports.add(m.surface());
                continue;
            }
            if (m.subject() && inTask) {
                // "市发展改革委牵头建立…机制,市统计局配合": the verb after the body gives its role.
                Matcher verb = PROSE_ROLE_VERB.matcher(text).region(Math.min(text.length(), m.start() + m.surface().length()), text.length());
                boolean leading = m.surface().contains("牵头") || verb.lookingAt() && verb.group(1) != null;
                boolean supporting = !leading && verb.lookingAt() && verb.group(2) != null;
                (leading ? leads : supporting ? supports : responsible).add(m.surface());
            }
        }
        return new RoleExtractor.Roles(leads, responsible, supports);
    }

    /** The innermost task whose stretch holds {@code offset}, or null. */
    private static String taskAt(List<Task> tasks, int offset) {
        Task best = null;
        for (Task t : tasks) {
            if (t.start() <= offset && offset < t.end() && (best == null || t.end() - t.start() < best.end() - best.start())) {
                best = t;
            }
        }
        return best == null ? null : best.number();
    }
}
