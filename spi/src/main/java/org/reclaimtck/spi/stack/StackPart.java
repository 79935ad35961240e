package org.reclaimtck.spi.stack;

/**
 * One part of a machine's storage stack, described the way mkfs, losetup and dmsetup describe a real
 * system; {@link #command()} prints it as such a command.
 */
public sealed interface StackPart {
    /** The part's name: a device ({@code vda}, {@code loop0}, {@code dm-0}), a filesystem label or a client. */
    String name();

    /** The kind used to select variants: {@code disk}, {@code fs}, {@code file}, {@code loop}, {@code dm-linear}, {@code dm-bufio}. */
    String kind();

    /** The part as an administrator would create it. */
    String command();

    /** A disk: {@code block/} with a queue depth and a virtual per-request latency. */
    record Disk(String name, long sectors, int queueDepth, long latencyMicros) implements StackPart {
        public String kind() {
            return "disk";
        }

        public String command() {
            return "disk /dev/" + name + " (" + sectors + " sectors, queue depth " + queueDepth + ", " + latencyMicros
                    + " us per request)";
        }
    }

    /** A journaling filesystem on a device, with bounded log space counted in reservation units. */
    record Filesystem(String name, String device, int logUnits, int maxInodes) implements StackPart {
        public String kind() {
            return "fs";
        }

        public String command() {
            return "mkfs -L " + name + " /dev/" + device + " (log " + logUnits + " units, " + maxInodes + " inodes)";
        }
    }

    /** A regular file on a filesystem, e.g. the backing file of a loop device. */
    record BackingFile(String name, String fs, long blocks) implements StackPart {
        public String kind() {
            return "file";
        }

        public String command() {
            return "fallocate -l " + blocks + "b " + fs + ":" + name;
        }
    }

    /** A loop device over a file ({@code drivers/block/loop.c}). */
    record Loop(String name, String fs, String file) implements StackPart {
        public String kind() {
            return "loop";
        }

        public String command() {
            return "losetup /dev/" + name + " " + fs + ":" + file;
        }
    }

    /** A device-mapper linear target ({@code drivers/md/dm-linear.c}). */
    record DmLinear(String name, String device) implements StackPart {
        public String kind() {
            return "dm-linear";
        }

        public String command() {
            return "dmsetup create " + name + " --table '0 <size> linear /dev/" + device + " 0'";
        }
    }

    /** A dm-bufio client (as dm-verity, dm-thin metadata use) caching blocks of a device ({@code drivers/md/dm-bufio.c}). */
    record DmBufio(String name, String device, int maxBuffers) implements StackPart {
        public String kind() {
            return "dm-bufio";
        }

        public String command() {
            return "dm_bufio_client_create " + name + " on /dev/" + device + " (up to " + maxBuffers + " buffers)";
        }
    }
}
