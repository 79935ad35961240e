package org.reclaimtck.tck.report;

import java.util.List;

/** report.json: the run, the tally, and per rule its status and each failing case, seed, outcome, hash and replay. */
public final class JsonReport {
    private JsonReport() {
    }

    public static String render(RunInfo info, List<RuleRecord> records) {
        Tally t = Tally.of(records);
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"tck\": \"reclaim-tck\",\n");
        sb.append("  \"tckVersion\": ").append(Json.str(info.tckVersion())).append(",\n");
        sb.append("  \"provider\": {\"name\": ").append(Json.str(info.providerName())).append(", \"version\": ")
                .append(Json.str(info.providerVersion())).append("},\n");
        sb.append("  \"seeds\": ").append(Json.str(info.seeds())).append(",\n");
        sb.append("  \"summary\": {\"rules\": ").append(t.rules()).append(", \"passed\": ").append(t.passed())
                .append(", \"failed\": ").append(t.failed()).append(", \"notApplicable\": ").append(t.notApplicable())
                .append(", \"skipped\": ").append(t.skipped()).append("},\n");
        sb.append("  \"rules\": [");
        for (int i = 0; i < records.size(); i++) {
            sb.append(i == 0 ? "\n" : ",\n");
            rule(sb, records.get(i));
        }
        sb.append(records.isEmpty() ? "]\n" : "\n  ]\n");
        return sb.append("}\n").toString();
    }

    private static void rule(StringBuilder sb, RuleRecord r) {
        sb.append("    {\"suite\": ").append(Json.str(r.suite()))
                .append(", \"id\": ").append(Json.str(r.rule().id()))
                .append(", \"level\": ").append(Json.str(r.rule().level().name()))
                .append(", \"text\": ").append(Json.str(r.rule().text()))
                .append(", \"link\": ").append(Json.str(r.rule().link()))
                .append(", \"status\": ").append(Json.str(r.status().label()))
                .append(", \"cases\": ").append(r.caseCount())
                .append(", \"seedsRun\": ").append(r.seedsRun())
                .append(", \"seedsFailed\": ").append(r.failures().size());
        if (!r.reason().isEmpty()) {
            sb.append(", \"reason\": ").append(Json.str(r.reason()));
        }
        sb.append(", \"failures\": [");
        List<FailureRecord> fs = r.failures();
        for (int i = 0; i < fs.size(); i++) {
            FailureRecord f = fs.get(i);
            sb.append(i == 0 ? "\n" : ",\n");
            sb.append("      {\"case\": ").append(Json.str(f.caseId()))
                    .append(", \"seed\": ").append(f.seed())
                    .append(", \"outcome\": ").append(Json.str(f.outcomeKind()))
                    .append(", \"traceHash\": ").append(Json.str(f.traceHash()))
                    .append(", \"replay\": ").append(Json.str(f.replay())).append('}');
        }
        sb.append(fs.isEmpty() ? "]}" : "\n    ]}");
    }
}
