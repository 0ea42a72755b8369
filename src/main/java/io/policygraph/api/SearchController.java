package io.policygraph.api;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.Map;

@Controller
class SearchController {

    private final Paging paging;

    SearchController(Paging paging) {
        this.paging = paging;
    }

    @QueryMapping
    Connection<Object> search(@Argument String query, @Argument Map<String, Object> filter, @Argument Integer first,
                              @Argument String after) {
        paging.window(first, after);
        return new Connection<>(List.of(), new Connection.PageInfo(false, null, false, null), 0);
    }
}
