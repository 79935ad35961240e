package org.reclaimtck.tck.engine.thirdparty;

import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/** The fixed twin: the shrinker returns SHRINK_STOP without __GFP_FS. */
@TckCase(suite = "thirdparty", id = "checking-shrinker", rules = RuleIds.SCOPE_3,
        requires = {Capability.RECLAIM, Capability.SHRINKERS, Capability.FILESYSTEM})
public final class CheckingShrinkerCase extends DelegatingCase {
    public CheckingShrinkerCase() {
        super(true);
    }
}
