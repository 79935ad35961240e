package org.reclaimtck.tck.report.shard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.spi.trace.WaitKind;
import org.reclaimtck.tck.report.CertificateInfo;
import org.reclaimtck.tck.report.FailureRecord;
import org.reclaimtck.tck.report.Judgement;
import org.reclaimtck.tck.report.PolicyColumn;
import org.reclaimtck.tck.report.PolicyTable;
import org.reclaimtck.tck.report.RunInfo;
import org.reclaimtck.tck.report.TimelineEvent;
import org.reclaimtck.tck.report.VariantsInEffect;
import org.reclaimtck.tck.rules.Rule;
import org.reclaimtck.tck.rules.RuleLevel;

/**
 * One run's ledger.json, read back ({@link LedgerWriter} writes it): the shard it ran, the run, the certificate's
 * facts, and its rules' results as {@link RuleEntry} values that {@link ShardMerge} adds up.
 */
record Ledger(Path dir, Shard shard, RunInfo info, CertificateInfo certificate, List<RuleEntry> rules,
              List<PolicyTable> policyTables) {
    static final String FILE = "ledger.json";
    static final int VERSION = 1;

    /** One case of a rule: seeds run and failed, its status ({@code RuleStatus} name) and reason. */
    record CaseEntry(String caseId, long run, long failed, String status, String reason) {
    }

    /** One rule of one suite as a run left it. */
    record RuleEntry(String suite, int order, Rule rule, List<CaseEntry> cases, List<Judgement> judged,
                     List<FailureRecord> failures) {
    }

    static Ledger read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException("no " + FILE + " in " + dir + " (is it the report directory of a finished run?)");
        }
        Map<String, Object> root = map(JsonReader.parse(Files.readString(file, StandardCharsets.UTF_8)));
        if (((Long) root.get("ledger")).intValue() != VERSION) {
            throw new IOException(file + " is ledger version " + root.get("ledger") + ", expected " + VERSION);
        }
        Map<String, Object> i = map(root.get("info"));
        RunInfo info = new RunInfo(s(i, "tckVersion"), s(i, "providerName"), s(i, "providerVersion"),
                s(i, "seeds"), new VariantsInEffect(strings(i.get("selected")), strings(i.get("defaults"))),
                s(i, "parts"), s(i, "scope"), s(i, "jdk"), s(i, "duration"));
        Map<String, Object> c = map(root.get("certificate"));
        CertificateInfo cert = new CertificateInfo(s(c, "tckSha256"), s(c, "providerKey"), s(c, "providerClass"),
                s(c, "providerSha256"), strings(c.get("jdk")), strings(c.get("parameters")), s(c, "verifyCommand"));
        List<RuleEntry> rules = new ArrayList<>();
        for (Object o : list(root.get("rules"))) {
            rules.add(rule(map(o)));
        }
        List<PolicyTable> tables = new ArrayList<>();
        for (Object o : root.containsKey("policyTables") ? list(root.get("policyTables")) : List.of()) {
            tables.add(policyTable(map(o)));
        }
        return new Ledger(dir, Shard.parse(s(root, "shard")), info, cert, rules, tables);
    }

    private static PolicyTable policyTable(Map<String, Object> t) {
        List<PolicyColumn> columns = new ArrayList<>();
        for (Object o : list(t.get("columns"))) {
            Map<String, Object> c = map(o);
            columns.add(new PolicyColumn(s(c, "header"), s(c, "counter"), s(c, "per"), (Long) c.get("scale"),
                    ((Long) c.get("decimals")).intValue()));
        }
        List<PolicyTable.Run> runs = new ArrayList<>();
        for (Object o : list(t.get("runs"))) {
            Map<String, Object> r = map(o);
            Map<String, Long> counters = new LinkedHashMap<>();
            map(r.get("counters")).forEach((k, v) -> counters.put(k, (Long) v));
            runs.add(new PolicyTable.Run(s(r, "policy"), (Long) r.get("seed"), counters, strings(r.get("verdicts"))));
        }
        return new PolicyTable(s(t, "case"), s(t, "title"), s(t, "part"), texts(t.get("policies")),
                texts(t.get("rules")), columns, runs);
    }

    private static RuleEntry rule(Map<String, Object> r) {
        Rule rule = new Rule(s(r, "id"), RuleLevel.valueOf(s(r, "level")), s(r, "title"), s(r, "text"),
                s(r, "source"));
        List<CaseEntry> cases = new ArrayList<>();
        for (Object o : list(r.get("cases"))) {
            Map<String, Object> c = map(o);
            cases.add(new CaseEntry(s(c, "case"), (Long) c.get("run"), (Long) c.get("failed"), s(c, "status"),
                    s(c, "reason")));
        }
        List<Judgement> judged = new ArrayList<>();
        for (Object o : list(r.get("judged"))) {
            Map<String, Object> j = map(o);
            judged.add(new Judgement(s(j, "case"), (Long) j.get("seed"), s(j, "status"), (String) j.get("traceHash")));
        }
        List<FailureRecord> failures = new ArrayList<>();
        for (Object o : list(r.get("failures"))) {
            Map<String, Object> f = map(o);
            List<TimelineEvent> timeline = new ArrayList<>();
            for (Object t : list(f.get("timeline"))) {
                List<Object> e = list(t);
                timeline.add(new TimelineEvent((Long) e.get(0), (String) e.get(1),
                        TimelineEvent.Kind.valueOf((String) e.get(2)), (String) e.get(3), (String) e.get(4)));
            }
            failures.add(new FailureRecord(s(f, "case"), (Long) f.get("seed"), s(f, "outcome"),
                    (String) f.get("traceHash"), s(f, "replay"), s(f, "message"), edges(f.get("cycle")),
                    edges(f.get("waits")), strings(f.get("variants")), timeline));
        }
        return new RuleEntry(s(r, "suite"), ((Long) r.get("order")).intValue(), rule, cases, judged, failures);
    }

    private static List<WaitEdge> edges(Object o) {
        List<WaitEdge> out = new ArrayList<>();
        for (Object x : list(o)) {
            Map<String, Object> e = map(x);
            out.add(new WaitEdge(s(e, "task"), s(e, "context"), texts(e.get("held")), WaitKind.valueOf(s(e, "kind")),
                    s(e, "object"), s(e, "class"), texts(e.get("waitsFor")), texts(e.get("stack"))));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    private static List<String> texts(Object o) {
        return list(o).stream().map(String.class::cast).toList();
    }

    private static Map<String, String> strings(Object o) {
        Map<String, String> out = new LinkedHashMap<>();
        map(o).forEach((k, v) -> out.put(k, (String) v));
        return out;
    }

    private static String s(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? "" : (String) v;
    }
}
