package org.reclaimtck.tck.providers;

import java.util.concurrent.CountDownLatch;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.RunResult;

/** run() never returns and ignores abort() and interrupts: only the kit's watchdog can get the build past it. */
public final class HangingProvider extends ForwardingProvider {
    public HangingProvider() {
        super("hanging");
    }

    @Override
    protected Kernel wrap(Kernel kernel) {
        return new ForwardingKernel(kernel) {
            @Override
            public RunResult run() {
                CountDownLatch never = new CountDownLatch(1);
                while (true) {
                    try {
                        never.await();
                    } catch (InterruptedException ignored) {
                        // a hung kernel does not notice
                    }
                }
            }
        };
    }
}
