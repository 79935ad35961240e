package org.reclaimtck.spi.gfp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class GfpTest {
    @Test
    void compositesAreTheKernelsBits() {
        assertThat(Gfp.GFP_KERNEL).isEqualTo(Gfp.parse("__GFP_DIRECT_RECLAIM|__GFP_KSWAPD_RECLAIM|__GFP_IO|__GFP_FS"));
        assertThat(Gfp.GFP_NOFS).isEqualTo(Gfp.GFP_KERNEL.andNot(Gfp.__GFP_FS));
        assertThat(Gfp.GFP_NOIO).isEqualTo(Gfp.GFP_KERNEL.andNot(Gfp.__GFP_IO).andNot(Gfp.__GFP_FS));
        assertThat(Gfp.GFP_NOWAIT).isEqualTo(Gfp.__GFP_KSWAPD_RECLAIM.or(Gfp.__GFP_NOWARN));
        assertThat(Gfp.GFP_ATOMIC).isEqualTo(Gfp.__GFP_HIGH.or(Gfp.__GFP_KSWAPD_RECLAIM));
        assertThat(Gfp.GFP_NOWAIT.allowsBlocking()).isFalse();
        assertThat(Gfp.GFP_NOIO.allowsBlocking()).isTrue();
    }

    @Test
    void printsLikeTheKernel() {
        assertThat(Gfp.GFP_NOFS.or(Gfp.__GFP_NOFAIL)).hasToString("GFP_NOFS|__GFP_NOFAIL");
        assertThat(Gfp.GFP_KERNEL.or(Gfp.__GFP_NOWARN)).hasToString("GFP_KERNEL|__GFP_NOWARN");
        assertThat(Gfp.GFP_NOIO.or(Gfp.__GFP_NORETRY).or(Gfp.__GFP_NOMEMALLOC))
                .hasToString("GFP_NOIO|__GFP_NORETRY|__GFP_NOMEMALLOC");
        assertThat(Gfp.GFP_NOWAIT).hasToString("GFP_NOWAIT");
        assertThat(Gfp.__GFP_DIRECT_RECLAIM).hasToString("__GFP_DIRECT_RECLAIM");
        assertThat(Gfp.NONE).hasToString("none");
    }

    @Test
    void unknownFlagIsNamed() {
        assertThatThrownBy(() -> Gfp.parse("GFP_NOFS|__GFP_BOGUS"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown gfp flag '__GFP_BOGUS' in 'GFP_NOFS|__GFP_BOGUS'");
        assertThatThrownBy(() -> Gfp.parse(" ")).hasMessageContaining("empty gfp mask");
    }

    @Property
    void parseReadsBackWhatToStringPrints(@ForAll("masks") Gfp mask) {
        assertThat(Gfp.parse(mask.toString())).isEqualTo(mask);
    }

    @Provide
    Arbitrary<Gfp> masks() {
        return Arbitraries.of(Gfp.knownNames()).list().ofMaxSize(6)
                .map(names -> names.stream().map(Gfp::parse).reduce(Gfp.NONE, Gfp::or));
    }
}
