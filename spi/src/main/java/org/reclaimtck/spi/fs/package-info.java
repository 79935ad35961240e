/** Filesystem contracts: superblocks ({@code fs/super.c}); inodes, address-space operations and transactions follow. */
package org.reclaimtck.spi.fs;
