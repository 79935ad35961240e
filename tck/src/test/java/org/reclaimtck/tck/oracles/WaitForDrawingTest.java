package org.reclaimtck.tck.oracles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.spi.trace.WaitKind;

/** Cycles and chains drawn as text: per task its context, held locks, what it waits on, who wakes it, its call trace. */
class WaitForDrawingTest {
    private static final WaitEdge KSWAPD = new WaitEdge("kswapd0", "PF_MEMALLOC PF_KSWAPD",
            List.of("mutex bufio0->lock (class dm_bufio_client->lock)"), WaitKind.BIO, "#34 WRITE sector 8 on dm-0",
            "#34 WRITE sector 8 on dm-0", List.of("loop0"),
            List.of("BlockDev.submitBioWait", "DmBufio.writeAndWait", "BufioShrinker.scanObjects"));
    private static final WaitEdge LOOP0 = new WaitEdge("loop0", "PF_MEMALLOC gfp=GFP_KERNEL", List.of(),
            WaitKind.MUTEX, "bufio0->lock", "dm_bufio_client->lock", List.of("kswapd0"));

    @Test
    void cycleIsDrawnAsALoopBackToItsFirstTask() {
        assertThat(WaitForDrawing.cycle(List.of(KSWAPD, LOOP0))).isEqualTo("""
                wait-for cycle of 2 tasks: kswapd0 -> loop0 -> kswapd0
                .-> kswapd0 [PF_MEMALLOC PF_KSWAPD]
                |     holds:     mutex bufio0->lock (class dm_bufio_client->lock)
                |     waits for: bio #34 WRITE sector 8 on dm-0, to be signalled by loop0
                |     call trace:
                |       BlockDev.submitBioWait
                |       DmBufio.writeAndWait
                |       BufioShrinker.scanObjects
                |   loop0 [PF_MEMALLOC gfp=GFP_KERNEL]
                |     holds:     nothing
                |     waits for: mutex bufio0->lock (class dm_bufio_client->lock), held by kswapd0
                '-- back to kswapd0""");
    }

    @Test
    void chainListsEachTaskAndLongCallTracesAreCut() {
        List<String> frames = new ArrayList<>();
        for (int i = 0; i < WaitForDrawing.MAX_FRAMES + 3; i++) {
            frames.add("Frame.f" + i);
        }
        String bio = "#54 WRITE sector 2002 on loop0";
        WaitEdge deep = new WaitEdge("dd", "", List.of(), WaitKind.BIO, bio, bio, List.of(), frames);

        String drawn = WaitForDrawing.chain(List.of(deep));

        assertThat(drawn).startsWith("dd\n    holds:     nothing\n    waits for: bio " + bio + ", which no task holds or"
                + " can signal\n    call trace:\n      Frame.f0\n").endsWith("      Frame.f15\n      ... 3 more")
                .doesNotContain("Frame.f16");
    }
}
