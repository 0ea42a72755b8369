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

    /** The facts of a city's plan (or of a plan whose place is unknown, when {@code city} is null). */
    public DocumentFacts(String title, DocumentKind kind, String city, String province, String docNumber,
                         LocalDate issued, LocalDate periodStart, LocalDate periodEnd, Integer planYear) {
        this(title, kind, city, province, docNumber, issued, periodStart, periodEnd, planYear,
                city == null ? IssuingPlace.UNNAMED_CITY : IssuingPlace.city(city, province));
    }
}
