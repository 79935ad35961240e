/** Storage stacks as data: disks, filesystems, files, loop and device-mapper devices, dm-bufio clients. */
package org.reclaimtck.spi.stack;
