package org.reclaimtck.tck.report;

import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;

/**
 * certificate.json: the conformance certificate of one run. It names the kit (version and code SHA-256), the provider
 * (name, version, code SHA-256), the JDK, the seeds, variants and filters in effect, and per rule its status and
 * every (case, seed, trace hash) judged. Everything but {@code issued} is deterministic: re-running
 * {@code verify.command} with the same kit and provider must give a certificate with the same content.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Certificate {
    public static final String FILE = "certificate.json";
    static final String HOW = "Re-run verify.command with the same TCK and provider code (compare the sha256 values),"
            + " then compare the new " + FILE + " with this one: every rule must have the same status and the same"
            + " judged list of (case, seed, traceHash). Only 'issued' may differ.";

    private Certificate() {
    }

    public static String render(RunInfo info, CertificateInfo c, List<RuleRecord> records, Instant issued) {
        Tally t = Tally.of(records);
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"certificate\": \"reclaim-tck conformance certificate\",\n");
        sb.append("  \"issued\": ").append(Json.str(issued.toString())).append(",\n");
        sb.append("  \"tck\": {\"name\": \"reclaim-tck\", \"version\": ").append(Json.str(info.tckVersion()))
                .append(", \"sha256\": ").append(Json.str(c.tckSha256())).append("},\n");
        sb.append("  \"provider\": {\"name\": ").append(Json.str(info.providerName()))
                .append(", \"version\": ").append(Json.str(info.providerVersion()))
                .append(", \"key\": ").append(Json.str(c.providerKey()))
                .append(", \"class\": ").append(Json.str(c.providerClass()))
                .append(", \"sha256\": ").append(Json.str(c.providerSha256())).append("},\n");
        sb.append("  \"jdk\": ").append(Json.obj(c.jdk())).append(",\n");
        sb.append("  \"parameters\": ").append(Json.obj(c.parameters())).append(",\n");
        sb.append("  \"variants\": {\"selected\": ").append(Json.obj(info.variants().selected()))
                .append(", \"defaults\": ").append(Json.obj(info.variants().defaults())).append("},\n");
        sb.append("  \"verify\": {\"command\": ").append(Json.str(c.verifyCommand()))
                .append(", \"how\": ").append(Json.str(HOW)).append("},\n");
        sb.append("  \"summary\": {\"rules\": ").append(t.rules()).append(", \"passed\": ").append(t.passed())
                .append(", \"failed\": ").append(t.failed()).append(", \"notApplicable\": ").append(t.notApplicable())
                .append(", \"skipped\": ").append(t.skipped()).append("},\n");
        sb.append("  \"rules\": [");
        for (int i = 0; i < records.size(); i++) {
            RuleRecord r = records.get(i);
            sb.append(i == 0 ? "\n" : ",\n");
            sb.append("    {\"suite\": ").append(Json.str(r.suite()))
                    .append(", \"id\": ").append(Json.str(r.rule().id()))
                    .append(", \"status\": ").append(Json.str(r.status().label()))
                    .append(", \"judged\": [");
            List<Judgement> js = r.judged();
            for (int k = 0; k < js.size(); k++) {
                Judgement j = js.get(k);
                sb.append(k == 0 ? "\n" : ",\n");
                sb.append("      {\"case\": ").append(Json.str(j.caseId()))
                        .append(", \"seed\": ").append(j.seed())
                        .append(", \"status\": ").append(Json.str(j.status()))
                        .append(", \"traceHash\": ").append(Json.str(j.traceHash())).append('}');
            }
            sb.append(js.isEmpty() ? "]}" : "\n    ]}");
        }
        sb.append(records.isEmpty() ? "]\n" : "\n  ]\n");
        return sb.append("}\n").toString();
    }
}
