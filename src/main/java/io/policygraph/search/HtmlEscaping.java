package io.policygraph.search;

/** Escapes text for HTML the way the highlighter's formatter escapes the unmatched parts of a snippet. */
final class HtmlEscaping {

    private HtmlEscaping() {
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#x27;");
                case '/' -> escaped.append("&#x2F;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
