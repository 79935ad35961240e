package org.reclaimtck.ref.swap;

import org.reclaimtck.ref.block.BlockLayerCore;
import org.reclaimtck.ref.mm.AnonFolio;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.vmscan.Pgdat;
import org.reclaimtck.spi.block.Bio;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * Swap I/O through the block layer: models {@code swap_writepage} / {@code __swap_writepage} and
 * {@code swap_read_folio} of {@code mm/page_io.c}: a write bio whose completion ({@code end_swap_bio_write}) ends the
 * folio's writeback with the PG_reclaim rotation (K-VMSCAN-7), and a read bio the faulting task waits for, a traced
 * I/O wait on {@code bio:<device>}.
 */
final class SwapIo {
    private final SimRuntime rt;
    private final BlockLayerCore block;
    private final Pgdat pgdat;

    SwapIo(SimRuntime rt, BlockLayerCore block, Pgdat pgdat) {
        this.rt = rt;
        this.block = block;
        this.pgdat = pgdat;
    }

    /** {@code swap_writepage}: the locked, dirty folio goes under writeback, is unlocked, and its bio is submitted. */
    void writepage(SwapInfo si, AnonFolio folio, String owner) {
        long slot = folio.swapEntry();
        folio.setWriteback();
        pgdat.stat().writeback++;
        folio.unlock();
        rt.trace(new TraceEvent.SwapOut(rt.clock().nanos(), rt.contextComm(), si.device().name(), slot, owner));
        Bio bio = block.bioAlloc(si.device(), BioOp.WRITE, slot * SwapInfo.PAGE_SECTORS);
        block.bioAddFolio(bio, folio);
        bio.setEndIo(b -> {
            // end_swap_bio_write → folio_end_writeback
            folio.clearWriteback();
            pgdat.stat().writeback--;
            pgdat.stat().written++;
            pgdat.folioEndWriteback(folio);
        });
        block.submitBio(bio);
    }

    /** {@code swap_read_folio} with {@code synchronous}: the caller waits for the read bio; returns its status. */
    int readFolio(SwapInfo si, long slot) {
        rt.trace(new TraceEvent.SwapIn(rt.clock().nanos(), rt.contextComm(), si.device().name(), slot));
        Bio bio = block.bioAlloc(si.device(), BioOp.READ, slot * SwapInfo.PAGE_SECTORS);
        return block.submitBioWait(bio);
    }
}
