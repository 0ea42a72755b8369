package io.policygraph.extract;

/**
 * Something in a plan's text that looks like a fact the extraction did not read: a researcher's
 * pointer to what to double-check. Offsets refer to the normalised text, like every source span.
 */
public record ExtractionWarning(Kind kind, int start, int end, String text) {

    /** What kind of statement went unread. */
    public enum Kind {
        /** a 牵头/责任/配合 statement whose bodies did not land on any task in that role */
        UNRESOLVED_ROLE("role statement without resolved bodies"),
        /** a body named by an abbreviation the catalog could not expand to a full name */
        UNEXPANDED_ABBREVIATION("abbreviated body name not expanded"),
        /** a numbered item that neither is a task nor lies inside one */
        NUMBERED_LINE_NOT_TASK("numbered line not read as a task"),
        /** a number with a measure word that is no target and lies in none */
        QUANTITY_NOT_TARGET("number with a unit not read as a target"),
        /** a time phrase in a task whose deadline was not parsed */
        DEADLINE_NOT_PARSED("deadline phrase not parsed");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public String message() {
        return kind.description() + ": " + text;
    }
}
