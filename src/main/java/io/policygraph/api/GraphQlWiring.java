package io.policygraph.api;

import graphql.scalars.ExtendedScalars;
import graphql.schema.TypeResolver;
import io.policygraph.graph.CityNode;
import io.policygraph.graph.DeadlineNode;
import io.policygraph.graph.DepartmentNode;
import io.policygraph.graph.DocumentNode;
import io.policygraph.graph.ProjectNode;
import io.policygraph.graph.TargetNode;
import io.policygraph.graph.TaskNode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

import java.util.Map;

/** Scalars, the Node interface's type resolution and the global ids of its types. */
@Configuration(proxyBeanMethods = false)
class GraphQlWiring {

    private static final Map<Class<?>, String> TYPE_NAMES = Map.of(
            DocumentNode.class, DocumentNode.TYPE, CityNode.class, CityNode.TYPE,
            DepartmentNode.class, DepartmentNode.TYPE, TaskNode.class, TaskNode.TYPE,
            DeadlineNode.class, DeadlineNode.TYPE, TargetNode.class, TargetNode.TYPE,
            ProjectNode.class, ProjectNode.TYPE);

    @Bean
    RuntimeWiringConfigurer policyGraphWiring() {
        TypeResolver byRecord = env -> env.getSchema().getObjectType(TYPE_NAMES.get(env.getObject().getClass()));
        return wiring -> {
            wiring.scalar(ExtendedScalars.Date).type("Node", type -> type.typeResolver(byRecord));
            TYPE_NAMES.values().forEach(name -> wiring.type(name, type -> type.dataFetcher("id", FoldedFields.globalId(name))));
        };
    }
}
