package io.policygraph.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String PLAN = "为深入贯彻落实省委、省政府决策部署，全力推动重大项目落地见效，结合我县实际，制定本工作方案。";
    private static final String TRADITIONAL_PLAN = "為深入貫徹落實省委、省政府決策部署，全力推動重大項目落地見效，結合我縣實際，制定本工作方案。";

    @Test
    void decodesUtf8WithAndWithoutByteOrderMark() {
        byte[] utf8 = PLAN.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);

        assertThat(TextDecoder.decode(utf8)).isEqualTo(PLAN);
        assertThat(TextDecoder.decode(withBom)).isEqualTo(PLAN);
    }

    @Test
    void decodesUtf16WithByteOrderMark() {
        assertThat(TextDecoder.decode(PLAN.getBytes(StandardCharsets.UTF_16))).isEqualTo(PLAN);
        byte[] le = PLAN.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        assertThat(TextDecoder.decode(withBom)).isEqualTo(PLAN);
    }

    @Test
    void decodesGb18030() {
        assertThat(TextDecoder.decode(PLAN.getBytes(Charset.forName("GB18030")))).isEqualTo(PLAN);
    }

    @Test
    void decodesBig5AlthoughTheBytesAreAlsoValidGb18030() {
        byte[] big5 = TRADITIONAL_PLAN.getBytes(Charset.forName("Big5"));
        assertThat(TextDecoder.decode(big5)).isEqualTo(TRADITIONAL_PLAN);
    }

    @Test
    void decodesTraditionalTextWrittenInGb18030() {
        assertThat(TextDecoder.decode(TRADITIONAL_PLAN.getBytes(Charset.forName("GB18030")))).isEqualTo(TRADITIONAL_PLAN);
    }

    @Test
    void rejectsRandomBytes() {
        byte[] noise = new byte[2000];
        new Random(7).nextBytes(noise);
        assertThatThrownBy(() -> TextDecoder.decode(noise)).isInstanceOf(UnreadableTextException.class);
    }

    @Test
    void rejectsHighBytesThatDecodeOnlyToGarbage() {
        byte[] noise = new byte[2000];
        Random random = new Random(11);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (0xB0 + random.nextInt(0x40));
        }
        assertThatThrownBy(() -> TextDecoder.decode(noise))
                .isInstanceOf(UnreadableTextException.class)
                .hasMessageContaining("implausible");
    }

    @Test
    void explainsEmptyAndBinaryFiles() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0])).hasMessage("empty file");
        byte[] withNul = "项目\0建设".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TextDecoder.decode(withNul)).hasMessageContaining("NUL");
    }
}
