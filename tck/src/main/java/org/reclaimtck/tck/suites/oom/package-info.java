/**
 * The OOM killer's cases of the {@code forward-progress} suite (OOM-1..3: no kill while memory is reclaimable, a
 * victim's memory returns, no global kill for {@code !__GFP_FS}) and S5's NOFAIL misuse (NOFAIL-1), judged on the
 * kernel's OOM reports, signals, reaper and allocator warnings.
 */
package org.reclaimtck.tck.suites.oom;
