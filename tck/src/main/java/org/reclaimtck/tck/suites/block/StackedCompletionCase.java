package org.reclaimtck.tck.suites.block;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/** {@link BioCase} on a stacking device: the selected driver type on {@code vda}, by default dm-linear {@code dm-0}. */
@TckCase(suite = "block-device", id = "stacked-completion", rules = {RuleIds.BLK_1, RuleIds.BLK_2, RuleIds.BLK_3},
        requires = {Capability.RUNTIME, Capability.BLOCK, Capability.DEVICE_MAPPER})
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class StackedCompletionCase extends BioCase {
    public StackedCompletionCase() {
        super(true);
    }
}
