package org.reclaimtck.ref.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.stack.StackSpec;

/** A user's provider: the reference with the user's parts, under the user's name, with a no-arg constructor. */
class ReferenceWithPartsTest {
    /** What a user lists in META-INF/services. */
    public static final class PassthruProvider extends ReferenceWithParts {
        public PassthruProvider() {
            super("passthru-on-reference", new PassthroughDriver(false));
        }
    }

    @Test
    void theUsersProviderBootsStacksOfItsOwnTypesByName() throws Exception {
        PassthruProvider p = PassthruProvider.class.getDeclaredConstructor().newInstance();
        Kernel k = p.boot(MachineSpec.builder().seed(1).stack(StackSpec.builder().disk("vda", 1024, 4, 100)
                .blockDevice("passthru", "p0", Map.of(), "vda").build()).build());
        k.spawn("dd", () -> k.storage().blockDevice("p0").submitBioWait(BioOp.WRITE, 1));

        assertThat(p.name()).isEqualTo("passthru-on-reference");
        assertThat(k.run().outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
    }
}
