package io.policygraph.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {

    private static LocalDate chinese(String s) {
        Matcher m = Dates.CHINESE_DATE.matcher(s);
        assertThat(m.find()).isTrue();
        return Dates.chineseDate(m).orElse(null);
    }

    @Test
    void signaturesInChineseDigits() {
        assertThat(chinese("二〇一二年三月一日")).isEqualTo(LocalDate.of(2012, 3, 1));
        assertThat(chinese("二○二○年十二月三十一日")).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(chinese("二〇二一年二月三十日")).as("no such day").isNull();
    }

    @Test
    void datesThatLostTheirMarks() {
        assertThat(Dates.fromDigits("2023", "512")).contains(LocalDate.of(2023, 5, 12));
        assertThat(Dates.fromDigits("2023", "1012")).contains(LocalDate.of(2023, 10, 12));
        assertThat(Dates.fromDigits("2023", "112")).as("a two-digit month where both read").contains(LocalDate.of(2023, 11, 2));
        assertThat(Dates.fromDigits("2023", "1332")).isEmpty();
    }

    @Test
    void yearsQuartersAndMonthEnds() {
        assertThat(Dates.firstYear("忻州市2022年工业重点项目高质量建设行动方案")).contains(2022);
        assertThat(Dates.firstYear("关于推进家庭医生签约服务高质量发展实施方案")).isEmpty();
        Matcher q = Dates.QUARTER.matcher("2022年四季度全市力争完成");
        assertThat(q.find()).isTrue();
        assertThat(q.group("year")).isEqualTo("2022");
        assertThat(q.group("quarter")).isEqualTo("四");
        assertThat(Dates.monthEnd(2024, 2)).contains(LocalDate.of(2024, 2, 29));
        assertThat(Dates.monthEnd(2024, 13)).isEmpty();
        assertThat(Dates.quarterOf(LocalDate.of(2023, 11, 30))).isEqualTo(4);
        assertThat(Amount.yuanOf(238.2, "亿元")).isEqualTo(2.382e10, org.assertj.core.api.Assertions.within(1.0));
        assertThat(Amount.yuanOf(5, "万元")).isEqualTo(5e4);
        assertThat(Amount.yuanOf(50, "亿美元")).isNull();
    }
}
