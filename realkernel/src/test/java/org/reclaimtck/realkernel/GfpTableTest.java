package org.reclaimtck.realkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reclaimtck.spi.gfp.Gfp;

/** The gfp table comes from the committed {@code kmem/mm_page_alloc} format file of Debian's 6.1 kernel. */
class GfpTableTest {
    private final KernelGfp gfp = KernelGfp.fromResources();

    @Test
    void theFormatsOwnTableGivesSixOneValues() {
        assertThat(gfp.table().value("GFP_KERNEL")).isEqualTo(0xcc0);
        assertThat(gfp.table().value("GFP_NOFS")).isEqualTo(0xc40);
        assertThat(gfp.table().value("GFP_NOIO")).isEqualTo(0xc00);
        assertThat(gfp.table().value("__GFP_IO")).isEqualTo(0x40);
        assertThat(gfp.table().value("__GFP_FS")).isEqualTo(0x80);
        assertThat(gfp.table().names()).startsWith("GFP_TRANSHUGE", "GFP_TRANSHUGE_LIGHT", "GFP_HIGHUSER_MOVABLE");
    }

    @Test
    void decodesAsTheKernelPrintsAndMapsToTheSpi() {
        assertThat(gfp.text(0x140cca)).isEqualTo("GFP_HIGHUSER_MOVABLE|__GFP_COMP");
        assertThat(gfp.bits("GFP_NOIO|__GFP_NOWARN|__GFP_NORETRY|__GFP_RECLAIMABLE")).isEqualTo(0xc00 | 0x2000 | 0x10000 | 0x10);
        assertThat(gfp.spi(0xc40)).isEqualTo(Gfp.GFP_NOFS);
        assertThat(gfp.spi("GFP_KERNEL|__GFP_ZEROTAGS")).isEqualTo(Gfp.GFP_KERNEL);
        assertThat(gfp.bits("0xcc0")).isEqualTo(0xcc0);
        assertThat(gfp.gfpClass(0xc40 | 0x2000)).isEqualTo("GFP_NOFS");
    }

    @Test
    void anUnknownNameIsAnError() {
        assertThatThrownBy(() -> gfp.bits("GFP_NOFS|__GFP_BOGUS")).hasMessageContaining("__GFP_BOGUS");
    }

    @Test
    void constantExpressionsOfTheFormatFiles() {
        assertThat(ConstExpr.eval("( unsigned long)(((( gfp_t)(0x400u|0x800u)) | (( gfp_t)0x40u)) & ~(( gfp_t)0x400u))"))
                .isEqualTo(0x840);
        assertThat(ConstExpr.eval("(1UL << 3) | 0x01u")).isEqualTo(9);
    }
}
