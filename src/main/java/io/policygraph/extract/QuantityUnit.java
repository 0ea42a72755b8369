package io.policygraph.extract;

/** The unit a target's number is normalised to; two targets compare only when their units are equal. */
public enum QuantityUnit {
    /** money, in yuan (元, 万元, 亿元 …) */
    YUAN,
    /** people (人, 名, 万人); not person-times (人次) */
    PERSON,
    /** a percentage (%, 百分之): a share or a growth rate */
    PERCENT,
    /** a difference of percentages (个百分点), never added to or compared with PERCENT */
    PERCENTAGE_POINT,
    /** a count of things (个, 项, 家, 条, 座, 所, 台 …) */
    ITEM
}
