package org.reclaimtck.tck;

import org.reclaimtck.tck.api.ReclaimTck;

/**
 * Runs the whole kit against the reference implementation during {@code mvn verify}: the reclaim-tck engine
 * expands this marker into every built-in suite (and any case class in this package).
 */
@ReclaimTck
class ReferenceConformanceTest {
}
