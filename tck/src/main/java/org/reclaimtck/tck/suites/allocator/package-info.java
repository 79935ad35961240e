/**
 * The {@code allocator} suite: the page allocator's contract (ALLOC-n) on a small machine, whatever allocator the run
 * puts under test ({@code reclaimtck.parts=allocator:<type>}, else the provider's own). A task records what it asked
 * and the free pages before each request ({@link org.reclaimtck.tck.suites.allocator.AllocRecorder}); the judge
 * ({@link org.reclaimtck.tck.suites.allocator.AllocJudge}) reads each request's window of the trace, from its
 * {@code AllocRequested} to its {@code AllocReturned}, and compares it with the watermark rules.
 */
package org.reclaimtck.tck.suites.allocator;
