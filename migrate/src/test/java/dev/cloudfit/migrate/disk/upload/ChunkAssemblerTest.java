package dev.cloudfit.migrate.disk.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkAssemblerTest {

    private static final int C = UploadLayout.CHUNK;

    @Test
    void cutsRunsAtChunkBoundariesAndHandsOnEveryChunkInOrder() throws Exception {
        UploadLayout layout = new UploadLayout(5L * C + 100);       // 6 chunks, the last one 1 MiB
        List<Long> indexes = new ArrayList<>();
        List<byte[]> buffers = new ArrayList<>();
        ChunkAssembler a = new ChunkAssembler(layout, () -> ChunkAssembler.zeroed(null), (i, b) -> {
            indexes.add(i);
            buffers.add(b);
        });
        byte[] run = new byte[1024];
        java.util.Arrays.fill(run, (byte) 7);
        a.data(C - 512, ByteBuffer.wrap(run));                        // across chunks 0 and 1
        a.data(5L * C, ByteBuffer.wrap(run, 0, 100));                 // the disk's last 100 bytes
        a.finish();

        assertThat(indexes).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(buffers.get(0)[C - 512]).isEqualTo((byte) 7);
        assertThat(buffers.get(0)[C - 513]).isZero();
        assertThat(buffers.get(1)[511]).isEqualTo((byte) 7);
        assertThat(buffers.get(1)[512]).isZero();
        assertThat(buffers.subList(2, 5)).containsOnlyNulls();
        assertThat(buffers.get(5)[99]).isEqualTo((byte) 7);
    }

    @Test
    void refusesRunsOutOfOrderOrPastTheEnd() throws Exception {
        ChunkAssembler a = new ChunkAssembler(new UploadLayout(2L * C), () -> ChunkAssembler.zeroed(null), (i, b) -> { });
        a.data(C, ByteBuffer.allocate(512));
        assertThatThrownBy(() -> a.data(0, ByteBuffer.allocate(512))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> a.data(2L * C - 256, ByteBuffer.allocate(512))).isInstanceOf(IllegalStateException.class);
    }
}
