-- Up Migration
-- bonus_seed_marks becomes a snapshot written whole by each accrual into one of two slots (list
-- partitions bonus_seed_marks_0 and _1), instead of a table whose every row is UPDATEd each period.
--
-- Why: with every pair seeding, the accrual rewrote one mark row per pair each period; an UPDATE
-- (find the row, lock it, write a new version) measured about four times the cost of inserting the same
-- rows into an empty table without indexes (200k pairs: 0.9 s against 0.2 s). Each run now reads the
-- marks of the current slot, inserts the new marks of every pair (GREATEST(seed_time, old mark), pairs
-- that did not seed keep their mark) into the other slot, and TRUNCATEs the old one, all in the
-- accrual's one transaction (TRUNCATE is transactional: a failed run leaves the old slot as it was).
-- After every commit exactly one slot holds rows, which is how a run finds the current one.
--
-- Integrity kept without a primary key: a snapshot is written from user_torrent_history, one row per
-- history row (its primary key is (user_id, torrent_id)), so a slot never holds a pair twice, and only
-- the accrual reads the marks, by a hash join that needs no index. The accrual's
-- `LOCK TABLE bonus_seed_marks IN ACCESS EXCLUSIVE MODE` (it covers the partitions) lets one
-- accrual at a time read and write them. Marks of pairs whose history row is gone (a purged user or
-- torrent, by cascade) are not carried over: such a pair never comes back.
--
-- Trade-off: the snapshot holds every pair that ever seeded, so a run writes that many rows even when
-- few of them seeded in the period; inserting costs a quarter of updating, so it stays cheaper while a
-- quarter or more of those pairs seed each period (docs/bonus.md, "Benchmark").

ALTER TABLE bonus_seed_marks RENAME TO bonus_seed_marks_by_pair;

CREATE TABLE bonus_seed_marks (
  slot            smallint NOT NULL,
  user_id         uuid     NOT NULL,
  torrent_id      uuid     NOT NULL,
  seed_time_paid  bigint   NOT NULL CHECK (seed_time_paid >= 0)
) PARTITION BY LIST (slot);

CREATE TABLE bonus_seed_marks_0 PARTITION OF bonus_seed_marks FOR VALUES IN (0);
CREATE TABLE bonus_seed_marks_1 PARTITION OF bonus_seed_marks FOR VALUES IN (1);

INSERT INTO bonus_seed_marks (slot, user_id, torrent_id, seed_time_paid)
SELECT 0, user_id, torrent_id, seed_time_paid FROM bonus_seed_marks_by_pair;

DROP TABLE bonus_seed_marks_by_pair;

COMMENT ON TABLE bonus_seed_marks IS 'user_torrent_history.seed_time already paid by the accrual job, per user and torrent: a snapshot in one of two slots, the other empty';
COMMENT ON COLUMN bonus_seed_marks.slot IS 'The slot (partition) this snapshot is in; each accrual writes the other slot and truncates this one';

-- Down Migration
ALTER TABLE bonus_seed_marks RENAME TO bonus_seed_marks_slots;
CREATE TABLE bonus_seed_marks (
  user_id         uuid    NOT NULL,
  torrent_id      uuid    NOT NULL,
  seed_time_paid  bigint  NOT NULL CHECK (seed_time_paid >= 0),
  PRIMARY KEY (user_id, torrent_id)
) WITH (fillfactor = 80, autovacuum_vacuum_scale_factor = 0.05);
INSERT INTO bonus_seed_marks (user_id, torrent_id, seed_time_paid)
SELECT user_id, torrent_id, max(seed_time_paid) FROM bonus_seed_marks_slots GROUP BY user_id, torrent_id;
DROP TABLE bonus_seed_marks_slots;
COMMENT ON TABLE bonus_seed_marks IS 'user_torrent_history.seed_time already paid by the accrual job, per user and torrent';
