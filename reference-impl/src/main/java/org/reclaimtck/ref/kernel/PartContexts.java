package org.reclaimtck.ref.kernel;

import java.util.List;
import java.util.Map;
import org.reclaimtck.ref.journal.JournalLog;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.vfs.VfsSuper;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.fs.Journal;
import org.reclaimtck.spi.fs.OpenFile;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.part.BlockDriverContext;
import org.reclaimtck.spi.part.FsContext;
import org.reclaimtck.spi.part.KernelServices;
import org.reclaimtck.spi.part.ModuleContext;
import org.reclaimtck.spi.part.PartContext;

/** The contexts the reference creates its parts with: {@code probe}'s, {@code fill_super}'s and {@code module_init}'s. */
final class PartContexts {
    private PartContexts() {
    }

    /** Name, variant, options and services, common to every part. */
    static class Base implements PartContext {
        private final String name;
        private final String variant;
        private final Map<String, String> options;
        private final KernelServices kernel;

        Base(String name, String variant, Map<String, String> options, KernelServices kernel) {
            this.name = name;
            this.variant = variant;
            this.options = options;
            this.kernel = kernel;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String variant() {
            return variant;
        }

        @Override
        public Map<String, String> options() {
            return options;
        }

        @Override
        public KernelServices kernel() {
            return kernel;
        }
    }

    static final class Driver extends Base implements BlockDriverContext {
        private final List<BlockDevice> lower;
        private final OpenFile file;
        private final BlockDevice device;

        Driver(Base base, List<BlockDevice> lower, OpenFile file, BlockDevice device) {
            super(base.name, base.variant, base.options, base.kernel);
            this.lower = List.copyOf(lower);
            this.file = file;
            this.device = device;
        }

        @Override
        public List<BlockDevice> lowerDevices() {
            return lower;
        }

        @Override
        public OpenFile lowerFile() {
            if (file == null) {
                throw new IllegalStateException(name() + ": the stack names no file below this device (fs:path)");
            }
            return file;
        }

        @Override
        public BlockDevice device() {
            return device;
        }
    }

    static final class Fs extends Base implements FsContext {
        private final SimRuntime rt;
        private final VfsSuper sb;

        Fs(Base base, SimRuntime rt, VfsSuper sb) {
            super(base.name, base.variant, base.options, base.kernel);
            this.rt = rt;
            this.sb = sb;
        }

        @Override
        public BlockDevice device() {
            return sb.device();
        }

        @Override
        public SuperBlock superBlock() {
            return sb;
        }

        @Override
        public Journal createJournal(int logUnits, String logWriter) {
            JournalLog log = new JournalLog(rt, sb, sb.device(), logUnits, logWriter);
            sb.setJournal(log);
            return log;
        }
    }

    static final class Module extends Base implements ModuleContext {
        private final List<BlockDevice> lower;
        private final List<SuperBlock> filesystems;

        Module(Base base, List<BlockDevice> lower, List<SuperBlock> filesystems) {
            super(base.name, base.variant, base.options, base.kernel);
            this.lower = List.copyOf(lower);
            this.filesystems = List.copyOf(filesystems);
        }

        @Override
        public List<BlockDevice> lowerDevices() {
            return lower;
        }

        @Override
        public List<SuperBlock> lowerFilesystems() {
            return filesystems;
        }
    }

    static Base base(String name, String variant, Map<String, String> options, KernelServices kernel) {
        return new Base(name, variant, options, kernel);
    }
}
