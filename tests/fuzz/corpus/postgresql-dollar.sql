CREATE OR REPLACE PROCEDURE purge_sp() AS $$
DECLARE
  batchSize int := 10000;
  enableReindexing boolean DEFAULT TRUE;
BEGIN
  RAISE NOTICE E'started; \'%\'', batchSize;
  EXECUTE format($q$DELETE FROM %I$q$, 'idn_oauth2_access_token');
  /* nested /* ; */ comment */
END;
$$ LANGUAGE plpgsql;
\set ON_ERROR_STOP on
SELECT $1, a$b$ FROM t;
