package io.policygraph.web;

import java.util.List;

/**
 * A document's 任务分解表 (task breakdown table) as staff hand it round: one row per numbered task.
 * Departments are canonical names joined with 、 as Chinese tables write lists.
 */
record TaskTable(String title, String fileName, List<Row> rows) {

    static final List<String> HEADER = List.of("序号", "任务", "牵头单位", "责任单位", "配合单位", "完成时限", "原文");

    record Row(String number, String title, String lead, String responsible, String support, String deadline,
               String source) {
        List<String> cells() {
            return List.of(number, title, lead, responsible, support, deadline, source);
        }
    }

    /** A file name for downloads: the plan's title when it has one, else its file's base name. */
    String downloadName(String extension) {
        var base = title != null && !title.isBlank() ? title : fileName.replaceFirst("\\.[^.]+$", "");
        return base.replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + "-任务分解表." + extension;
    }
}
