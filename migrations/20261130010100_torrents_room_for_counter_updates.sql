-- Up Migration
-- Leave room on torrents' pages so the flusher's counter updates (seeders, leechers, times_completed,
-- last_seeder_at: none of them indexed) are heap-only (HOT): the new row version goes on the same page
-- and none of the table's 14 indexes (two GIN among them) gets an entry.
--
-- Why (issue 14): with full pages nearly every update of a torrents row moved it to another page and
-- inserted into all 14 indexes. Measured with the backend's CPU time, 10k torrents updated by one flush
-- statement: 0.8 s with fillfactor 100 (about 10 % of the updates HOT), 0.08 to 0.29 s at 70 (all of
-- them HOT), after VACUUM FULL to apply it (docs/benchmarks.md, "Flush: what a batch costs PostgreSQL").
-- The stored generated search_vector is recomputed by every UPDATE, but to the same value, so it does
-- not prevent HOT.
--
-- The setting applies to pages written from now on; an existing table gets it as rows move (each
-- row's first update after this) or at once by `VACUUM FULL torrents` (or pg_repack) in a quiet hour.
-- Autovacuum is asked to prune sooner, so freed room is found again.

ALTER TABLE torrents SET (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.05);

-- Down Migration
ALTER TABLE torrents RESET (fillfactor, autovacuum_vacuum_scale_factor);
