package org.reclaimtck.tck.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reclaimtck.tck.arch.fixture.model.CleanModel;
import org.reclaimtck.tck.arch.fixture.model.SynchronizedBlock;
import org.reclaimtck.tck.arch.fixture.model.SynchronizedMethod;

class MonitorEnterScannerTest {

    @Test
    void findsSynchronizedBlocksButNotSynchronizedMethods() throws IOException {
        List<MonitorEnterScanner.MonitorEnter> found = scan(SynchronizedBlock.class);
        assertThat(found).extracting(MonitorEnterScanner.MonitorEnter::method)
                .containsExactly("afterSwitches(II)I", "lambda$inLambda$0()V");
        assertThat(found).extracting(MonitorEnterScanner.MonitorEnter::javaSignature)
                .containsExactly("afterSwitches(int, int)", "lambda$inLambda$0()");
        assertThat(found).allSatisfy(m -> assertThat(m.line()).isPositive());
        assertThat(scan(SynchronizedMethod.class)).isEmpty(); // ACC_SYNCHRONIZED, no monitorenter
        assertThat(scan(CleanModel.class)).isEmpty();
    }

    /** Decodes every class of the running JDK's java.base without error: the instruction walk is complete. */
    @Test
    void readsEveryClassOfJavaBase() throws IOException {
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        List<Path> classes;
        try (Stream<Path> files = Files.walk(jrt.getPath("/modules/java.base"))) {
            classes = files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList());
        }
        assertThat(classes).hasSizeGreaterThan(1000);
        int withBlocks = 0;
        for (Path c : classes) {
            if (!MonitorEnterScanner.find(Files.readAllBytes(c)).isEmpty()) {
                withBlocks++;
            }
        }
        assertThat(withBlocks).isGreaterThan(10);
        assertThat(MonitorEnterScanner.find(
                Files.readAllBytes(jrt.getPath("/modules/java.base/java/util/Collections$SynchronizedCollection.class"))))
                .extracting(MonitorEnterScanner.MonitorEnter::javaSignature)
                .contains("size()", "add(java.lang.Object)", "toArray(java.lang.Object[])");
    }

    private static List<MonitorEnterScanner.MonitorEnter> scan(Class<?> c) throws IOException {
        try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
            return MonitorEnterScanner.find(in);
        }
    }
}
