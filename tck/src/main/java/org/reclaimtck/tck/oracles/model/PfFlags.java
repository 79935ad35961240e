package org.reclaimtck.tck.oracles.model;

import java.util.Optional;
import org.reclaimtck.spi.task.PfFlag;

/** Reads a {@code PF_*} name of the trace ({@code TaskFlagChanged}, {@code ScopeSaved}) as a {@link PfFlag}. */
final class PfFlags {
    private PfFlags() {
    }

    /** The flag named {@code name}; empty for a name {@link PfFlag} does not know (kept as text in scopes only). */
    static Optional<PfFlag> parse(String name) {
        try {
            return Optional.of(PfFlag.valueOf(name));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
