package io.policygraph.api;

import io.policygraph.graph.CityGraph;
import io.policygraph.graph.CityNode;
import io.policygraph.graph.DepartmentGraph;
import io.policygraph.graph.DepartmentNode;
import io.policygraph.graph.DocumentGraph;
import io.policygraph.graph.DocumentNode;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

@Controller
class CityController {

    private final CityGraph cities;
    private final DocumentGraph documents;
    private final DepartmentGraph departments;

    CityController(CityGraph cities, DocumentGraph documents, DepartmentGraph departments) {
        this.cities = cities;
        this.documents = documents;
        this.departments = departments;
    }

    @QueryMapping
    List<CityNode> cities() {
        return cities.all();
    }

    /** The city a county-level place lies in. */
    @SchemaMapping(typeName = "City")
    CompletableFuture<CityNode> parent(CityNode city, DataLoader<String, CityNode> cities) {
        return city.parent() == null ? CompletableFuture.completedFuture(null) : cities.load(city.parent());
    }

    @BatchMapping(typeName = "City")
    Map<CityNode, List<DocumentNode>> documents(List<CityNode> list) {
        return Batches.byKey(list, CityNode::name, documents::ofCities);
    }

    @BatchMapping(typeName = "City")
    Map<CityNode, List<DepartmentNode>> departments(List<CityNode> list) {
        return Batches.byKey(list, CityNode::name, departments::ofCities);
    }
}
