/** Block-layer contracts: devices and bios ({@code block/}); loop, device-mapper and biosets follow. */
package org.reclaimtck.spi.block;
