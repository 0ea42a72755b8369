package io.policygraph.api;

import io.policygraph.graph.CityGraph;
import io.policygraph.graph.CityNode;
import io.policygraph.graph.DeadlineNode;
import io.policygraph.graph.DepartmentGraph;
import io.policygraph.graph.DepartmentNode;
import io.policygraph.graph.DocumentGraph;
import io.policygraph.graph.DocumentNode;
import io.policygraph.graph.GraphNode;
import io.policygraph.graph.ProjectGraph;
import io.policygraph.graph.ProjectNode;
import io.policygraph.graph.TargetGraph;
import io.policygraph.graph.TargetNode;
import io.policygraph.graph.TaskGraph;
import io.policygraph.graph.TaskNode;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Relay's node(id): the global id names the type, so one lookup by key loads it. */
@Controller
class NodeController {

    private final Map<String, Function<Collection<String>, Map<String, ? extends GraphNode>>> loaders;

    NodeController(DocumentGraph documents, CityGraph cities, DepartmentGraph departments, TaskGraph tasks,
                   TargetGraph targets, ProjectGraph projects) {
        this.loaders = Map.of(
                DocumentNode.TYPE, documents::byIds,
                CityNode.TYPE, cities::byNames,
                DepartmentNode.TYPE, departments::byNames,
                TaskNode.TYPE, tasks::byIds,
                DeadlineNode.TYPE, tasks::deadlinesByIds,
                TargetNode.TYPE, targets::byIds,
                ProjectNode.TYPE, projects::byIds);
    }

    /** Null for an id of nothing: Relay's answer for an unknown or deleted node. */
    @QueryMapping
    GraphNode node(@Argument String id) {
        return GlobalId.decode(id)
                .filter(g -> loaders.containsKey(g.type()))
                .map(g -> loaders.get(g.type()).apply(List.of(g.key())).get(g.key()))
                .orElse(null);
    }
}
