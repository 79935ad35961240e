package org.reclaimtck.spi.stack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One part of a machine's storage stack, described the way mkfs, losetup, dmsetup and modprobe describe a real
 * system: its role, its type by name (the {@code PartType} that builds it: {@code disk}, {@code xfs}, {@code loop},
 * {@code dm-linear}, {@code dm-bufio}, or a user's {@code acme}), its instance name, what it sits on and its options.
 * {@link #command()} prints it as such a command. Immutable.
 */
public final class StackPart {
    /** What a part is to the stack. */
    public enum Role {
        /** A block device: a disk, a loop device, a device-mapper target, a user's driver. */
        BLOCK_DEVICE,
        /** A filesystem mounted on a block device. */
        FILESYSTEM,
        /** A regular file on a filesystem, e.g. a loop device's backing file. */
        FILE,
        /** A module on zero or more block devices: a dm-bufio client, a cache with a shrinker. */
        MODULE,
        /** A swap area on a block device ({@code mkswap} + {@code swapon}). */
        SWAP
    }

    private final Role role;
    private final String type;
    private final String name;
    private final List<String> below;
    private final Map<String, String> options;
    private final String command;

    StackPart(Role role, String type, String name, List<String> below, Map<String, String> options, String command) {
        this.role = Objects.requireNonNull(role);
        this.type = requireName(type, "type");
        this.name = requireName(name, "name");
        this.below = List.copyOf(below);
        this.options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        this.command = command;
    }

    private static String requireName(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("a stack part needs a " + what);
        }
        return s;
    }

    public Role role() {
        return role;
    }

    /** The part type's name, e.g. {@code loop}; variants are selected per type ({@code loop:no-noio}). */
    public String type() {
        return type;
    }

    /** The instance: a device ({@code vda}, {@code loop0}, {@code dm-0}), a filesystem label, a file path, a module. */
    public String name() {
        return name;
    }

    /**
     * What it sits on, in order: block device names, a filesystem label (for a file), or {@code label:path} (the file
     * a loop device serves).
     */
    public List<String> below() {
        return below;
    }

    public Map<String, String> options() {
        return options;
    }

    /** The part as an administrator would create it. */
    public String command() {
        return command;
    }

    @Override
    public String toString() {
        return command;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StackPart)) {
            return false;
        }
        StackPart p = (StackPart) o;
        return role == p.role && type.equals(p.type) && name.equals(p.name) && below.equals(p.below)
                && options.equals(p.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, type, name, below, options);
    }
}
