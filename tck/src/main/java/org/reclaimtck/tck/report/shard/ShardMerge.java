package org.reclaimtck.tck.report.shard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.reclaimtck.tck.report.Certificate;
import org.reclaimtck.tck.report.CertificateInfo;
import org.reclaimtck.tck.report.FailureRecord;
import org.reclaimtck.tck.report.PolicyTable;
import org.reclaimtck.tck.report.ResultCollector;
import org.reclaimtck.tck.report.RuleRecord;
import org.reclaimtck.tck.report.RunInfo;
import org.reclaimtck.tck.report.SummaryTable;

/**
 * Merges the report directories of the shard runs {@code reclaimtck.shard=1/n .. n/n} into one: report.json,
 * report.md, report.html, the badges, ledger.json and certificate.json, as the unsharded run writes them (the
 * certificate equal to it but for {@code issued}). The shards must be all n of one split, of the same kit, provider
 * and parameters. Run as {@code java -cp <the kit's test class path> org.reclaimtck.tck.report.shard.ShardMerge
 * <into> <shard dir>...}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ShardMerge {
    static final String SHARD_PARAMETER = "reclaimtck.shard";

    private ShardMerge() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: ShardMerge <into dir> <shard report dir>...  (merges reclaimtck.shard runs)");
            System.exit(2);
        }
        List<Path> shards = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            shards.add(Path.of(args[i]));
        }
        try {
            Merged m = run(Path.of(args[0]), shards);
            List<Path> written = m.written();
            System.out.println(SummaryTable.render(m.info(), m.records()));
            System.out.println("reclaim-tck: merged " + shards.size() + " shards into " + Path.of(args[0])
                    .toAbsolutePath().normalize() + ": " + String.join(", ", written.stream()
                    .map(p -> p.getFileName().toString()).toList()));
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("reclaim-tck merge: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Merges {@code shardDirs} into {@code into}; returns the files written.
     *
     * @throws IllegalArgumentException if the shards are not one complete split of one run (one line saying why)
     */
    public static List<Path> merge(Path into, List<Path> shardDirs) throws IOException {
        return run(into, shardDirs).written();
    }

    private record Merged(RunInfo info, List<RuleRecord> records, List<Path> written) {
    }

    private static Merged run(Path into, List<Path> shardDirs) throws IOException {
        List<Ledger> ledgers = new ArrayList<>();
        for (Path d : shardDirs) {
            ledgers.add(Ledger.read(d));
        }
        check(ledgers);
        Ledger first = ledgers.get(0);
        List<RuleRecord> records = combine(ledgers);
        RunInfo info = first.info().withScope(unsharded(first.info().scope()))
                .withRuntime(first.info().jdk(), duration(ledgers));
        CertificateInfo c = first.certificate();
        Map<String, String> params = new LinkedHashMap<>(c.parameters());
        params.remove(SHARD_PARAMETER);
        CertificateInfo merged = new CertificateInfo(c.tckSha256(), c.providerKey(), c.providerClass(),
                c.providerSha256(), c.jdk(), params, c.verifyCommand().replaceAll(" -D" + SHARD_PARAMETER + "=\\S+", ""));
        Files.createDirectories(into);
        Map<String, Integer> order = new TreeMap<>();
        ledgers.forEach(l -> l.rules().forEach(r -> order.put(r.rule().id(), r.order())));
        List<Path> written = new ArrayList<>(RunOutputs.write(into, info, merged, records, policyTables(ledgers), Shard.all(),
                id -> order.getOrDefault(id, Integer.MAX_VALUE)));
        written.add(Files.writeString(into.resolve(Certificate.FILE), Certificate.render(info, merged, records,
                Instant.now().truncatedTo(ChronoUnit.SECONDS)), StandardCharsets.UTF_8));
        return new Merged(info, records, written);
    }

    private static void check(List<Ledger> ledgers) {
        Ledger first = ledgers.get(0);
        int n = first.shard().count();
        TreeSet<Integer> seen = new TreeSet<>();
        for (Ledger l : ledgers) {
            if (l.shard().count() != n) {
                throw new IllegalArgumentException(l.dir() + " is shard " + l.shard() + ", not one of " + n
                        + " like " + first.dir() + " (" + first.shard() + ")");
            }
            if (!seen.add(l.shard().index())) {
                throw new IllegalArgumentException("shard " + l.shard() + " is given twice (" + l.dir() + ")");
            }
            String why = sameRun(first, l);
            if (!why.isEmpty()) {
                throw new IllegalArgumentException(l.dir() + " is not a shard of the same run as " + first.dir()
                        + ": " + why);
            }
        }
        if (seen.size() != n) {
            List<String> missing = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                if (!seen.contains(i)) {
                    missing.add(i + "/" + n);
                }
            }
            throw new IllegalArgumentException("shard" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                    + " missing: merge all " + n + " shards of the split");
        }
    }

    /** Empty if {@code b} ran the same kit, provider and parameters as {@code a}; else what differs. */
    private static String sameRun(Ledger a, Ledger b) {
        CertificateInfo x = a.certificate();
        CertificateInfo y = b.certificate();
        if (!x.tckSha256().equals(y.tckSha256())) {
            return "another kit build (sha256 " + y.tckSha256() + ", not " + x.tckSha256() + ")";
        }
        if (!x.providerKey().equals(y.providerKey()) || !x.providerSha256().equals(y.providerSha256())) {
            return "another provider (" + y.providerKey() + " sha256 " + y.providerSha256() + ")";
        }
        Map<String, String> px = new LinkedHashMap<>(x.parameters());
        Map<String, String> py = new LinkedHashMap<>(y.parameters());
        px.remove(SHARD_PARAMETER);
        py.remove(SHARD_PARAMETER);
        return px.equals(py) ? "" : "other parameters (" + py + ", not " + px + ")";
    }

    /** The shards' rules as one run's: each rule's cases, judged seeds and failures added up, in report order. */
    private static List<RuleRecord> combine(List<Ledger> ledgers) {
        Map<String, List<Ledger.RuleEntry>> byRule = new LinkedHashMap<>();
        for (Ledger l : ledgers) {
            for (Ledger.RuleEntry r : l.rules()) {
                byRule.computeIfAbsent(r.suite() + "\u0000" + r.rule().id(), k -> new ArrayList<>()).add(r);
            }
        }
        List<List<Ledger.RuleEntry>> ordered = new ArrayList<>(byRule.values());
        ordered.sort(Comparator.<List<Ledger.RuleEntry>, String>comparing(l -> l.get(0).suite())
                .thenComparingInt(l -> l.get(0).order()));
        ResultCollector results = new ResultCollector();
        for (List<Ledger.RuleEntry> entries : ordered) {
            Ledger.RuleEntry head = entries.get(0);
            results.rule(head.suite(), head.rule());
            Map<String, List<Ledger.CaseEntry>> cases = new TreeMap<>();
            List<FailureRecord> failures = new ArrayList<>();
            for (Ledger.RuleEntry e : entries) {
                e.cases().forEach(c -> cases.computeIfAbsent(c.caseId(), k -> new ArrayList<>()).add(c));
                failures.addAll(e.failures());
                e.judged().forEach(j -> results.judged(head.suite(), head.rule(), j));
            }
            failures.sort(Comparator.comparing(FailureRecord::caseId).thenComparingLong(FailureRecord::seed));
            for (Map.Entry<String, List<Ledger.CaseEntry>> c : cases.entrySet()) {
                long passed = 0;
                for (Ledger.CaseEntry e : c.getValue()) {
                    passed += e.run() - e.failed();
                    if (e.status().equals("NOT_APPLICABLE")) {
                        results.notApplicable(head.suite(), head.rule(), c.getKey(), e.reason());
                    } else if (e.status().equals("SKIPPED") && !e.reason().isEmpty()) {
                        results.skipped(head.suite(), head.rule(), c.getKey(), e.reason());
                    }
                }
                for (long i = 0; i < passed; i++) {
                    results.passed(head.suite(), head.rule(), c.getKey());
                }
                failures.stream().filter(f -> f.caseId().equals(c.getKey()))
                        .forEach(f -> results.failed(head.suite(), head.rule(), f));
            }
        }
        return results.records();
    }

    /** Each case's policy comparison with the runs of every shard, by case id (as the unsharded run orders them). */
    private static List<PolicyTable> policyTables(List<Ledger> ledgers) {
        Map<String, PolicyTable> byCase = new TreeMap<>();
        ledgers.forEach(l -> l.policyTables().forEach(t -> byCase.merge(t.caseId(), t, PolicyTable::merge)));
        return List.copyOf(byCase.values());
    }

    /** {@code 41.2 s (the longest of 4 shards; 150.3 s in all)}. */
    private static String duration(List<Ledger> ledgers) {
        double max = 0;
        double sum = 0;
        for (Ledger l : ledgers) {
            String d = l.info().duration().replace(" s", "").trim();
            try {
                double s = Double.parseDouble(d);
                max = Math.max(max, s);
                sum += s;
            } catch (NumberFormatException e) {
                return "";
            }
        }
        return String.format(Locale.ROOT, "%.1f s (the longest of %d shards; %.1f s in all)", max, ledgers.size(), sum);
    }

    /** A shard's scope ({@code shard: 2/4}) is gone once the shards are merged; a filtered scope stays. */
    private static String unsharded(String scope) {
        return scope.startsWith("shard:") ? "" : scope;
    }
}
