package io.policygraph.bench;

/** The shapes real plans come in; each generated plan takes one. */
enum Layout {
    /** 工作方案 issued with a 通知 header; each task followed by 牵头单位:/责任单位:/完成时限: lines. */
    WORK_PLAN_ROLE_LINES,
    /** 行动方案 whose tasks end in "(牵头单位:…,配合单位:…,责任单位:…)". */
    ACTION_PLAN_ROLE_PARENTHESES,
    /** Tasks that end in "(A牵头,B、C配合)". */
    INLINE_LEAD_SUPPORT,
    /** A plan copied from a document-sharing site: one run-on line, page numbers cutting sentences. */
    SHARING_SITE_COPY,
    /** A news report of a meeting in traditional characters, its demands numbered "一要…二要…". */
    NEWS_REPORT
}
