package org.reclaimtck.tck.report.shard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.apiguardian.api.API;
import org.reclaimtck.tck.report.CertificateInfo;
import org.reclaimtck.tck.report.PolicyTable;
import org.reclaimtck.tck.report.ReportWriter;
import org.reclaimtck.tck.report.RuleRecord;
import org.reclaimtck.tck.report.RunInfo;
import org.reclaimtck.tck.report.html.HtmlReport;
import org.reclaimtck.tck.report.html.HtmlTable;

/**
 * What a run leaves in its report directory besides the certificate: report.json, report.md and the badges
 * ({@link ReportWriter}), report.html, ledger.json (what {@link ShardMerge} adds up) and failing-seeds.txt
 * ({@link FailingSeeds}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RunOutputs {
    private RunOutputs() {
    }

    /**
     * Writes the files; returns those written.
     *
     * @param ruleOrder a rule id's position in the rule book, which orders the rules of a suite in every report
     */
    public static List<Path> write(Path dir, RunInfo info, CertificateInfo certificate, List<RuleRecord> records,
                                   Shard shard, ToIntFunction<String> ruleOrder) throws IOException {
        return write(dir, info, certificate, records, List.of(), shard, ruleOrder);
    }

    /** As above, with the run's policy comparisons in report.json, report.md, report.html and ledger.json. */
    public static List<Path> write(Path dir, RunInfo info, CertificateInfo certificate, List<RuleRecord> records,
                                   List<PolicyTable> policyTables, Shard shard, ToIntFunction<String> ruleOrder)
            throws IOException {
        List<Path> written = new ArrayList<>(ReportWriter.write(dir, info, records, policyTables));
        written.add(HtmlReport.write(dir, info, records, policyTables.stream().map(t -> new HtmlTable(
                "policy-" + t.caseId(), "Policy comparison: " + t.title(), t.note(), t.headers(), t.rows())).toList()));
        written.add(Files.writeString(dir.resolve(Ledger.FILE),
                LedgerWriter.render(shard, info, certificate, records, policyTables, ruleOrder),
                StandardCharsets.UTF_8));
        Path failing = FailingSeeds.remember(dir, records);
        if (failing != null) {
            written.add(failing);
        }
        return written;
    }
}
