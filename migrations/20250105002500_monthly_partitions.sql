-- Up Migration
-- Creates the first monthly partitions of every table registered in partitioned_tables: the previous
-- UTC month (so recently timestamped rows, e.g. a flush replayed just after midnight on the 1st,
-- land in a real partition) and the current month plus the next two. After this, a periodic job calls
-- create_upcoming_partitions() to stay ahead; anything it misses lands in the DEFAULT partitions and is
-- moved out when its month's partition is created.

SELECT create_monthly_partitions(parent, ((now() AT TIME ZONE 'UTC')::date - interval '1 month')::date, 1)
  FROM partitioned_tables;

SELECT create_upcoming_partitions(3);

-- Down Migration
-- Monthly partitions are dropped together with their parent tables by the earlier migrations' down
-- sections; detaching them here would only push their rows back into the DEFAULT partitions.
SELECT 1;
