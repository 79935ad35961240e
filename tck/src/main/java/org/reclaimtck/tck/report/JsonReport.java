package org.reclaimtck.tck.report;

import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.WaitEdge;

/**
 * report.json: the run (kit, provider, seeds, variants), the tally, and per rule its status, each case's status, and
 * each failing case with its seed, outcome, trace hash, replay command, variants and wait-for cycle.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class JsonReport {
    private JsonReport() {
    }

    public static String render(RunInfo info, List<RuleRecord> records) {
        return render(info, records, List.of());
    }

    /** The report with {@code policyComparisons}: each {@link PolicyTable}'s headers and rows. */
    public static String render(RunInfo info, List<RuleRecord> records, List<PolicyTable> policyTables) {
        Tally t = Tally.of(records);
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"tck\": \"reclaim-tck\",\n");
        sb.append("  \"tckVersion\": ").append(Json.str(info.tckVersion())).append(",\n");
        sb.append("  \"provider\": {\"name\": ").append(Json.str(info.providerName())).append(", \"version\": ")
                .append(Json.str(info.providerVersion())).append("},\n");
        sb.append("  \"seeds\": ").append(Json.str(info.seeds())).append(",\n");
        sb.append("  \"variants\": {\"selected\": ").append(Json.obj(info.variants().selected()))
                .append(", \"defaults\": ").append(Json.obj(info.variants().defaults())).append("},\n");
        sb.append("  \"parts\": ").append(Json.str(info.parts())).append(",\n");
        sb.append("  \"scope\": ").append(Json.str(info.partial() ? info.scope() : "full")).append(",\n");
        sb.append("  \"summary\": {\"rules\": ").append(t.rules()).append(", \"passed\": ").append(t.passed())
                .append(", \"failed\": ").append(t.failed()).append(", \"inconclusive\": ").append(t.inconclusive())
                .append(", \"harnessTimeouts\": ").append(t.timeouts()).append(", \"notApplicable\": ").append(t.notApplicable())
                .append(", \"skipped\": ").append(t.skipped()).append("},\n");
        sb.append("  \"rules\": [");
        for (int i = 0; i < records.size(); i++) {
            sb.append(i == 0 ? "\n" : ",\n");
            rule(sb, records.get(i));
        }
        sb.append(records.isEmpty() ? "]" : "\n  ]");
        if (!policyTables.isEmpty()) {
            sb.append(",\n  \"policyComparisons\": [");
            for (int i = 0; i < policyTables.size(); i++) {
                PolicyTable p = policyTables.get(i);
                sb.append(i == 0 ? "\n" : ",\n").append("    {\"case\": ").append(Json.str(p.caseId()))
                        .append(", \"title\": ").append(Json.str(p.title())).append(", \"part\": ")
                        .append(Json.str(p.part())).append(",\n      \"headers\": ").append(Json.arr(p.headers()))
                        .append(",\n      \"rows\": [");
                List<List<String>> rows = p.rows();
                for (int j = 0; j < rows.size(); j++) {
                    sb.append(j == 0 ? "" : ", ").append(Json.arr(rows.get(j)));
                }
                sb.append("]}");
            }
            sb.append("\n  ]");
        }
        return sb.append("\n}\n").toString();
    }

    private static void rule(StringBuilder sb, RuleRecord r) {
        sb.append("    {\"suite\": ").append(Json.str(r.suite()))
                .append(", \"id\": ").append(Json.str(r.rule().id()))
                .append(", \"level\": ").append(Json.str(r.rule().level().name()))
                .append(", \"text\": ").append(Json.str(r.rule().text()))
                .append(", \"link\": ").append(Json.str(RuleDocs.url(r.rule()).isEmpty() ? null : RuleDocs.url(r.rule())))
                .append(", \"status\": ").append(Json.str(r.status().label()))
                .append(", \"cases\": ").append(r.caseCount())
                .append(", \"seedsRun\": ").append(r.seedsRun())
                .append(", \"seedsFailed\": ").append(r.failures().size())
                .append(", \"seedsInconclusive\": ").append(r.inconclusive().size());
        if (!r.reason().isEmpty()) {
            sb.append(", \"reason\": ").append(Json.str(r.reason()));
        }
        sb.append(",\n      \"caseResults\": [");
        List<CaseResult> cs = r.cases();
        for (int i = 0; i < cs.size(); i++) {
            CaseResult c = cs.get(i);
            sb.append(i == 0 ? "\n" : ",\n");
            sb.append("        {\"case\": ").append(Json.str(c.caseId()))
                    .append(", \"status\": ").append(Json.str(c.status().label()))
                    .append(", \"seedsRun\": ").append(c.seedsRun())
                    .append(", \"seedsFailed\": ").append(c.seedsFailed());
            if (!c.reason().isEmpty()) {
                sb.append(", \"reason\": ").append(Json.str(c.reason()));
            }
            sb.append('}');
        }
        sb.append(cs.isEmpty() ? "]" : "\n      ]");
        failures(sb, "failures", r.failures());
        failures(sb, "harnessTimeouts", r.inconclusive());
        sb.append('}');
    }

    private static void failures(StringBuilder sb, String key, List<FailureRecord> fs) {
        sb.append(",\n      ").append(Json.str(key)).append(": [");
        for (int i = 0; i < fs.size(); i++) {
            sb.append(i == 0 ? "\n" : ",\n");
            failure(sb, fs.get(i));
        }
        sb.append(fs.isEmpty() ? "]" : "\n      ]");
    }

    private static void failure(StringBuilder sb, FailureRecord f) {
        sb.append("        {\"case\": ").append(Json.str(f.caseId()))
                .append(", \"seed\": ").append(f.seed())
                .append(", \"outcome\": ").append(Json.str(f.outcomeKind()))
                .append(", \"traceHash\": ").append(Json.str(f.traceHash()))
                .append(", \"replay\": ").append(Json.str(f.replay()))
                .append(", \"variants\": ").append(Json.obj(f.variants()));
        edges(sb, "cycle", f.cycle());
        edges(sb, "waits", f.waits());
        sb.append('}');
    }

    private static void edges(StringBuilder sb, String key, List<WaitEdge> edges) {
        if (edges.isEmpty()) {
            return;
        }
        sb.append(",\n          ").append(Json.str(key)).append(": [");
        for (int i = 0; i < edges.size(); i++) {
            WaitEdge e = edges.get(i);
            sb.append(i == 0 ? "\n" : ",\n");
            sb.append("            {\"task\": ").append(Json.str(e.task()))
                    .append(", \"context\": ").append(Json.str(e.context()))
                    .append(", \"held\": ").append(Json.arr(e.held()))
                    .append(", \"waitsOn\": ").append(Json.str(e.kind().label()))
                    .append(", \"object\": ").append(Json.str(e.object()))
                    .append(", \"class\": ").append(Json.str(e.lockClass()))
                    .append(", \"wokenBy\": ").append(Json.arr(e.waitsFor()))
                    .append(", \"stack\": ").append(Json.arr(e.stack())).append('}');
        }
        sb.append(']');
    }
}
