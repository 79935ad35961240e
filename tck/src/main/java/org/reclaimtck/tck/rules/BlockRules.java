package org.reclaimtck.tck.rules;

import java.util.List;
import org.apiguardian.api.API;

/** A block device's contract, BLK-n (block/bio.c, drivers/block, drivers/md), checked by the {@code block-device} suite. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class BlockRules {
    private BlockRules() {
    }

    public static final Rule BLK_1 = new Rule(RuleIds.BLK_1, RuleLevel.MUST, "a bio completes exactly once",
            "Every bio submitted to a block device MUST be completed (bio_endio) exactly once, after its submission,"
                    + " before the run ends.",
            "block/bio.c bio_endio, submit_bio_wait; include/trace/events/block.h");

    public static final Rule BLK_2 = new Rule(RuleIds.BLK_2, RuleLevel.MUST, "completion attributed to its completer",
            "Every completion of a bio MUST name the context that ran bio_endio: softirq or a task of the run that has"
                    + " not exited.",
            "block/bio.c bio_endio; include/trace/events/block.h block_bio_complete");

    public static final Rule BLK_3 = new Rule(RuleIds.BLK_3, RuleLevel.MUST, "stacked bios complete after their clones",
            "A bio of a device that sits on other devices MUST complete only after a bio it submitted below, after its"
                    + " own submission, has completed: the data is where the bio says only once the device below has"
                    + " it.",
            "drivers/md/dm.c clone_endio, drivers/block/loop.c lo_rw_aio_complete; block/bio.c bio_chain");

    public static final Rule BLK_4 = new Rule(RuleIds.BLK_4, RuleLevel.MUST, "a second bio_endio is a BUG",
            "The block layer MUST refuse a second bio_endio of a bio that has ended: the run ends as an implementation"
                    + " error (a BUG) of the context that called it, and neither the completion nor the waiter's wake-up"
                    + " happens twice.",
            "block/bio.c bio_endio, bio_remaining_done (BUG_ON for a chained bio already ended); a plain bio ended twice"
                    + " is a use-after-free that KASAN reports");

    public static final Rule BLK_5 = new Rule(RuleIds.BLK_5, RuleLevel.MUST, "completion traced in the context that ran it",
            "The block layer MUST trace each bio_endio (block_bio_complete) with the context that called it: the task"
                    + " (a driver's worker thread) or softirq (a timer callback, the completion interrupt).",
            "block/bio.c bio_endio; include/trace/events/block.h block_bio_complete; every trace event records current"
                    + " (common_pid, comm) or the softirq context");

    static final List<Rule> ALL = List.of(BLK_1, BLK_2, BLK_3, BLK_4, BLK_5);
}
