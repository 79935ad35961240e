package org.reclaimtck.tck.oracles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaimtck.spi.kernel.WaitEdge;

/** The wait-for state and its cycles, rebuilt from trace events alone. */
class WaitForStateTest {
    private static final Traces ABBA = new Traces().spawn("task-a", "task-b")
            .lock("task-a", "a").lock("task-b", "b")
            .waitMutex("task-a", "b", "task-b").waitMutex("task-b", "a", "task-a");

    @Test
    void abbaIsOneCycleInKernelTerms() {
        List<List<WaitEdge>> cycles = WaitForState.replay(ABBA.build()).cycles();

        assertThat(cycles).hasSize(1);
        assertThat(WaitForText.cycle(cycles.get(0), "  ")).isEqualTo("task-a -> task-b -> task-a\n"
                + "  task-a holds mutex a (class a_class); waits for mutex b (class b_class) held by task-b\n"
                + "  task-b holds mutex b (class b_class); waits for mutex a (class a_class) held by task-a");
    }

    @Test
    void ownersComeFromLockEventsNotFromTheWaitersClaim() {
        List<List<WaitEdge>> cycles = WaitForState.replay(new Traces().spawn("x", "y")
                .lock("x", "m").lock("y", "n").waitMutex("x", "n").waitMutex("y", "m", "nobody").build()).cycles();

        assertThat(cycles).singleElement().satisfies(c -> assertThat(c).extracting(WaitEdge::waitsFor)
                .containsExactly(List.of("y"), List.of("x")));
    }

    @Test
    void wokenOrExitedTasksAreNotBlocked() {
        List<WaitEdge> blocked = WaitForState.replay(new Traces().spawn("a", "b", "c")
                .lock("a", "m").waitMutex("b", "m", "a").waitMutex("c", "m", "a").woken("c", "m")
                .unlock("a", "m").exit("a").build()).blocked();

        assertThat(blocked).extracting(WaitEdge::task).containsExactly("b");
        assertThat(blocked.get(0).waitsFor()).isEmpty();
    }

    @Test
    void selfDeadlockIsACycleOfOne() {
        List<List<WaitEdge>> cycles = WaitForState.replay(new Traces().spawn("a").lock("a", "m")
                .waitMutex("a", "m", "a").build()).cycles();

        assertThat(cycles).singleElement().satisfies(c -> assertThat(c).extracting(WaitEdge::task).containsExactly("a"));
    }

    @Test
    void idleKthreadsAndChainsAreNotCycles() {
        WaitForState s = WaitForState.replay(new Traces().spawn("kworker", "a", "b")
                .waitCompletion("kworker", "work_ready", true)
                .lock("a", "m").waitMutex("b", "m", "a").waitCompletion("a", "done", false, "kworker").build());

        assertThat(s.cycles()).isEmpty();
        assertThat(s.blocked()).extracting(WaitEdge::task).containsExactly("a", "b");
    }

    @Test
    void contextShowsOpenScopes() {
        WaitForState s = WaitForState.replay(new Traces().spawn("xfs").scope("xfs", "PF_MEMALLOC_NOFS")
                .waitCompletion("xfs", "log_space", false).build());

        assertThat(s.waitOf("xfs")).hasValueSatisfying(e -> assertThat(e.render())
                .isEqualTo("xfs [PF_MEMALLOC_NOFS] holds nothing; waits for completion log_space, which no task"
                        + " holds or can signal"));
    }

    @Test
    void twoIndependentCyclesAreBothFound() {
        List<List<WaitEdge>> cycles = WaitForState.replay(new Traces().spawn("a", "b", "c", "d")
                .lock("a", "1").lock("b", "2").lock("c", "3").lock("d", "4")
                .waitMutex("a", "2").waitMutex("b", "1").waitMutex("c", "4").waitMutex("d", "3").build()).cycles();

        assertThat(cycles).extracting(WaitForText::ring).containsExactly("a -> b -> a", "c -> d -> c");
    }
}
