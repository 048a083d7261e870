-- Up Migration
-- Monthly range partitioning for the time-series tables.
--
-- partitioned_tables is the single list of time-series parents; each table's own migration registers
-- itself here, and create_upcoming_partitions() walks the list. Every parent also gets a DEFAULT
-- partition in its own migration so an insert is never rejected for a missing month; when a month's
-- partition is created later, the rows the DEFAULT partition holds for that month are moved into it
-- (PostgreSQL refuses to attach a partition whose range still has rows in the DEFAULT partition).
--
-- Month boundaries are UTC midnights, whatever the session TimeZone is, so a partition's name
-- (<parent>_yYYYYmMM) always describes the UTC month it holds.

CREATE TABLE partitioned_tables (
  parent           regclass    PRIMARY KEY,
  retention_months integer     CHECK (retention_months IS NULL OR retention_months > 0),
  registered_at    timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE partitioned_tables IS 'Time-series tables range-partitioned by month; create_upcoming_partitions() covers each';
COMMENT ON COLUMN partitioned_tables.retention_months IS 'How many months an archive job should keep (informational; NULL = keep everything)';

CREATE FUNCTION create_monthly_partitions(p_parent regclass, p_from date, p_months integer)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
  v_schema  text;
  v_table   text;
  v_column  text;
  v_default regclass;
  v_month   date;
  v_lo      timestamptz;
  v_hi      timestamptz;
  v_lo_lit  text;
  v_hi_lit  text;
  v_name    text;
  v_created integer := 0;
BEGIN
  IF p_parent IS NULL OR p_from IS NULL OR p_months IS NULL OR p_months < 1 THEN
    RAISE EXCEPTION 'create_monthly_partitions: parent, start month and a positive month count are required';
  END IF;

  SELECT n.nspname, c.relname, a.attname, NULLIF(pt.partdefid, 0)::regclass
    INTO v_schema, v_table, v_column, v_default
    FROM pg_partitioned_table pt
    JOIN pg_class c     ON c.oid = pt.partrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = pt.partrelid AND a.attnum = pt.partattrs[0]
   WHERE pt.partrelid = p_parent
     AND pt.partstrat = 'r'
     AND pt.partnatts = 1;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'create_monthly_partitions: % is not range-partitioned on a single column', p_parent;
  END IF;

  -- Self-conflicting but compatible with reads and writes: serialises concurrent callers for this
  -- parent without blocking the application (ATTACH PARTITION needs this lock level anyway).
  EXECUTE format('LOCK TABLE %s IN SHARE UPDATE EXCLUSIVE MODE', p_parent);

  FOR i IN 0 .. p_months - 1 LOOP
    v_month  := (date_trunc('month', p_from::timestamp) + make_interval(months => i))::date;
    v_lo_lit := to_char(v_month, 'YYYY-MM-DD') || ' 00:00:00+00';
    v_hi_lit := to_char((v_month + interval '1 month')::date, 'YYYY-MM-DD') || ' 00:00:00+00';
    v_lo     := v_lo_lit::timestamptz;
    v_hi     := v_hi_lit::timestamptz;
    v_name   := format('%s_y%sm%s', v_table, to_char(v_month, 'YYYY'), to_char(v_month, 'MM'));

    CONTINUE WHEN to_regclass(format('%I.%I', v_schema, v_name)) IS NOT NULL;

    -- Build the partition as a plain table, fill it with the DEFAULT partition's rows for the month,
    -- then attach it: the attach-time scan of the DEFAULT partition then finds nothing in range.
    EXECUTE format('CREATE TABLE %I.%I (LIKE %s INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE)',
                   v_schema, v_name, p_parent);
    IF v_default IS NOT NULL THEN
      -- Block new rows into the DEFAULT partition until commit (reads continue), so none can slip in
      -- between the move and the attach-time check.
      EXECUTE format('LOCK TABLE %s IN EXCLUSIVE MODE', v_default);
      EXECUTE format('WITH moved AS (DELETE FROM %s WHERE %I >= $1 AND %I < $2 RETURNING *) '
                     'INSERT INTO %I.%I SELECT * FROM moved',
                     v_default, v_column, v_column, v_schema, v_name)
        USING v_lo, v_hi;
    END IF;
    EXECUTE format('ALTER TABLE %s ATTACH PARTITION %I.%I FOR VALUES FROM (%L) TO (%L)',
                   p_parent, v_schema, v_name, v_lo_lit, v_hi_lit);
    v_created := v_created + 1;
  END LOOP;

  RETURN v_created;
END
$$;

COMMENT ON FUNCTION create_monthly_partitions(regclass, date, integer) IS
  'Creates <parent>_yYYYYmMM partitions for p_months UTC months from p_from''s month; skips existing ones, '
  'moves matching rows out of the DEFAULT partition; returns how many it created';

CREATE FUNCTION create_upcoming_partitions(p_months integer DEFAULT 3)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
  v_parent  regclass;
  v_created integer := 0;
BEGIN
  FOR v_parent IN SELECT parent FROM partitioned_tables ORDER BY parent::text LOOP
    v_created := v_created + create_monthly_partitions(v_parent, (now() AT TIME ZONE 'UTC')::date, p_months);
  END LOOP;
  RETURN v_created;
END
$$;

COMMENT ON FUNCTION create_upcoming_partitions(integer) IS
  'Creates this UTC month''s and the following partitions of every table in partitioned_tables';

-- Down Migration
DROP FUNCTION create_upcoming_partitions(integer);
DROP FUNCTION create_monthly_partitions(regclass, date, integer);
DROP TABLE partitioned_tables;
