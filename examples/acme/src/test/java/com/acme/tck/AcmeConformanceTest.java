package com.acme.tck;

import org.reclaimtck.tck.api.ReclaimTck;

/**
 * Runs the whole kit under Surefire: every built-in suite on the reference kernel (which finds Acme's parts on the
 * class path) plus the {@code @TckCase} classes of this package, judged by the kit's rules and ACME-1.
 */
@ReclaimTck
class AcmeConformanceTest {
}
