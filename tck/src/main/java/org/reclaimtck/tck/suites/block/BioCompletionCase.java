package org.reclaimtck.tck.suites.block;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/** {@link BioCase} on the device under test ({@code vda} by default). */
@TckCase(suite = "block-device", id = "bio-completion", rules = {RuleIds.BLK_1, RuleIds.BLK_2},
        requires = {Capability.RUNTIME, Capability.BLOCK})
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class BioCompletionCase extends BioCase {
    public BioCompletionCase() {
        super(false);
    }
}
