/**
 * The public API for writing cases: {@link org.reclaimtck.tck.api.TckCase} on a
 * {@link org.reclaimtck.tck.api.KernelCase}, checks that throw {@link org.reclaimtck.tck.api.RuleViolation}, and
 * the {@link org.reclaimtck.tck.api.ReclaimTck} marker that runs the whole kit.
 *
 * <pre>{@code
 * @TckCase(suite = "runtime", id = "orphan-completion", rules = RuleIds.RT_3, requires = Capability.RUNTIME)
 * public final class OrphanCompletionCase implements KernelCase {
 *     public void machine(MachineSpec.Builder m) { m.hz(250); }          // optional; the engine sets the seed
 *     public void workload(Kernel k) {                                     // spawn tasks on the booted kernel
 *         Completion done = k.runtime().completion("probe_done");
 *         k.spawn("waiter", done::waitForCompletion);
 *     }
 *     public void check(CaseRun run) {                                     // once per rule, same RunResult
 *         run.require(run.outcome().kind() == OutcomeKind.LOST_WAKEUP, () -> "waiter was not reported");
 *     }
 * }
 * }</pre>
 */
package org.reclaimtck.tck.api;
