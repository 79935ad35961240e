package org.reclaimtck.tck.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/** Writes report.json, report.md, badge.svg and badge.json into the report directory; removes a previous run's. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ReportWriter {
    /** The files a run writes into the report directory, besides {@code failures/}. */
    public static final List<String> FILES = List.of("report.json", "report.md", "report.html", "badge.svg",
            "badge.json", "ledger.json", Certificate.FILE);

    private ReportWriter() {
    }

    /**
     * Removes what a previous run left in {@code dir}: the reports, the badge, the certificate and the failure
     * files, so that a run that ends in a configuration error leaves no stale verdict behind. Returns the files
     * removed.
     */
    public static List<Path> clear(Path dir) throws IOException {
        List<Path> removed = new ArrayList<>();
        for (String name : FILES) {
            Path f = dir.resolve(name);
            if (Files.deleteIfExists(f)) {
                removed.add(f);
            }
        }
        Path failures = dir.resolve(FailureFile.DIR);
        if (Files.isDirectory(failures)) {
            try (Stream<Path> files = Files.list(failures)) {
                for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".md"))::iterator) {
                    if (Files.deleteIfExists(f)) {
                        removed.add(f);
                    }
                }
            }
            try (Stream<Path> left = Files.list(failures)) {
                if (left.findAny().isEmpty()) {
                    Files.delete(failures);
                }
            }
        }
        return removed;
    }

    /** Writes every report; returns the files written. */
    public static List<Path> write(Path dir, RunInfo info, List<RuleRecord> records) throws IOException {
        return write(dir, info, records, List.of());
    }

    /** Writes every report, with the policy comparisons in report.json and report.md; returns the files written. */
    public static List<Path> write(Path dir, RunInfo info, List<RuleRecord> records, List<PolicyTable> policyTables)
            throws IOException {
        Files.createDirectories(dir);
        Tally tally = Tally.of(records);
        Path json = write(dir.resolve("report.json"), JsonReport.render(info, records, policyTables));
        Path md = write(dir.resolve("report.md"), MarkdownReport.render(info, records, policyTables));
        Path svg = write(dir.resolve("badge.svg"), Badge.svg(tally, info.scopeKind()));
        Path endpoint = write(dir.resolve("badge.json"), Badge.endpointJson(tally, info.scopeKind()));
        return List.of(json, md, svg, endpoint);
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
