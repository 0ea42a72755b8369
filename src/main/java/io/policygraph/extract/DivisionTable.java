package io.policygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a task division table (任务分工表) that a web page or PDF conversion flattened to one cell per
 * line: a header row ("序号", "工作事项", "主要内容", "牵头单位", "配合单位" …), then per 序号 its cells,
 * where a 序号 with several rows prints its leading merged cells (序号, 工作事项) only once. Each 序号
 * becomes one {@link Item} holding the bodies of all its rows per role column. Pure and thread-safe.
 */
public final class DivisionTable {

    /** One 序号 of the table: its item name (if a column holds one), role cells of all its rows, and its stretch. */
    public record Item(int number, String name, List<String> leads, List<String> responsible, List<String> supports,
                       int start, int end) {

        public Item {
            leads = List.copyOf(leads);
            responsible = List.copyOf(responsible);
            supports = List.copyOf(supports);
        }
    }

    private enum Column { NUMBER, NAME, LEAD, RESPONSIBLE, SUPPORT, OTHER }

    private static final Pattern NUMBER_CELL = Pattern.compile("序号|编号");
    private static final Pattern NAME_CELL = Pattern.compile("(工作|重点|主要|具体)?(事项|任务|工作|内容|措施|举措|名称)(名称)?");
    private static final Pattern LEAD_CELL = Pattern.compile("(牵头|主办|主责)(单位|部门)");
    private static final Pattern RESPONSIBLE_CELL = Pattern.compile("(责任|负责|实施|落实|承办)(单位|部门|主体)");
    private static final Pattern SUPPORT_CELL = Pattern.compile("(配合|协办|协助|参与|协同|支持)(单位|部门)");
    /** A header cell is a short label on its own line. */
    private static final int MAX_HEADER_CELL = 12;
    private static final int MAX_COLUMNS = 12;
    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern EMPTY_CELL = Pattern.compile("[/—\\-无]*");

    /** A cell: the text between line breaks and tabs, without surrounding blanks. */
    private static final Pattern CELL = Pattern.compile("(?m)(?:^|(?<=\\t))[ \\u3000]*([^\\t\\n]*?)[ \\u3000]*(?=\\t|$)");

    private record Line(String text, int start, int end) {
    }

    /** Every 序号 of every flattened division table in the text, in order. */
    public List<Item> read(String text) {
        List<Line> lines = lines(text);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!NUMBER_CELL.matcher(lines.get(i).text()).matches()) {
                continue;
            }
            List<Column> columns = header(lines, i);
            if (columns == null) {
                continue;
            }
            i = rows(lines, i + columns.size(), columns, items);
        }
        return items;
    }

    /** The columns of a header that starts at line {@code at}, or null when these lines are no such header. */
    private static List<Column> header(List<Line> lines, int at) {
        List<Column> columns = new ArrayList<>();
        for (int j = at; j < lines.size() && j - at < MAX_COLUMNS; j++) {
            String cell = lines.get(j).text();
            if (ROW_NUMBER.matcher(cell).matches() || cell.length() > MAX_HEADER_CELL) {
                break;
            }
            columns.add(column(cell, j == at));
        }
        boolean roles = columns.contains(Column.LEAD) || columns.contains(Column.RESPONSIBLE);
        return roles && columns.size() >= 3 ? columns : null;
    }

    private static Column column(String cell, boolean first) {
        if (first) {
            return Column.NUMBER;
        }
        if (LEAD_CELL.matcher(cell).matches()) {
            return Column.LEAD;
        }
        if (RESPONSIBLE_CELL.matcher(cell).matches()) {
            return Column.RESPONSIBLE;
        }
        if (SUPPORT_CELL.matcher(cell).matches()) {
            return Column.SUPPORT;
        }
        return NAME_CELL.matcher(cell).matches() ? Column.NAME : Column.OTHER;
    }

    /** Reads the rows after a header; returns the index of the last line consumed. */
    private static int rows(List<Line> lines, int from, List<Column> columns, List<Item> items) {
        int expected = 1;
        int j = from;
        while (j < lines.size() && lines.get(j).text().equals(String.valueOf(expected))) {
            int next = j + 1;
            while (next < lines.size() && !lines.get(next).text().equals(String.valueOf(expected + 1))) {
                next++;
            }
            List<Line> cells = lines.subList(j + 1, next);
            Item item = item(expected, cells, columns, lines.get(j).start(), next == lines.size());
            if (item == null) {
                return next - 1;
            }
            items.add(item);
            expected++;
            j = next;
        }
        return j - 1;
    }

    /**
     * One 序号's cells: its first row has a cell per column after 序号; each further row only the cells of
     * the columns that are not merged, which are the leftmost ones. The number of merged columns is the
     * smallest one that explains the count of cells.
     */
    private static Item item(int number, List<Line> cells, List<Column> columns, int start, boolean last) {
        int full = columns.size() - 1;
        if (cells.size() < full) {
            return null;
        }
        int merged = merged(cells.size(), full);
        // The last item runs on into whatever follows the table: keep its first row only if its count does not fit.
        if (merged < 0 && last) {
            cells = cells.subList(0, full);
            merged = 0;
        }
        if (merged < 0) {
            return null;
        }
        String name = null;
        List<String> leads = new ArrayList<>();
        List<String> responsible = new ArrayList<>();
        List<String> supports = new ArrayList<>();
        int c = 0;
        int row = 0;
        while (c < cells.size()) {
            int firstColumn = row == 0 ? 1 : 1 + merged;
            for (int col = firstColumn; col < columns.size() && c < cells.size(); col++, c++) {
                String cell = cells.get(c).text();
                switch (columns.get(col)) {
                    case NAME -> name = name == null ? cell : name;
                    case LEAD -> addAll(leads, cell);
                    case RESPONSIBLE -> addAll(responsible, cell);
                    case SUPPORT -> addAll(supports, cell);
                    default -> { }
                }
            }
            row++;
        }
        supports.removeAll(leads);
        responsible.removeAll(leads);
        int end = cells.isEmpty() ? start : cells.get(cells.size() - 1).end();
        return new Item(number, name == null ? null : name.replaceFirst("[。.;]$", ""), leads, responsible, supports, start, end);
    }

    private static int merged(int cells, int full) {
        for (int m = 0; m < full; m++) {
            if ((cells - full) % (full - m) == 0) {
                return m;
            }
        }
        return -1;
    }

    private static void addAll(List<String> out, String cell) {
        if (EMPTY_CELL.matcher(cell).matches()) {
            return;
        }
        for (String body : cell.split("[、,;]")) {
            String b = body.strip();
            if (!b.isEmpty() && !EMPTY_CELL.matcher(b).matches() && !out.contains(b)) {
                out.add(b);
            }
        }
    }

    /**
     * The table's cells in reading order: a line is a cell, and so is each tab-separated field of a line
     * (a table copied from a spreadsheet or a word processor keeps its rows on lines and its cells apart
     * by tabs).
     */
    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        Matcher m = CELL.matcher(text);
        while (m.find()) {
            if (!m.group(1).isEmpty()) {
                out.add(new Line(m.group(1), m.start(1), m.end(1)));
            }
        }
        return out;
    }
}
