/**
 * The {@code runtime} suite: contract cases for the deterministic runtime (RT-n: determinism, deadlock and
 * lost-wakeup reports, timed waits, seeds, hung tasks, implementation errors) and the task's allocation
 * scopes (SCOPE-n: memalloc_*_save/restore pairing, current_gfp_context).
 */
package org.reclaimtck.tck.suites.runtime;
