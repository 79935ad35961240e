package org.reclaimtck.tck.report.shard;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.tck.report.CaseResult;
import org.reclaimtck.tck.report.CertificateInfo;
import org.reclaimtck.tck.report.FailureGroup;
import org.reclaimtck.tck.report.FailureRecord;
import org.reclaimtck.tck.report.Judgement;
import org.reclaimtck.tck.report.Json;
import org.reclaimtck.tck.report.PolicyColumn;
import org.reclaimtck.tck.report.PolicyTable;
import org.reclaimtck.tck.report.RuleRecord;
import org.reclaimtck.tck.report.RunInfo;
import org.reclaimtck.tck.report.TimelineEvent;

/**
 * Writes ledger.json: everything the reports and the certificate of a run are rendered from (the run, the certificate's
 * facts, and per rule its catalogue position, each case's counts, every judged (case, seed) and every failure with its
 * message and waits), so that {@link ShardMerge} can rebuild the results of several shard runs as one. A failure
 * keeps its timeline only if it represents its group (the smallest seed), which bounds the file.
 */
final class LedgerWriter {
    private LedgerWriter() {
    }

    static String render(Shard shard, RunInfo info, CertificateInfo c, List<RuleRecord> records,
                         List<PolicyTable> policyTables, ToIntFunction<String> ruleOrder) {
        StringBuilder sb = new StringBuilder("{\n  \"ledger\": ").append(Ledger.VERSION)
                .append(",\n  \"shard\": ").append(Json.str(shard.toString())).append(",\n");
        sb.append("  \"info\": {\"tckVersion\": ").append(Json.str(info.tckVersion()))
                .append(", \"providerName\": ").append(Json.str(info.providerName()))
                .append(", \"providerVersion\": ").append(Json.str(info.providerVersion()))
                .append(", \"seeds\": ").append(Json.str(info.seeds()))
                .append(", \"selected\": ").append(Json.obj(info.variants().selected()))
                .append(", \"defaults\": ").append(Json.obj(info.variants().defaults()))
                .append(", \"parts\": ").append(Json.str(info.parts()))
                .append(", \"scope\": ").append(Json.str(info.scope()))
                .append(", \"jdk\": ").append(Json.str(info.jdk()))
                .append(", \"duration\": ").append(Json.str(info.duration())).append("},\n");
        sb.append("  \"certificate\": {\"tckSha256\": ").append(Json.str(c.tckSha256()))
                .append(", \"providerKey\": ").append(Json.str(c.providerKey()))
                .append(", \"providerClass\": ").append(Json.str(c.providerClass()))
                .append(", \"providerSha256\": ").append(Json.str(c.providerSha256()))
                .append(", \"jdk\": ").append(Json.obj(c.jdk()))
                .append(", \"parameters\": ").append(Json.obj(c.parameters()))
                .append(", \"verifyCommand\": ").append(Json.str(c.verifyCommand())).append("},\n");
        sb.append("  \"rules\": [");
        for (int i = 0; i < records.size(); i++) {
            sb.append(i == 0 ? "\n" : ",\n");
            rule(sb, records.get(i), ruleOrder.applyAsInt(records.get(i).rule().id()));
        }
        sb.append(records.isEmpty() ? "]" : "\n  ]").append(",\n  \"policyTables\": [");
        for (int i = 0; i < policyTables.size(); i++) {
            sb.append(i == 0 ? "\n" : ",\n");
            policyTable(sb, policyTables.get(i));
        }
        return sb.append(policyTables.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    /** A comparison with its columns and every (policy, seed) run's counters and verdicts, for the merge to add up. */
    private static void policyTable(StringBuilder sb, PolicyTable t) {
        sb.append("    {\"case\": ").append(Json.str(t.caseId())).append(", \"title\": ").append(Json.str(t.title()))
                .append(", \"part\": ").append(Json.str(t.part())).append(", \"policies\": ").append(Json.arr(t.policies()))
                .append(", \"rules\": ").append(Json.arr(t.rules())).append(",\n      \"columns\": [");
        for (int i = 0; i < t.columns().size(); i++) {
            PolicyColumn c = t.columns().get(i);
            sb.append(i == 0 ? "" : ", ").append("{\"header\": ").append(Json.str(c.header()))
                    .append(", \"counter\": ").append(Json.str(c.counter())).append(", \"per\": ").append(Json.str(c.per()))
                    .append(", \"scale\": ").append(c.scale()).append(", \"decimals\": ").append(c.decimals()).append('}');
        }
        sb.append("],\n      \"runs\": [");
        for (int i = 0; i < t.runs().size(); i++) {
            PolicyTable.Run r = t.runs().get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("        {\"policy\": ").append(Json.str(r.policy()))
                    .append(", \"seed\": ").append(r.seed()).append(", \"counters\": {");
            int j = 0;
            for (var e : r.counters().entrySet()) {
                sb.append(j++ == 0 ? "" : ", ").append(Json.str(e.getKey())).append(": ").append(e.getValue());
            }
            sb.append("}, \"verdicts\": ").append(Json.obj(r.verdicts())).append('}');
        }
        sb.append(t.runs().isEmpty() ? "]}" : "\n      ]}");
    }

    private static void rule(StringBuilder sb, RuleRecord r, int order) {
        sb.append("    {\"suite\": ").append(Json.str(r.suite())).append(", \"order\": ").append(order)
                .append(", \"id\": ").append(Json.str(r.rule().id()))
                .append(", \"level\": ").append(Json.str(r.rule().level().name()))
                .append(", \"title\": ").append(Json.str(r.rule().title()))
                .append(", \"text\": ").append(Json.str(r.rule().text()))
                .append(", \"source\": ").append(Json.str(r.rule().source())).append(",\n      \"cases\": [");
        List<CaseResult> cases = r.cases();
        for (int i = 0; i < cases.size(); i++) {
            CaseResult c = cases.get(i);
            sb.append(i == 0 ? "" : ", ").append("{\"case\": ").append(Json.str(c.caseId()))
                    .append(", \"run\": ").append(c.seedsRun()).append(", \"failed\": ").append(c.seedsFailed())
                    .append(", \"status\": ").append(Json.str(c.status().name()))
                    .append(", \"reason\": ").append(Json.str(c.reason())).append('}');
        }
        sb.append("],\n      \"judged\": [");
        List<Judgement> judged = r.judged();
        for (int i = 0; i < judged.size(); i++) {
            Judgement j = judged.get(i);
            sb.append(i == 0 ? "" : ", ").append("{\"case\": ").append(Json.str(j.caseId()))
                    .append(", \"seed\": ").append(j.seed()).append(", \"status\": ").append(Json.str(j.status()))
                    .append(", \"traceHash\": ").append(Json.str(j.traceHash())).append('}');
        }
        sb.append("],\n      \"failures\": [");
        Set<FailureRecord> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        FailureGroup.of(r.failures()).forEach(g -> shown.add(g.representative()));
        List<FailureRecord> fs = r.failures();
        for (int i = 0; i < fs.size(); i++) {
            sb.append(i == 0 ? "\n" : ",\n");
            failure(sb, fs.get(i), shown.contains(fs.get(i)));
        }
        sb.append(fs.isEmpty() ? "]}" : "\n      ]}");
    }

    private static void failure(StringBuilder sb, FailureRecord f, boolean withTimeline) {
        sb.append("        {\"case\": ").append(Json.str(f.caseId())).append(", \"seed\": ").append(f.seed())
                .append(", \"outcome\": ").append(Json.str(f.outcomeKind()))
                .append(", \"traceHash\": ").append(Json.str(f.traceHash()))
                .append(", \"replay\": ").append(Json.str(f.replay()))
                .append(", \"variants\": ").append(Json.obj(f.variants()))
                .append(", \"message\": ").append(Json.str(f.message()));
        edges(sb, "cycle", f.cycle());
        edges(sb, "waits", f.waits());
        sb.append(", \"timeline\": [");
        List<TimelineEvent> t = withTimeline ? f.timeline() : List.of();
        for (int i = 0; i < t.size(); i++) {
            TimelineEvent e = t.get(i);
            sb.append(i == 0 ? "" : ", ").append('[').append(e.time()).append(", ").append(Json.str(e.task()))
                    .append(", ").append(Json.str(e.kind().name())).append(", ").append(Json.str(e.object()))
                    .append(", ").append(Json.str(e.text())).append(']');
        }
        sb.append("]}");
    }

    private static void edges(StringBuilder sb, String key, List<WaitEdge> edges) {
        sb.append(", ").append(Json.str(key)).append(": [");
        for (int i = 0; i < edges.size(); i++) {
            WaitEdge e = edges.get(i);
            sb.append(i == 0 ? "" : ", ").append("{\"task\": ").append(Json.str(e.task()))
                    .append(", \"context\": ").append(Json.str(e.context()))
                    .append(", \"held\": ").append(Json.arr(e.held()))
                    .append(", \"kind\": ").append(Json.str(e.kind().name()))
                    .append(", \"object\": ").append(Json.str(e.object()))
                    .append(", \"class\": ").append(Json.str(e.lockClass()))
                    .append(", \"waitsFor\": ").append(Json.arr(e.waitsFor()))
                    .append(", \"stack\": ").append(Json.arr(e.stack())).append('}');
        }
        sb.append(']');
    }
}
