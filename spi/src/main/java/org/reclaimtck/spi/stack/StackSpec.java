package org.reclaimtck.spi.stack;

import java.util.ArrayList;
import java.util.List;

/**
 * A machine's storage stack as data, so a TCK case builds the same stack on any provider; parts are
 * listed bottom-up and each names the parts it sits on. Immutable; build with {@link #builder()}.
 */
public final class StackSpec {
    private static final StackSpec EMPTY = new StackSpec(List.of());

    private final List<StackPart> parts;

    private StackSpec(List<StackPart> parts) {
        this.parts = List.copyOf(parts);
    }

    public static StackSpec empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<StackPart> parts() {
        return parts;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The stack as the commands that would build it, one per line. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (StackPart p : parts) {
            sb.append("  ").append(p.command()).append('\n');
        }
        return sb.toString().stripTrailing();
    }

    @Override
    public String toString() {
        return describe();
    }

    /** Adds parts bottom-up; a part may only name parts added before it. */
    public static final class Builder {
        private final List<StackPart> parts = new ArrayList<>();

        private Builder() {
        }

        public Builder disk(String name, long sectors, int queueDepth, long latencyMicros) {
            return add(new StackPart.Disk(name, sectors, queueDepth, latencyMicros));
        }

        public Builder mkfs(String label, String device, int logUnits, int maxInodes) {
            requireDevice(device);
            return add(new StackPart.Filesystem(label, device, logUnits, maxInodes));
        }

        public Builder file(String fs, String path, long blocks) {
            require(fs, StackPart.Filesystem.class);
            return add(new StackPart.BackingFile(path, fs, blocks));
        }

        public Builder losetup(String name, String fs, String path) {
            require(fs, StackPart.Filesystem.class);
            return add(new StackPart.Loop(name, fs, path));
        }

        public Builder dmLinear(String name, String device) {
            requireDevice(device);
            return add(new StackPart.DmLinear(name, device));
        }

        public Builder dmBufio(String name, String device, int maxBuffers) {
            requireDevice(device);
            return add(new StackPart.DmBufio(name, device, maxBuffers));
        }

        private Builder add(StackPart p) {
            for (StackPart q : parts) {
                if (q.name().equals(p.name()) && !(q instanceof StackPart.BackingFile)) {
                    throw new IllegalArgumentException("stack part '" + p.name() + "' defined twice");
                }
            }
            parts.add(p);
            return this;
        }

        private void requireDevice(String device) {
            for (StackPart q : parts) {
                if (q.name().equals(device) && (q instanceof StackPart.Disk || q instanceof StackPart.Loop
                        || q instanceof StackPart.DmLinear)) {
                    return;
                }
            }
            throw new IllegalArgumentException("no block device '" + device + "' below this part (add it first)");
        }

        private void require(String name, Class<? extends StackPart> type) {
            for (StackPart q : parts) {
                if (q.name().equals(name) && type.isInstance(q)) {
                    return;
                }
            }
            throw new IllegalArgumentException("no " + type.getSimpleName() + " '" + name + "' below this part");
        }

        public StackSpec build() {
            return new StackSpec(parts);
        }
    }
}
