package org.reclaimtck.realkernel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads {@code trace-cmd report} text of a real kernel (trace-cmd's {@code trace-read.c} output of a
 * {@code trace.dat} restored from the per-CPU {@code trace_pipe_raw} pages) into the SPI's trace events, by the
 * mapping of {@code docs/real-kernel.md}. Two passes: {@link AllocPairing} first, then the mappers. Header lines
 * ({@code cpus=2}, {@code CPU n is empty}) are skipped, {@code CPU:n [LOST m EVENTS]} is counted, an event line of a
 * known event whose fields cannot be read or a line that is no event at all is a {@link MalformedTraceException} with
 * its line number, an unknown event is counted and skipped.
 */
public final class TraceImporter {
    private static final Pattern LOST = Pattern.compile("^CPU:?\\s*\\d+ \\[(?:LOST )?(\\d+) EVENTS(?: DROPPED)?\\]");
    private static final Pattern HEADER = Pattern.compile("^(cpus=\\d+|CPU \\d+ is empty|version = .*|\\s*)$");

    /** A source of the report's lines that can be read twice. */
    @FunctionalInterface
    public interface Source {
        BufferedReader open() throws IOException;
    }

    private final KernelGfp gfp = KernelGfp.fromResources();

    /** Imports a report file; a name ending in {@code .gz} is read through gzip. */
    public ImportedTrace importFile(Path report) {
        return importReport(() -> {
            if (report.toString().endsWith(".gz")) {
                return new BufferedReader(new java.io.InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(report), 1 << 16), StandardCharsets.UTF_8), 1 << 16);
            }
            return Files.newBufferedReader(report, StandardCharsets.UTF_8);
        });
    }

    public ImportedTrace importText(String report) {
        return importReport(() -> new BufferedReader(new StringReader(report)));
    }

    public ImportedTrace importReport(Source source) {
        AllocPairing pairing = new AllocPairing(gfp);
        read(source, (l, text) -> {
            if (l != null) {
                pairing.see(l);
            }
        });
        ImportState st = new ImportState(gfp);
        ReclaimEvents reclaim = new ReclaimEvents(st);
        AllocEvents alloc = new AllocEvents(st, pairing);
        IoEvents io = new IoEvents(st);
        SleepEvents sleep = new SleepEvents(st);
        Set<String> reclaimNames = new HashSet<>(ReclaimEvents.events());
        Set<String> allocNames = Set.copyOf(AllocEvents.events());
        Set<String> ioNames = Set.copyOf(IoEvents.events());
        Set<String> sleepNames = Set.copyOf(SleepEvents.events());
        read(source, (l, text) -> {
            if (sleep.frameOrEnd(text)) {
                return;
            }
            if (l == null) {
                Matcher lost = LOST.matcher(text);
                if (lost.find()) {
                    st.stats.lostInReport += Long.parseLong(lost.group(1));
                }
                return;
            }
            st.touch(l);
            RealStats.add(st.stats.events, l.event(), 1);
            String e = l.event();
            if (reclaimNames.contains(e)) {
                reclaim.map(l);
            } else if (allocNames.contains(e)) {
                alloc.map(l);
            } else if (ioNames.contains(e)) {
                io.map(l);
            } else if (sleepNames.contains(e)) {
                sleep.map(l);
            } else if (e.equals("print")) {
                int at = l.body().indexOf("RK phase ");
                if (at >= 0) {
                    st.stats.phases.add(l.body().substring(at + 9).trim() + " at line " + l.line());
                }
            } else {
                RealStats.add(st.stats.unknown, e, 1);
            }
        });
        sleep.flush();
        return st.result();
    }

    private interface LineHandler {
        void line(ReportLine parsed, String text);
    }

    private static void read(Source source, LineHandler h) {
        try (BufferedReader r = source.open()) {
            String text;
            int n = 0;
            while ((text = r.readLine()) != null) {
                n++;
                ReportLine l = ReportLine.parse(text, n);
                if (l == null && !text.trim().startsWith("=>") && !HEADER.matcher(text).matches()
                        && !LOST.matcher(text).find()) {
                    throw new MalformedTraceException(n, "not an event line of trace-cmd report", text);
                }
                h.line(l, text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
