/**
 * Sharding a run across CI runners: the split ({@code reclaimtck.shard=i/n}), each run's ledger.json, the merge of the
 * shards' report directories into one, and the failing seeds a next run takes first.
 */
package org.reclaimtck.tck.report.shard;
