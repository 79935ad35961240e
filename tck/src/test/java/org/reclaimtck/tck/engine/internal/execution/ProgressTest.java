package org.reclaimtck.tck.engine.internal.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress prints a line per 5 s of (here: simulated) engine time with cases, seeds, failures and time left. */
class ProgressTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aLineEveryFiveSecondsWithCountsAndAnEstimate() {
        AtomicLong now = new AtomicLong();
        String printed = printed(() -> {
            Progress p = new Progress(new Console(false), now::get);
            for (int i = 0; i < 4; i++) {
                p.expect("runtime/abba-mutex");
                p.expect("runtime/msleep");
            }
            p.start();
            now.addAndGet(2 * SECOND);
            p.finished("runtime/abba-mutex", true);
            now.addAndGet(4 * SECOND);
            p.finished("runtime/abba-mutex", false);
            p.finished("runtime/abba-mutex", true);
            p.finished("runtime/abba-mutex", true);
            now.addAndGet(6 * SECOND);
            p.finished("runtime/msleep", true);
        });

        assertThat(printed.lines()).containsExactly(
                "reclaim-tck progress: 0/2 cases, 2/8 seeds, 1 failed, 6s elapsed, about 18s left",
                "reclaim-tck progress: 1/2 cases, 5/8 seeds, 1 failed, 12s elapsed, about 7s left");
    }

    @Test
    void quietPrintsNothing() {
        AtomicLong now = new AtomicLong();
        String printed = printed(() -> {
            Progress p = new Progress(new Console(true), now::get);
            p.expect("runtime/abba-mutex");
            p.expect("runtime/abba-mutex");
            p.start();
            now.addAndGet(60 * SECOND);
            p.finished("runtime/abba-mutex", true);
        });

        assertThat(printed).isEmpty();
    }

    private static String printed(Runnable r) {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(out);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
