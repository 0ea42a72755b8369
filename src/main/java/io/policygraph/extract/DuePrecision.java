package io.policygraph.extract;

/** How finely a deadline's range is known. */
public enum DuePrecision {
    /** one day: 6月30日 */
    DAY,
    /** one month: 6月底, 2023年6月 */
    MONTH,
    /** one quarter: 三季度 */
    QUARTER,
    /** one calendar year: 年底前, 2023年 */
    YEAR,
    /** several months or years between two days: 上半年, 5年内, 行动期间 */
    SPAN,
    /** no end: 长期坚持, 常态化, a rhythm without a last day */
    OPEN
}
