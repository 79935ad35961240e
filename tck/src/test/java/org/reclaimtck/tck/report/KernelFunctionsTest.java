package org.reclaimtck.tck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.spi.trace.WaitKind;

/** The model-frame to kernel-function mapping: every entry names a real method of the reference, and labels read right. */
class KernelFunctionsTest {
    private static final JavaClasses REFERENCE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.reclaimtck.ref");

    @Test
    void everyMappedFrameIsAMethodOfTheReference() {
        Map<String, Set<String>> methods = REFERENCE.stream().collect(Collectors.groupingBy(
                c -> c.getSimpleName().isEmpty() ? c.getName() : topLevel(c).getSimpleName(),
                Collectors.flatMapping(c -> c.getMethods().stream().map(m -> m.getName()
                        .replaceAll("lambda\\$(\\w+)\\$\\d+", "$1")), Collectors.toSet())));
        assertThat(KernelFunctions.all()).hasSizeGreaterThan(80);
        KernelFunctions.all().forEach((frame, kernel) -> {
            String cls = frame.substring(0, frame.indexOf('.'));
            String method = frame.substring(frame.indexOf('.') + 1);
            assertThat(methods).as(frame + ": class").containsKey(cls);
            if (!method.equals("run")) { // Kswapd.run: the Runnable of a method reference (this::loop) in a kthread
                assertThat(methods.get(cls)).as(frame + " (mapped to " + kernel + ")").contains(method);
            }
            assertThat(kernel).as(frame).matches("[a-z_][a-z0-9_]*");
        });
    }

    @Test
    void theStackSharingPartsOfTheReferenceAreCovered() {
        for (String frame : List.of("BufioShrinker.scanObjects", "DmBufio.writeAndWait", "Vmscan.doTryToFreePages",
                "Vmscan.shrinkNode", "ShrinkerList.doShrinkSlab", "Kswapd.balancePgdat", "PageAlloc.slowpath",
                "LoopDevice.handle", "BlockLayerCore.submitBioWait", "Xfs.transStart", "JournalLog.reserve",
                "VfsFile.write", "SuperCacheShrinker.scanObjects", "InodeCache.prune")) {
            assertThat(KernelFunctions.of(frame)).as(frame).isPresent();
        }
    }

    @Test
    void labelsPutTheKernelNameFirstAndLeaveOthersAlone() {
        assertThat(KernelFunctions.label("BufioShrinker.scanObjects"))
                .isEqualTo("dm_bufio_shrink_scan (BufioShrinker.scanObjects)");
        assertThat(KernelFunctions.label("Vmscan.doTryToFreePages"))
                .isEqualTo("do_try_to_free_pages (Vmscan.doTryToFreePages)");
        assertThat(KernelFunctions.label("StorageTasks.run")).isEqualTo("StorageTasks.run");
        WaitEdge e = new WaitEdge("kswapd0", "", List.of(), WaitKind.MUTEX, "m", "m", List.of(),
                List.of("DmBufio.writeAndWait", "Acme.thing"));
        assertThat(KernelFunctions.label(List.of(e)).get(0).stack())
                .containsExactly("__make_buffer_clean (DmBufio.writeAndWait)", "Acme.thing");
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass t = c;
        while (t.getEnclosingClass().isPresent()) {
            t = t.getEnclosingClass().get();
        }
        return t;
    }
}
