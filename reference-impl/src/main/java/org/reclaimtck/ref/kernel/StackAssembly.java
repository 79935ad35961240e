package org.reclaimtck.ref.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reclaimtck.ref.block.BlockLayerCore;
import org.reclaimtck.ref.block.Gendisk;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.shrinker.ShrinkerList;
import org.reclaimtck.ref.swap.Swap;
import org.reclaimtck.ref.vfs.VfsCore;
import org.reclaimtck.ref.vfs.VfsSuper;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.fs.OpenFile;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.part.BlockDriverType;
import org.reclaimtck.spi.part.FileSystemType;
import org.reclaimtck.spi.part.KernelServices;
import org.reclaimtck.spi.part.ModuleType;
import org.reclaimtck.spi.stack.StackPart;

/**
 * Builds a machine's {@code StackSpec} bottom-up from registered part types, as {@code add_disk}, {@code mount},
 * {@code module_init} and {@code swapon} would: each part is looked up by its type's name, created with its context,
 * and wired into the block layer, the VFS, the shrinker list and swap. No part type is special.
 */
final class StackAssembly {
    private final SimRuntime rt;
    private final PartRegistry parts;
    private final KernelServices services;
    private final BlockLayerCore block;
    private final VfsCore vfs;
    private final ShrinkerList shrinkers;
    private final Swap swap;
    private final Map<String, String> variants;
    private final Map<String, Object> modules = new LinkedHashMap<>();
    /** {@code s_stack_depth} of every filesystem and block device built so far, by name. */
    private final Map<String, Integer> depths = new java.util.HashMap<>();

    StackAssembly(MachineSpec machine, SimRuntime rt, PartRegistry parts, KernelServices services, BlockLayerCore block,
                  VfsCore vfs, ShrinkerList shrinkers, Swap swap) {
        this.swap = swap;
        this.rt = rt;
        this.parts = parts;
        this.services = services;
        this.block = block;
        this.vfs = vfs;
        this.shrinkers = shrinkers;
        this.variants = machine.variants();
    }

    /** Creates every part of the stack; returns the loaded modules by name. */
    Map<String, Object> build(List<StackPart> stack) {
        for (StackPart part : stack) {
            try {
                switch (part.role()) {
                    case BLOCK_DEVICE:
                        addDisk(part);
                        break;
                    case FILESYSTEM:
                        mount(part);
                        break;
                    case MODULE:
                        load(part);
                        break;
                    case SWAP:
                        swap.swapon(block.device(part.below().get(0)), Long.parseLong(part.options().get("pages")));
                        break;
                    default:
                        // StackPart.Role.FILE: files are created on first use by their filesystem
                        break;
                }
            } catch (IllegalArgumentException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new IllegalStateException(part.name() + " (" + part.type() + "): " + e.getMessage(), e);
            }
        }
        return modules;
    }

    private PartContexts.Base base(StackPart part) {
        return PartContexts.base(part.name(), parts.variantFor(part.type(), variants), part.options(), services);
    }

    private void addDisk(StackPart part) {
        BlockDriverType type = parts.require(part.type(), BlockDriverType.class, "block device " + part.name());
        List<Gendisk> lower = new ArrayList<>();
        OpenFile file = null;
        for (String below : part.below()) {
            int colon = below.indexOf(':');
            if (colon > 0) {
                file = vfs.open(below.substring(0, colon), below.substring(colon + 1));
            } else {
                lower.add(block.device(below));
            }
        }
        Gendisk disk = block.addDisk(part.name(), lower);
        depths.put(part.name(), depthBelow(part));
        disk.setOps(type.probe(new PartContexts.Driver(base(part), new ArrayList<BlockDevice>(lower), file, disk)));
    }

    private void mount(StackPart part) {
        FileSystemType type = parts.require(part.type(), FileSystemType.class, "filesystem " + part.name());
        VfsSuper sb = vfs.allocSuper(part.name(), part.type(), block.device(part.below().get(0)));
        sb.setStackDepth(depthBelow(part));
        depths.put(part.name(), depthBelow(part));
        // sget_fc registers s_shrink before fill_super runs (super_cache_count returns 0 until SB_BORN), so shrinkers
        // the filesystem registers in fill_super (XFS's inodegc) come after it in shrink_slab's walk
        shrinkers.registerShrinker(sb.shrinker());
        sb.setOps(type.fillSuper(new PartContexts.Fs(base(part), rt, sb)));
    }

    /**
     * {@code s_stack_depth} of what sits on {@code part}'s lower parts: a file of filesystem F counts F's depth + 1 (a
     * loop device over it), a block device its own depth (a disk 0).
     */
    private int depthBelow(StackPart part) {
        int depth = 0;
        for (String below : part.below()) {
            int colon = below.indexOf(':');
            int d = colon > 0 ? depths.getOrDefault(below.substring(0, colon), 0) + 1 : depths.getOrDefault(below, 0);
            depth = Math.max(depth, d);
        }
        return depth;
    }

    private void load(StackPart part) {
        ModuleType type = parts.require(part.type(), ModuleType.class, "module " + part.name());
        List<BlockDevice> lower = new ArrayList<>();
        List<SuperBlock> filesystems = new ArrayList<>();
        for (String below : part.below()) {
            if (vfs.isMounted(below)) {
                filesystems.add(vfs.superBlock(below));
            } else {
                lower.add(block.device(below));
            }
        }
        Object instance = type.load(new PartContexts.Module(base(part), lower, filesystems));
        if (instance == null) {
            throw new IllegalStateException("module type " + part.type() + " loaded nothing for " + part.name());
        }
        modules.put(part.name(), instance);
    }
}
