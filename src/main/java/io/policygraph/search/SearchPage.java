package io.policygraph.search;

import java.util.List;

/** One page of hits, best first, and the number of matching clauses over all pages. */
public record SearchPage(long total, List<SearchHit> hits) {

    public SearchPage {
        hits = List.copyOf(hits);
    }
}
