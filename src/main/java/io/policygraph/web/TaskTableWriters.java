package io.policygraph.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/** Writes a {@link TaskTable} as CSV or XLSX with well-kept writers (Commons CSV, fastexcel). */
final class TaskTableWriters {

    private TaskTableWriters() {
    }

    /** UTF-8 with a byte order mark: without it Excel on Windows reads the Chinese as GBK and garbles it. */
    static void csv(TaskTable table, OutputStream out) throws IOException {
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        var format = CSVFormat.EXCEL.builder().setHeader(TaskTable.HEADER.toArray(String[]::new)).get();
        try (var printer = new CSVPrinter(writer, format)) {
            for (var row : table.rows()) {
                printer.printRecord(row.cells());
            }
        }
    }

    static void xlsx(TaskTable table, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "PolicyGraph", "1.0");
        var sheet = workbook.newWorksheet("任务分解表");
        for (int c = 0; c < TaskTable.HEADER.size(); c++) {
            sheet.value(0, c, TaskTable.HEADER.get(c));
        }
        sheet.range(0, 0, 0, TaskTable.HEADER.size() - 1).style().bold().fillColor("DDEBF7").set();
        int r = 1;
        for (var row : table.rows()) {
            var cells = row.cells();
            for (int c = 0; c < cells.size(); c++) {
                sheet.value(r, c, cells.get(c));
            }
            r++;
        }
        sheet.freezePane(0, 1);
        int[] widths = {8, 40, 24, 24, 24, 16, 80};
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, widths[c]);
        }
        workbook.finish();
    }
}
