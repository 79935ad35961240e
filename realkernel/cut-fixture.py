#!/usr/bin/env python3
"""Cuts the committed test fixture from a real run's `trace-cmd report` text (realkernel/target/rk/trace.txt):
whole event lines (a kernel_stack keeps its '=>' frames) from a few windows: the start of the files phase, the
first direct reclaims under GFP_NOFS with their shrinker calls, loop worker allocations, and the OOM kill up to the
end marker. Writes real-trace.txt.gz and real-trace-nofs-edit.txt.gz, a copy in which one super_cache_scan call
under GFP_NOFS frees objects (the scope rule must fail on it). Usage: cut-fixture.py TRACE OUTDIR"""
import gzip, re, sys

src, out = sys.argv[1], sys.argv[2]
lines = open(src, encoding='utf-8', errors='replace').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()
keep = set()

def window(i, before, after):
    a = max(1, i - before)
    while a > 1 and lines[a].lstrip().startswith('=>'):
        a -= 1
    b = min(len(lines), i + after)
    while b < len(lines) and lines[b].lstrip().startswith('=>'):
        b += 1
    keep.update(range(a, b))

def first(pattern, start=0):
    r = re.compile(pattern)
    for i in range(start, len(lines)):
        if r.search(lines[i]):
            return i
    return None

for pat, before, after in [
        (r'RK phase files', 0, 150),
        (r'mm_vmscan_direct_reclaim_begin: .*GFP_NOFS', 60, 800),
        (r'mm_vmscan_direct_reclaim_begin: .*GFP_NOIO', 60, 800),
        (r'mm_vmscan_direct_reclaim_begin: .*GFP_HIGHUSER_MOVABLE', 60, 400),
        (r'super_cache_scan: .*gfp=3264 ', 20, 40),          # 0xcc0 GFP_KERNEL (kswapd)
        (r'super_cache_scan_ret: .*freed=-1', 30, 20),       # a SHRINK_STOP
        (r'super_cache_scan: .*gfp=3136 ', 20, 60),          # 0xc40 GFP_NOFS
        (r'mm_shrink_slab_start:\s+super_cache_scan.*gfp_flags GFP_NOFS', 20, 60),
        (r'loop_work_begin', 5, 150),
        (r'kworker.*mm_page_alloc:.*GFP_NOIO', 40, 40),
        (r'sched_switch: .*D ==>', 0, 40),
        (r'mark_victim', 400, 60),
        (r'RK phase end', 5, 5)]:
    i = first(pat)
    if i is not None:
        window(i, before, after)
# the loop worker at work: a loop_process_work entry followed by allocations of the same pid
for i in range(len(lines)):
    m = re.search(r'-(\d+)\s+\[\d+\].*loop_work_begin:', lines[i])
    if m and any(re.search(r'-%s\s+\[.*mm_page_alloc:' % m.group(1), l) for l in lines[i + 1:i + 60]):
        window(i, 2, 80)
        break

# a bracket cut at a window's edge would read as reclaim that never ended (or nested): drop its unmatched half
PAIRS = [('mm_vmscan_direct_reclaim_begin', 'mm_vmscan_direct_reclaim_end'),
         ('mm_shrink_slab_start', 'mm_shrink_slab_end'),
         ('super_cache_scan', 'super_cache_scan_ret')]
EV = re.compile(r'-(\d+)\s+\[\d+\]\s+\S+:\s+(\w+):')
def bracket_of(i):
    m = EV.search(lines[i])
    if not m:
        return None
    for k, (b, e) in enumerate(PAIRS):
        if m.group(2) in (b, e):
            return m.group(1), k, m.group(2) == b
    return None
order = sorted(i for i in keep if i > 0)
segment = {}
seg = 0
for n, i in enumerate(order):
    if n > 0 and i != order[n - 1] + 1:
        seg += 1
    segment[i] = seg
open_ = {}
matched = set()
for i in order:
    br = bracket_of(i)
    if br is None:
        continue
    pid, k, begin = br
    stack = open_.setdefault((pid, k, segment[i]), [])  # a bracket never spans two windows
    if begin:
        stack.append(i)
    elif stack:
        matched.add(stack.pop()); matched.add(i)
drop = {i for i in order if bracket_of(i) is not None and i not in matched}
cut = [lines[0]] + [lines[i] for i in order if i not in drop]
with gzip.open(out + '/real-trace.txt.gz', 'wt', encoding='utf-8') as f:
    f.write('\n'.join(cut) + '\n')

# the edit: one super_cache_scan under GFP_NOFS frees objects instead of returning SHRINK_STOP
edited = list(cut)
done = None
for i, l in enumerate(edited):
    if re.search(r'mm_shrink_slab_start:\s+super_cache_scan', l) and 'gfp_flags GFP_NOFS' in l:
        pid = re.search(r'-(\d+)\s+\[', l).group(1)
        for j in range(i + 1, min(i + 50, len(edited))):
            m = edited[j]
            if re.search(r'-%s\s+\[' % pid, m) and 'super_cache_scan_ret' in m and 'freed=-1' in m:
                edited[j] = m.replace('freed=-1', 'freed=12'); done = j + 1; break
            if re.search(r'-%s\s+\[' % pid, m) and re.search(r'mm_shrink_slab_end:\s+super_cache_scan', m):
                edited[j] = re.sub(r'last shrinker return val \d+', 'last shrinker return val 12', m); done = j + 1; break
        if done:
            break
with gzip.open(out + '/real-trace-nofs-edit.txt.gz', 'wt', encoding='utf-8') as f:
    f.write('\n'.join(edited) + '\n')
print('fixture: %d lines, edited line %s' % (len(cut), done))
