package org.reclaimtck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.tck.providers.CycleBlindProvider;
import org.reclaimtck.tck.report.CodeSourceHash;
import org.reclaimtck.tck.testkit.TckRun;

/** certificate.json names the kit, the provider, the JDK, the parameters and every judged (case, seed, trace hash). */
class CertificateTest {
    private static final Pattern PROPERTY = Pattern.compile("-D(reclaimtck\\.[a-z.]+)=(\\S+)");
    private static final Pattern SHA256 = Pattern.compile("\"sha256\": \"[0-9a-f]{64}\"");
    private static final Pattern JUDGED = Pattern.compile(
            "\\{\"case\": \"runtime/abba-random\", \"seed\": \\d+, \"status\": \"(pass|fail)\", \"traceHash\": \"[0-9a-f]+\"}");

    private static EngineExecutionResults run(String name) {
        return TckRun.named(name).provider(CycleBlindProvider.class).param("reclaimtck.case", "runtime/abba-random")
                .param("reclaimtck.seeds", "12").execute();
    }

    private static String certificate(String name) throws IOException {
        return Files.readString(TckRun.named(name).reportDir().resolve("certificate.json"));
    }

    @Test
    void certificateNamesTheRunAndEveryJudgedSeed() throws IOException {
        EngineExecutionResults r = run("certificate-fields");
        String c = certificate("certificate-fields");

        assertThat(c).contains("\"certificate\": \"reclaim-tck conformance certificate\"", "\"issued\": \"",
                "\"tck\": {\"name\": \"reclaim-tck\", \"version\": \"" + TckVersion.get() + "\", \"sha256\": \""
                        + CodeSourceHash.of(ReclaimTckEngine.class) + "\"}",
                "\"provider\": {\"name\": \"cycle-blind\", \"version\": ",
                "\"key\": \"" + CycleBlindProvider.class.getName() + "\"",
                "\"java.version\": \"" + System.getProperty("java.version") + "\"",
                "\"java.vm.name\": \"" + System.getProperty("java.vm.name") + "\"", "\"runnerThread\": \"platform\"",
                "\"reclaimtck.seeds\": \"1..12\"", "\"reclaimtck.rules\": \"all\"",
                "\"reclaimtck.case\": \"runtime/abba-random\"", "\"reclaimtck.variant\": \"none\"",
                "\"command\": \"mvn -B verify -Pconformance -Dreclaimtck.provider=" + CycleBlindProvider.class.getName()
                        + " -Dreclaimtck.seeds=12 -Dreclaimtck.case=runtime/abba-random\"",
                "\"id\": \"RT-2\", \"status\": \"fail\"", "\"status\": \"fail\", \"traceHash\": \"");
        assertThat(SHA256.matcher(c).results().count()).isEqualTo(2);
        assertThat(CodeSourceHash.of(ReclaimTckEngine.class)).matches("[0-9a-f]{64}");
        // one judged entry per seed node that ran, each with its trace hash
        assertThat(JUDGED.matcher(c).results().count()).isEqualTo(r.testEvents().started().count()).isPositive();
    }

    @Test
    void theVerifyCommandReproducesTheCertificate() throws IOException {
        run("certificate-first");
        String first = certificate("certificate-first");
        Matcher command = Pattern.compile("\"command\": \"([^\"]+)\"").matcher(first);
        assertThat(command.find()).isTrue();

        TckRun again = TckRun.named("certificate-again");
        Matcher m = PROPERTY.matcher(command.group(1));
        while (m.find()) {
            again.param(m.group(1), m.group(2));
        }
        again.execute();

        assertThat(withoutIssued(certificate("certificate-again"))).isEqualTo(withoutIssued(first));
    }

    @Test
    void aRunThatJudgesNothingWritesNoCertificate() throws IOException {
        TckRun run = TckRun.named("certificate-none").provider(CycleBlindProvider.class)
                .param("reclaimtck.list", "variants");
        Path file = run.reportDir().resolve("certificate.json");
        Files.createDirectories(run.reportDir());
        run.execute();
        assertThat(file).doesNotExist();
    }

    @Test
    void aClassesDirectoryIsHashedInPathOrder() throws IOException {
        Path dir = Files.createTempDirectory("codesource");
        Files.createDirectories(dir.resolve("b"));
        Files.write(dir.resolve("b/B.class"), new byte[] {1, 2});
        Files.write(dir.resolve("A.class"), new byte[] {3});
        Files.writeString(dir.resolve("notes.txt"), "ignored");
        String h = CodeSourceHash.of(dir);
        Files.writeString(dir.resolve("notes.txt"), "still ignored");
        assertThat(CodeSourceHash.of(dir)).isEqualTo(h).matches("[0-9a-f]{64}");
        Files.write(dir.resolve("A.class"), new byte[] {4});
        assertThat(CodeSourceHash.of(dir)).isNotEqualTo(h);
    }

    private static String withoutIssued(String certificate) {
        return certificate.lines().filter(l -> !l.startsWith("  \"issued\": ")).collect(Collectors.joining("\n"));
    }
}
