/** Allocation masks as the kernel names and prints them ({@code include/linux/gfp_types.h}). */
package org.reclaimtck.spi.gfp;
