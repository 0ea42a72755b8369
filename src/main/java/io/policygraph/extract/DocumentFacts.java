package io.policygraph.extract;

import java.time.LocalDate;

/**
 * What a plan says about itself. A fact the text does not state is null. {@code city} and {@code province}
 * are those of {@code place}, the place the plan is issued for (for a county's plan, its city).
 */
public record DocumentFacts(
        String title,
        DocumentKind kind,
        String city,
        String province,
        String docNumber,
        LocalDate issued,
        LocalDate periodStart,
        LocalDate periodEnd,
        Integer planYear,
        IssuingPlace place) {
}
