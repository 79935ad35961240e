package org.reclaimtck.realkernel;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * Maps the block layer's bio tracepoints ({@code include/trace/events/block.h}: {@code block_bio_queue},
 * {@code block_bio_remap}, {@code block_bio_complete}) and writeback ({@code include/trace/events/writeback.h}).
 * Devices print as {@code major,minor}: 253 is device-mapper ({@code dm-N}), 7 loop ({@code loopN}), 254 virtio_blk
 * ({@code vda}...). Real bios have no id in the trace: a bio is numbered when queued and its completion is the next
 * {@code block_bio_complete} of the same device, sector and size. A {@code block_bio_remap} from 253 to 7 is dm-linear
 * handing a bio to loop0; it is counted.
 */
final class IoEvents {
    private static final Pattern BIO = Pattern.compile("^(\\d+),(\\d+) (\\S+) (\\d+) \\+ (\\d+) \\[([^\\]]*)\\]");
    private static final Pattern REMAP = Pattern.compile("^(\\d+),(\\d+) \\S+ \\d+ \\+ \\d+ <- \\((\\d+),(\\d+)\\)");

    private final ImportState st;
    private final Map<String, Deque<Long>> queued = new HashMap<>();
    private long nextBio = 1;

    IoEvents(ImportState st) {
        this.st = st;
    }

    static List<String> events() {
        return List.of("block_bio_queue", "block_bio_remap", "block_bio_complete", "writeback_start",
                "writeback_written", "folio_wait_writeback", "balance_dirty_pages");
    }

    static String device(int major, int minor) {
        return switch (major) {
            case 253 -> "dm-" + minor;
            case 7 -> "loop" + minor;
            case 254 -> "vd" + (char) ('a' + minor / 16) + (minor % 16 == 0 ? "" : String.valueOf(minor % 16));
            default -> major + "," + minor;
        };
    }

    void map(ReportLine l) {
        Fields f = new Fields(l);
        switch (l.event()) {
            case "block_bio_queue" -> {
                Matcher m = f.match(BIO);
                String dev = device(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                long id = nextBio++;
                queued.computeIfAbsent(dev + " " + m.group(4) + " " + m.group(5), k -> new ArrayDeque<>()).add(id);
                RealStats.add(st.stats.biosByDevice, dev, 1);
                if (m.group(3).contains("W")) {
                    RealStats.add(st.stats.writeSectorsByDevice, dev, Long.parseLong(m.group(5)));
                }
                st.emit(new TraceEvent.BioSubmitted(l.nanos(), l.task(), id, dev, m.group(3),
                        Long.parseLong(m.group(4))), l, false);
            }
            case "block_bio_complete" -> {
                Matcher m = f.match(BIO);
                String dev = device(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                Deque<Long> d = queued.get(dev + " " + m.group(4) + " " + m.group(5));
                if (d == null || d.isEmpty()) {
                    return; // queued before tracing began, or split
                }
                st.emit(new TraceEvent.BioCompleted(l.nanos(), l.task(), d.poll(), dev,
                        Integer.parseInt(m.group(6).trim())), l, false);
            }
            case "block_bio_remap" -> {
                Matcher m = f.match(REMAP);
                if (m.group(1).equals("7") && m.group(3).equals("253")) {
                    st.stats.dmToLoopRemaps++;
                }
            }
            case "writeback_start" -> {
                f.number("nr_pages=");
                st.stats.writebackWorks++;
            }
            case "writeback_written" -> f.number("nr_pages="); // the work's budget left, not pages written
            case "folio_wait_writeback" -> st.stats.folioWaitWriteback++;
            case "balance_dirty_pages" -> st.stats.balanceDirtyPages++;
            default -> throw new IllegalStateException(l.event());
        }
    }
}
