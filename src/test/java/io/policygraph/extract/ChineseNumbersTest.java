package io.policygraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseNumbersTest {

    @Test
    void readsNumberingAsPrinted() {
        assertThat(ChineseNumbers.parse("三").getAsInt()).isEqualTo(3);
        assertThat(ChineseNumbers.parse("十").getAsInt()).isEqualTo(10);
        assertThat(ChineseNumbers.parse("十三").getAsInt()).isEqualTo(13);
        assertThat(ChineseNumbers.parse("二十").getAsInt()).isEqualTo(20);
        assertThat(ChineseNumbers.parse("九十九").getAsInt()).isEqualTo(99);
        assertThat(ChineseNumbers.parse("两").getAsInt()).isEqualTo(2);
        assertThat(ChineseNumbers.parse("12").getAsInt()).isEqualTo(12);
    }

    @Test
    void rejectsWhatIsNotASmallNumber() {
        assertThat(ChineseNumbers.parse("十十")).isEmpty();
        assertThat(ChineseNumbers.parse("三五")).isEmpty();
        assertThat(ChineseNumbers.parse("方面")).isEmpty();
        assertThat(ChineseNumbers.parse("")).isEmpty();
    }

    @Test
    void formatsTheWayPlansNumberTheirItems() {
        assertThat(ChineseNumbers.format(4)).isEqualTo("四");
        assertThat(ChineseNumbers.format(10)).isEqualTo("十");
        assertThat(ChineseNumbers.format(11)).isEqualTo("十一");
        assertThat(ChineseNumbers.format(30)).isEqualTo("三十");
        for (int n = 1; n < 100; n++) {
            assertThat(ChineseNumbers.parse(ChineseNumbers.format(n)).getAsInt()).isEqualTo(n);
        }
    }
}
