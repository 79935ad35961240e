package org.reclaimtck.ref.kernel;

import java.util.LinkedHashMap;
import java.util.Map;
import org.reclaimtck.ref.block.BlockDev;
import org.reclaimtck.ref.block.BlockLayer;
import org.reclaimtck.ref.block.Disk;
import org.reclaimtck.ref.block.DmBufio;
import org.reclaimtck.ref.block.DmLinear;
import org.reclaimtck.ref.block.LoopDevice;
import org.reclaimtck.ref.fs.JournalFs;
import org.reclaimtck.ref.mm.PageAlloc;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.vmscan.FileLru;
import org.reclaimtck.ref.vmscan.ShrinkerList;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.block.BufioClient;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.Storage;
import org.reclaimtck.spi.stack.StackPart;
import org.reclaimtck.spi.stack.StackSpec;

/** Builds a {@link StackSpec} from the reference parts, as mkfs, losetup and dmsetup would, and looks parts up. */
final class ReferenceStorage implements Storage {
    private final StackSpec spec;
    private final Map<String, BlockDev> devices = new LinkedHashMap<>();
    private final Map<String, JournalFs> filesystems = new LinkedHashMap<>();
    private final Map<String, DmBufio> clients = new LinkedHashMap<>();

    ReferenceStorage(MachineSpec machine, SimRuntime rt, PageAlloc pages, ShrinkerList shrinkers, FileLru lru) {
        this.spec = machine.stack();
        Map<String, String> variants = machine.variants();
        BlockLayer layer = new BlockLayer();
        for (StackPart part : spec.parts()) {
            if (part instanceof StackPart.Disk) {
                StackPart.Disk d = (StackPart.Disk) part;
                devices.put(d.name(), new Disk(rt, layer, d.name(), d.queueDepth(), d.latencyMicros()));
            } else if (part instanceof StackPart.Filesystem) {
                StackPart.Filesystem f = (StackPart.Filesystem) part;
                JournalFs fs = new JournalFs(rt, pages, lru, f.name(), devices.get(f.device()), f.logUnits(), f.maxInodes(),
                        ReferenceVariants.selected(variants, JournalFs.PART));
                fs.start();
                shrinkers.registerShrinker(fs.shrinker());
                filesystems.put(f.name(), fs);
            } else if (part instanceof StackPart.Loop) {
                StackPart.Loop l = (StackPart.Loop) part;
                LoopDevice loop = new LoopDevice(rt, layer, l.name(), filesystems.get(l.fs()).file(l.file()), pages,
                        ReferenceVariants.selected(variants, LoopDevice.PART));
                loop.start();
                devices.put(l.name(), loop);
            } else if (part instanceof StackPart.DmLinear) {
                StackPart.DmLinear l = (StackPart.DmLinear) part;
                devices.put(l.name(), new DmLinear(rt, layer, l.name(), devices.get(l.device())));
            } else if (part instanceof StackPart.DmBufio) {
                StackPart.DmBufio b = (StackPart.DmBufio) part;
                DmBufio client = new DmBufio(rt, pages, b.name(), devices.get(b.device()), b.maxBuffers(),
                        ReferenceVariants.selected(variants, DmBufio.PART));
                shrinkers.registerShrinker(client.shrinker());
                clients.put(b.name(), client);
            }
            // StackPart.BackingFile: files are created on demand by the filesystem
        }
    }

    @Override
    public StackSpec spec() {
        return spec;
    }

    @Override
    public BlockDevice blockDevice(String name) {
        return lookup(devices, name, "block device");
    }

    @Override
    public SuperBlock superBlock(String label) {
        return lookup(filesystems, label, "filesystem");
    }

    @Override
    public BufioClient bufioClient(String name) {
        return lookup(clients, name, "dm-bufio client");
    }

    private static <T> T lookup(Map<String, T> parts, String name, String what) {
        T part = parts.get(name);
        if (part == null) {
            throw new IllegalArgumentException("no " + what + " '" + name + "' in this stack (have " + parts.keySet()
                    + ")");
        }
        return part;
    }
}
