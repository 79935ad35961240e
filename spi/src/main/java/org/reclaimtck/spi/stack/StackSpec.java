package org.reclaimtck.spi.stack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A machine's storage stack as data, so a TCK case builds the same stack on any provider; parts are listed bottom-up
 * and each names the parts it sits on. Part types are named by string and resolved by the kernel that builds the
 * stack (the reference: from its registered {@code PartType}s). Immutable; build with {@link #builder()}.
 */
public final class StackSpec {
    /** The reference's journaling filesystem type, which {@link Builder#mkfs(String, String, int, int)} uses. */
    public static final String DEFAULT_FS_TYPE = "xfs";

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

        /** A disk with a queue depth and a virtual per-request latency (type {@code disk}). */
        public Builder disk(String name, long sectors, int queueDepth, long latencyMicros) {
            return add(new StackPart(StackPart.Role.BLOCK_DEVICE, "disk", name, List.of(),
                    opts("sectors", sectors, "queue-depth", queueDepth, "latency-us", latencyMicros),
                    "disk /dev/" + name + " (" + sectors + " sectors, queue depth " + queueDepth + ", " + latencyMicros
                            + " us per request)"));
        }

        /** The reference's journaling filesystem ({@value #DEFAULT_FS_TYPE}) with bounded log space and an inode table. */
        public Builder mkfs(String label, String device, int logUnits, int maxInodes) {
            return mkfs(DEFAULT_FS_TYPE, label, device, opts("log-units", logUnits, "max-inodes", maxInodes));
        }

        /** A filesystem of {@code type} labelled {@code label} on {@code device}, e.g. {@code mkfs("acme", "B", "dm-0", Map.of())}. */
        public Builder mkfs(String type, String label, String device, Map<String, String> options) {
            requireDevice(device, label);
            return add(new StackPart(StackPart.Role.FILESYSTEM, type, label, List.of(device), options,
                    "mkfs -t " + type + " -L " + label + " /dev/" + device + optionText(options)));
        }

        /** A regular file of {@code blocks} blocks on filesystem {@code fs}. */
        public Builder file(String fs, String path, long blocks) {
            requireFilesystem(fs, path);
            return add(new StackPart(StackPart.Role.FILE, "file", path, List.of(fs), opts("blocks", blocks),
                    "fallocate -l " + blocks + "b " + fs + ":" + path));
        }

        /** A loop device over the file {@code path} of filesystem {@code fs} (type {@code loop}). */
        public Builder losetup(String name, String fs, String path) {
            requireFilesystem(fs, name);
            return add(new StackPart(StackPart.Role.BLOCK_DEVICE, "loop", name, List.of(fs + ":" + path), Map.of(),
                    "losetup /dev/" + name + " " + fs + ":" + path));
        }

        /** A device-mapper linear target over {@code device} (type {@code dm-linear}). */
        public Builder dmLinear(String name, String device) {
            requireDevice(device, name);
            return add(new StackPart(StackPart.Role.BLOCK_DEVICE, "dm-linear", name, List.of(device), Map.of(),
                    "dmsetup create " + name + " --table '0 <size> linear /dev/" + device + " 0'"));
        }

        /** A dm-bufio client caching up to {@code maxBuffers} blocks of {@code device} (module type {@code dm-bufio}). */
        public Builder dmBufio(String name, String device, int maxBuffers) {
            requireDevice(device, name);
            return add(new StackPart(StackPart.Role.MODULE, "dm-bufio", name, List.of(device),
                    opts("max-buffers", maxBuffers),
                    "dm_bufio_client_create " + name + " on /dev/" + device + " (up to " + maxBuffers + " buffers)"));
        }

        /**
         * {@code mkswap} + {@code swapon} of {@code pages} pages on block device {@code device} (a disk, a loop
         * device, a dm target): anonymous memory becomes reclaimable through it. One swap device per machine.
         */
        public Builder swapon(String device, long pages) {
            requireDevice(device, "swap");
            if (pages <= 0) {
                throw new IllegalArgumentException("swapon /dev/" + device + ": " + pages + " pages");
            }
            return add(new StackPart(StackPart.Role.SWAP, "swap", "swap@" + device, List.of(device),
                    opts("pages", pages), "mkswap /dev/" + device + " " + pages * 4 + " && swapon /dev/" + device));
        }

        /**
         * A block device of driver {@code type} named {@code name} on the devices {@code below} (or one
         * {@code label:path} file), e.g. {@code blockDevice("zram", "zram0", Map.of("pages", "64"))}.
         */
        public Builder blockDevice(String type, String name, Map<String, String> options, String... below) {
            for (String b : below) {
                int colon = b.indexOf(':');
                if (colon > 0) {
                    requireFilesystem(b.substring(0, colon), name);
                } else {
                    requireDevice(b, name);
                }
            }
            return add(new StackPart(StackPart.Role.BLOCK_DEVICE, type, name, List.of(below), options,
                    "modprobe " + type + " && " + type + " /dev/" + name
                            + (below.length == 0 ? "" : " on " + String.join(", ", below)) + optionText(options)));
        }

        /**
         * A module of {@code type} named {@code name} on what it names {@code below}: block devices (a dm-bufio
         * client's) or filesystem labels (a cache of a filesystem's objects), none for a plain cache.
         */
        public Builder module(String type, String name, Map<String, String> options, String... below) {
            for (String b : below) {
                requireDeviceOrFilesystem(b, name);
            }
            return add(new StackPart(StackPart.Role.MODULE, type, name, List.of(below), options,
                    "modprobe " + type + " " + name + (below.length == 0 ? "" : " on /dev/" + String.join(", /dev/", below))
                            + optionText(options)));
        }

        private Builder add(StackPart p) {
            for (StackPart q : parts) {
                if (q.name().equals(p.name()) && q.role() != StackPart.Role.FILE && p.role() != StackPart.Role.FILE) {
                    throw new IllegalArgumentException("stack part '" + p.name() + "' defined twice");
                }
            }
            parts.add(p);
            return this;
        }

        private void requireDevice(String device, String forPart) {
            for (StackPart q : parts) {
                if (q.name().equals(device) && q.role() == StackPart.Role.BLOCK_DEVICE) {
                    return;
                }
            }
            throw new IllegalArgumentException("no block device '" + device + "' below '" + forPart + "' (add it first)");
        }

        private void requireDeviceOrFilesystem(String below, String forPart) {
            for (StackPart q : parts) {
                if (q.name().equals(below)
                        && (q.role() == StackPart.Role.BLOCK_DEVICE || q.role() == StackPart.Role.FILESYSTEM)) {
                    return;
                }
            }
            throw new IllegalArgumentException("no block device or filesystem '" + below + "' below '" + forPart
                    + "' (add it first)");
        }

        private void requireFilesystem(String label, String forPart) {
            for (StackPart q : parts) {
                if (q.name().equals(label) && q.role() == StackPart.Role.FILESYSTEM) {
                    return;
                }
            }
            throw new IllegalArgumentException("no filesystem '" + label + "' below '" + forPart + "' (add it first)");
        }

        private static Map<String, String> opts(Object... kv) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < kv.length; i += 2) {
                m.put((String) kv[i], String.valueOf(kv[i + 1]));
            }
            return m;
        }

        private static String optionText(Map<String, String> options) {
            if (options.isEmpty()) {
                return "";
            }
            StringBuilder sb = new StringBuilder(" -o ");
            options.forEach((k, v) -> sb.append(sb.length() > 4 ? "," : "").append(k).append('=').append(v));
            return sb.toString();
        }

        public StackSpec build() {
            return new StackSpec(parts);
        }
    }
}
