package dev.cloudfit.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8FileWriterTest {

    private static byte[] written(String... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8FileWriter w = new Utf8FileWriter(bytes)) {
            for (String p : parts) {
                w.write(p);
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void encodesLikeTheJdkAcrossOneTwoThreeAndFourByteCharacters() throws IOException {
        String text = "vm-01 <ä> € 東京 \uD83D\uDE80 end";
        assertThat(written(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        // a surrogate pair split between two writes is still one code point
        assertThat(written("a\uD83D", "\uDE80b")).isEqualTo("a\uD83D\uDE80b".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void unpairedSurrogatesBecomeQuestionMarksAsWithTheJdkEncoder() throws IOException {
        assertThat(new String(written("x\uD800y\uDC00z"), StandardCharsets.UTF_8)).isEqualTo("x?y?z");
        assertThat(new String(written("end\uD800"), StandardCharsets.UTF_8)).isEqualTo("end?");
    }

    @Test
    void textLongerThanTheBufferArrivesWhole() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            b.append(i % 7 == 0 ? "é" : "x").append(i % 1000 == 0 ? "\uD83D\uDE80" : "").append(i);
        }
        String text = b.toString();
        assertThat(written(text, text)).isEqualTo((text + text).getBytes(StandardCharsets.UTF_8));
    }
}
