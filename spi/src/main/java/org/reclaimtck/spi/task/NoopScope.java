package org.reclaimtck.spi.task;

/**
 * The token of a proposal's scope ({@code memalloc_nofail_save}, {@code memalloc_nowait_save}) from a provider that
 * does not model it: saves and restores nothing, as if the call were compiled out of a kernel without the proposal.
 */
final class NoopScope implements MemallocScope {
    private final PfFlag flag;
    private final String saveName;

    NoopScope(PfFlag flag, String saveName) {
        this.flag = flag;
        this.saveName = saveName;
    }

    @Override
    public PfFlag flag() {
        return flag;
    }

    @Override
    public String saveName() {
        return saveName;
    }

    @Override
    public String savedAt() {
        return "unknown (" + saveName + " is not modelled by this provider)";
    }

    @Override
    public void close() {
        // nothing was saved
    }
}
