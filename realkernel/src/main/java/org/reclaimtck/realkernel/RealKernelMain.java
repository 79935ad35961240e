package org.reclaimtck.realkernel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The command {@code realkernel/run-real-kernel} ends with: imports a {@code trace-cmd report} of a real kernel run
 * and prints the trace's size, the events lost, and the verdict per rule. Exit status 1 if a judged rule failed.
 * {@code --trace <report.txt[.gz]> [--lost <ring-buffer overruns>] [--dat <trace.dat>]}.
 */
public final class RealKernelMain {
    private RealKernelMain() {
    }

    public static void main(String[] args) throws Exception {
        Path trace = null;
        Path dat = null;
        long lost = -1;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--trace" -> trace = Path.of(args[i + 1]);
                case "--dat" -> dat = Path.of(args[i + 1]);
                case "--lost" -> lost = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (trace == null) {
            throw new IllegalArgumentException("usage: --trace <trace-cmd report text> [--lost N] [--dat trace.dat]");
        }
        long t0 = System.nanoTime();
        ImportedTrace t = new TraceImporter().importFile(trace);
        List<RuleVerdict> verdicts = new RealKernelJudge().judge(t);
        System.out.print(report(t, verdicts, trace, dat, lost, (System.nanoTime() - t0) / 1_000_000));
        System.exit(verdicts.stream().anyMatch(v -> v.status() == RuleVerdict.Status.FAIL) ? 1 : 0);
    }

    static String report(ImportedTrace t, List<RuleVerdict> verdicts, Path trace, Path dat, long lost, long millis)
            throws java.io.IOException {
        StringBuilder sb = new StringBuilder();
        RealStats s = t.stats();
        sb.append(String.format(Locale.ROOT, "real-kernel trace %s: %,d bytes of text%s, %,d event lines, %,d SPI events"
                        + " (imported and judged in %d ms)%n", trace, Files.size(trace),
                dat != null && Files.exists(dat) ? String.format(Locale.ROOT, ", trace.dat %,d bytes", Files.size(dat)) : "",
                s.totalEvents(), t.events().size(), millis));
        sb.append(String.format(Locale.ROOT, "events lost: %s in the ring buffers (overrun + dropped), %d marked LOST in"
                + " the report%n", lost < 0 ? "unknown" : String.valueOf(lost), s.lostInReport));
        if (!s.unknown.isEmpty()) {
            sb.append("unknown events, counted and skipped: ").append(s.unknown).append('\n');
        }
        sb.append("phases: ").append(s.phases).append('\n');
        sb.append("verdicts:\n");
        for (RuleVerdict v : verdicts) {
            sb.append("  ").append(v.render()).append('\n');
        }
        long judged = verdicts.stream().filter(RuleVerdict::judged).count();
        long failed = verdicts.stream().filter(v -> v.status() == RuleVerdict.Status.FAIL).count();
        sb.append(String.format(Locale.ROOT, "%d rules judged (%d failed), %d measured, %d not judgeable on a real trace%n",
                judged, failed, verdicts.stream().filter(v -> v.status() == RuleVerdict.Status.MEASURED).count(),
                verdicts.stream().filter(v -> v.status() == RuleVerdict.Status.NOT_JUDGED).count()));
        return sb.toString();
    }
}
