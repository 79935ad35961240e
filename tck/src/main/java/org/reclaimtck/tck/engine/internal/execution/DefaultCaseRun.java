package org.reclaimtck.tck.engine.internal.execution;

import java.util.List;
import java.util.function.BiConsumer;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.RuleViolation;
import org.reclaimtck.tck.rules.Rule;

/** The engine's {@link CaseRun}: the shared result of (case, seed), guarded reruns, and failure messages. */
final class DefaultCaseRun implements CaseRun {
    private final RuleTarget target;
    private final RunAttempt.Finished run;
    private final GuardedRunner runner;
    private final BiConsumer<String, String> notes;
    private final RunAttempt.Finished recheck;

    /** {@code recheck} is the engine's rerun of this (case, seed) for RT-1, if it made one; {@link #rerun} reuses it. */
    DefaultCaseRun(RuleTarget target, RunAttempt.Finished run, RunAttempt recheck, GuardedRunner runner,
                   BiConsumer<String, String> notes) {
        this.target = target;
        this.run = run;
        this.recheck = recheck instanceof RunAttempt.Finished f ? f : null;
        this.runner = runner;
        this.notes = notes;
    }

    @Override
    public Rule rule() {
        return target.rule();
    }

    @Override
    public String caseId() {
        return target.caseDef().qualifiedId();
    }

    @Override
    public long seed() {
        return target.seed();
    }

    @Override
    public RunResult result() {
        return run.result();
    }

    @Override
    public RunResult rerun() {
        return recheck != null ? recheck.result() : runWithSeed(target.seed());
    }

    @Override
    public RunResult runWithSeed(long seed) {
        RunAttempt a = runner.run(target.caseDef(), seed);
        if (a instanceof RunAttempt.Finished f) {
            return f.result();
        }
        RuleTarget other = seed == target.seed() ? target
                : new RuleTarget(target.rule(), target.caseDef(), seed, target.provider(), target.replay());
        throw ViolationFactory.of(other, a);
    }

    @Override
    public void note(String key, String value) {
        notes.accept(key, value);
    }

    @Override
    public RuleViolation violation(String whatHappened, List<WaitEdge> waits) {
        return ViolationFactory.of(target, run, whatHappened, waits, null);
    }
}
