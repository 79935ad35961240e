package org.reclaimtck.spi.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A stack is data: parts by role and type name, each sitting on parts added before it. */
class StackSpecTest {
    @Test
    void theBuiltInShorthandsAreGenericPartsOfTheReferencesTypes() {
        StackSpec s = StackSpec.builder().disk("vda", 1024, 4, 100).mkfs("A", "vda", 16, 64).file("A", "/img", 8)
                .losetup("loop0", "A", "/img").dmLinear("dm-0", "loop0").dmBufio("bufio0", "dm-0", 32).build();

        assertThat(s.parts()).extracting(StackPart::type)
                .containsExactly("disk", "xfs", "file", "loop", "dm-linear", "dm-bufio");
        assertThat(s.parts()).extracting(StackPart::role).containsExactly(StackPart.Role.BLOCK_DEVICE,
                StackPart.Role.FILESYSTEM, StackPart.Role.FILE, StackPart.Role.BLOCK_DEVICE,
                StackPart.Role.BLOCK_DEVICE, StackPart.Role.MODULE);
        assertThat(s.parts().get(3).below()).containsExactly("A:/img");
        assertThat(s.parts().get(1).options()).containsEntry("log-units", "16").containsEntry("max-inodes", "64");
        assertThat(s.describe()).contains("losetup /dev/loop0 A:/img", "mkfs -t xfs -L A /dev/vda");
    }

    @Test
    void aUsersTypesAreNamedByString() {
        StackSpec s = StackSpec.builder().disk("vda", 1024, 4, 100)
                .blockDevice("acmeblk", "acmeblk0", Map.of("depth", "4"), "vda")
                .mkfs("acmefs", "B", "acmeblk0", Map.of())
                .module("acme-cache", "acme0", Map.of(), "B").build();

        assertThat(s.parts()).extracting(StackPart::type).containsExactly("disk", "acmeblk", "acmefs", "acme-cache");
        assertThat(s.parts().get(3).below()).isEqualTo(List.of("B"));
        assertThat(s.parts().get(1).command()).isEqualTo("modprobe acmeblk && acmeblk /dev/acmeblk0 on vda -o depth=4");
    }

    @Test
    void aPartMustSitOnSomethingAddedBeforeIt() {
        assertThatThrownBy(() -> StackSpec.builder().mkfs("acmefs", "B", "nvme0", Map.of()))
                .hasMessage("no block device 'nvme0' below 'B' (add it first)");
        assertThatThrownBy(() -> StackSpec.builder().disk("vda", 1, 1, 1).losetup("loop0", "A", "/img"))
                .hasMessage("no filesystem 'A' below 'loop0' (add it first)");
        assertThatThrownBy(() -> StackSpec.builder().module("acme-cache", "c0", Map.of(), "B"))
                .hasMessage("no block device or filesystem 'B' below 'c0' (add it first)");
        assertThatThrownBy(() -> StackSpec.builder().disk("vda", 1, 1, 1).disk("vda", 1, 1, 1))
                .hasMessage("stack part 'vda' defined twice");
        assertThatThrownBy(() -> StackSpec.builder().blockDevice(" ", "x", Map.of()))
                .hasMessage("a stack part needs a type");
    }
}
