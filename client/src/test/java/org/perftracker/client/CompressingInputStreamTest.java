package org.perftracker.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.junit.jupiter.api.Test;

/** bzip2 made as it is read gives back the bytes it was made of, whatever their size, and reads in small bites. */
class CompressingInputStreamTest {
    private static byte[] roundTrip(byte[] original) throws IOException {
        try (InputStream in = new BZip2CompressorInputStream(new CompressingInputStream(
                new ByteArrayInputStream(original)))) {
            return in.readAllBytes();
        }
    }

    @Test
    void text_several_bzip2_blocks_long_and_random_bytes_come_back_whole() throws IOException {
        byte[] text = "GET /login 200 0.017\n".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        byte[] noise = new byte[2 * 1024 * 1024];
        new Random(42).nextBytes(noise);
        assertThat(roundTrip(text)).isEqualTo(text);
        assertThat(roundTrip(noise)).isEqualTo(noise);
        assertThat(roundTrip(new byte[0])).isEmpty();
    }

    @Test
    void text_shrinks_and_single_bytes_can_be_read_one_at_a_time() throws IOException {
        byte[] text = "GET /login 200 0.017\n".repeat(50_000).getBytes(StandardCharsets.UTF_8);
        int compressed = 0;
        try (InputStream in = new CompressingInputStream(new ByteArrayInputStream(text))) {
            assertThat(in.read()).isEqualTo('B');
            assertThat(in.read()).isEqualTo('Z');
            compressed = 2;
            while (in.read() >= 0) {
                compressed++;
            }
        }
        assertThat(compressed).isLessThan(text.length / 50);
    }
}
