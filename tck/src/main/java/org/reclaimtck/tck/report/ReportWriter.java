package org.reclaimtck.tck.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/** Writes report.json, report.md, badge.svg and badge.json into the report directory. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ReportWriter {
    private ReportWriter() {
    }

    /** Writes every report; returns the files written. */
    public static List<Path> write(Path dir, RunInfo info, List<RuleRecord> records) throws IOException {
        Files.createDirectories(dir);
        Tally tally = Tally.of(records);
        Path json = write(dir.resolve("report.json"), JsonReport.render(info, records));
        Path md = write(dir.resolve("report.md"), MarkdownReport.render(info, records));
        Path svg = write(dir.resolve("badge.svg"), Badge.svg(tally));
        Path endpoint = write(dir.resolve("badge.json"), Badge.endpointJson(tally));
        return List.of(json, md, svg, endpoint);
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
