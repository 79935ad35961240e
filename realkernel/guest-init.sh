#!/bin/sh
# /init of the real-kernel harness's initramfs (busybox sh). Builds
# virtio disk vda -> ext4 -> /data/backing -> loop0 -> dm-linear rk-lin -> ext4 on /mnt,
# streams each CPU's ring buffer (per_cpu/cpuN/trace_pipe_raw) to its own virtio-serial port,
# runs the named workload phases, writes the trace.dat header (trace-cmd restore -c) to a port,
# prints the ring buffers' stats (overrun, dropped) and powers off.
export PATH=/bin:/sbin:/usr/bin:/usr/sbin LD_LIBRARY_PATH=/lib/x86_64-linux-gnu
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
mount -t tracefs tracefs /sys/kernel/tracing
say() { echo "RK: $*" > /dev/console; }
now() { cut -d' ' -f1 /proc/uptime; }
say "init at $(now) s"
for m in $(cat /modules.order); do insmod /modules/$m 2>/dev/null || say "insmod $m failed"; done
sleep 1
port() { for p in /sys/class/virtio-ports/*; do [ "$(cat $p/name)" = "$1" ] && echo /dev/$(basename $p); done; }
T=/sys/kernel/tracing
mkdir -p /data /mnt /tmp
/usr/sbin/mke2fs -q -t ext4 /dev/vda > /dev/console 2>&1 && mount -t ext4 /dev/vda /data || { say "FAIL vda: $(ls /dev)"; poweroff -f; }
truncate -s 1500M /data/backing
losetup /dev/loop0 /data/backing || { say "FAIL losetup"; poweroff -f; }
SECTORS=$(( 1500 * 2048 ))
dmsetup create rk-lin --table "0 $SECTORS linear 7:0 0" && dmsetup mknodes
/usr/sbin/mke2fs -q -t ext4 /dev/mapper/rk-lin && mount -t ext4 /dev/mapper/rk-lin /mnt || { say "FAIL dm"; poweroff -f; }
say "stack ready at $(now) s: vda -> ext4 /data -> backing -> loop0 -> dm-0 (rk-lin) -> ext4 /mnt"

echo 0 > $T/tracing_on
echo 16384 > $T/buffer_size_kb
echo mono > $T/trace_clock
# splice readers wake when 1 % of a CPU's buffer is filled
echo 1 > $T/buffer_percent 2>/dev/null
echo 32768 > $T/saved_cmdlines_size 2>/dev/null
# kprobes: offsets from the kernel's BTF (pahole on the host), passed in /rk-offsets
. /rk-offsets
kp() { echo "$1" >> $T/kprobe_events 2>/dev/null && say "kprobe ok: ${1%% *}" || say "kprobe FAILED: $1"; }
kp "p:rk/alloc_pages_caller __alloc_pages gfp=%di:u32 order=%si:u32"
kp "p:rk/super_cache_scan super_cache_scan shr=%di:u64 sb=+${SB_ID}(%di):string dev=+${SB_DEV}(%di):u32 gfp=+0(%si):u32 nr_to_scan=+8(%si):u64"
kp "r:rk/super_cache_scan_ret super_cache_scan freed=\$retval:s64"
kp "p:rk/loop_work_begin loop_process_work"
kp "r:rk/loop_work_end loop_process_work"
for e in vmscan/mm_vmscan_direct_reclaim_begin vmscan/mm_vmscan_direct_reclaim_end \
         vmscan/mm_vmscan_kswapd_wake vmscan/mm_vmscan_kswapd_sleep vmscan/mm_vmscan_wakeup_kswapd \
         vmscan/mm_shrink_slab_start vmscan/mm_shrink_slab_end vmscan/mm_vmscan_throttled \
         vmscan/mm_vmscan_write_folio vmscan/mm_vmscan_memcg_reclaim_begin vmscan/mm_vmscan_memcg_reclaim_end \
         kmem/mm_page_alloc oom/mark_victim oom/reclaim_retry_zone \
         writeback/writeback_start writeback/writeback_written writeback/folio_wait_writeback \
         block/block_bio_queue block/block_bio_remap block/block_bio_complete \
         rk/alloc_pages_caller rk/super_cache_scan rk/super_cache_scan_ret rk/loop_work_begin rk/loop_work_end; do
  [ -d $T/events/$e ] && echo 1 > $T/events/$e/enable || say "no event $e"
done
# allocations (kprobe on __alloc_pages + mm_page_alloc) are 80 % of the volume: keep those of kernel workers
# (the loop worker, writeback) and kswapd, whose masks the rules read; user tasks' reclaim shows in vmscan events
for e in rk/alloc_pages_caller kmem/mm_page_alloc; do
  echo 'comm ~ "kworker*" || comm ~ "kswapd*"' > $T/events/$e/filter || say "filter on $e FAILED"
done
# D-state sleeps with their stacks: sched_switch filtered to prev_state D, stacktrace trigger
echo 'prev_state & 2' > $T/events/sched/sched_switch/filter
echo 'stacktrace if prev_state & 2' > $T/events/sched/sched_switch/trigger
echo 1 > $T/events/sched/sched_switch/enable
NCPU=$(ls -d $T/per_cpu/cpu* | wc -l)
for c in $(seq 0 $((NCPU-1))); do
  # A reader per CPU, batching: every 0.3 s GNU dd reads the ring buffer with O_NONBLOCK until it is empty
  # (read() hands out whole pages while the reader is behind, so little is padding), at real-time priority so
  # the writers and kworkers cannot starve it. A reader woken per event reads near-empty pages and loses events.
  ( while [ ! -f /tmp/rk-stop ]; do
      sleep 0.3
      /usr/sbin/dd if=$T/per_cpu/cpu$c/trace_pipe_raw iflag=nonblock bs=4096 2>/dev/null
    done
    /usr/sbin/dd if=$T/per_cpu/cpu$c/trace_pipe_raw iflag=nonblock bs=4096 2>/dev/null
    : > /tmp/rk-drained$c ) > $(port rk.cpu$c) &
  /usr/sbin/chrt -f -p 50 $! >/dev/null 2>&1
  echo -1000 > /proc/$!/oom_score_adj
  READERS="$READERS $!"
done
echo 1 > $T/tracing_on
mark() { echo "RK phase $1" > $T/trace_marker; say "phase $1 at $(now) s"; }
avail_mb() { awk '/MemAvailable/ {print int($2/1024)}' /proc/meminfo; }

W0=$(now)
mark files
mkdir -p /mnt/files
i=0; while [ $i -lt ${RK_FILES:-20000} ]; do : > /mnt/files/f$i; i=$((i+1)); done
sync
mark hog
HOG=$(( $(avail_mb) - 48 )); say "hog holds ${HOG} MB (MemAvailable $(avail_mb) MB)"
dd if=/dev/zero bs=${HOG}M count=1 2>/dev/null | sleep ${RK_HOG_SECS:-25} &
HOGPID=$!
sleep 3
mark dd
dd if=/dev/zero of=/mnt/w1 bs=1M count=${RK_DD_MB:-320} conv=fsync 2>/dev/null &
W1=$!
dd if=/dev/zero of=/mnt/w2 bs=1M count=${RK_DD_MB:-320} conv=fsync 2>/dev/null &
W2=$!
wait $W1 $W2 $HOGPID
mark readback
cat /mnt/w1 > /dev/null
mark oom
# readers back to SCHED_OTHER: real-time tasks looping in the allocator's retry path would keep the OOM victim
# off the CPU (runs with them at SCHED_FIFO made no progress here for minutes)
for r in $READERS; do /usr/sbin/chrt -o -p 0 $r >/dev/null 2>&1; done
# An OOM kill in a memory cgroup of 48 MB: a 100 MB anonymous buffer (memcg OOM, mem_cgroup_out_of_memory ->
# oom:mark_victim). A global OOM (a 220 MB buffer after drop_caches, or six of 60 MB) left the guest without
# progress for minutes in four runs under TCG on a loaded host; RK_OOM=global asks for it anyway.
if [ "${RK_OOM:-memcg}" = global ]; then
  sync; echo 3 > /proc/sys/vm/drop_caches; echo 1 > /proc/sys/vm/oom_kill_allocating_task
  dd if=/dev/zero bs=100M count=1 2>/dev/null | sleep 10 &
  sleep 2; dd if=/dev/zero bs=220M count=1 2>/dev/null | sleep 1; wait
else
  mkdir -p /sys/fs/cgroup && mount -t cgroup2 none /sys/fs/cgroup
  echo +memory > /sys/fs/cgroup/cgroup.subtree_control
  mkdir /sys/fs/cgroup/rk-oom && echo 48M > /sys/fs/cgroup/rk-oom/memory.max
  sh -c 'echo $$ > /sys/fs/cgroup/rk-oom/cgroup.procs; exec dd if=/dev/zero bs=100M count=1' 2>/dev/null | sleep 2
fi
mark end
say "workload took $(awk "BEGIN {print $(now) - $W0}") s"
echo 0 > $T/tracing_on
sleep 3
: > /tmp/rk-stop
for c in $(seq 0 $((NCPU-1))); do
  i=0; while [ ! -f /tmp/rk-drained$c ] && [ $i -lt 50 ]; do sleep 0.2; i=$((i+1)); done
done
for c in $(seq 0 $((NCPU-1))); do
  say "cpu$c stats: $(tr '\n' ' ' < $T/per_cpu/cpu$c/stats)"
done
# the header last: event formats, kallsyms and the comms of every task that ran (saved_cmdlines)
trace-cmd restore -c -o /tmp/header.dat >/dev/null 2>&1 || say "FAIL trace-cmd restore -c"
cat /tmp/header.dat > $(port rk.header)
sync
say "done at $(now) s"
poweroff -f
