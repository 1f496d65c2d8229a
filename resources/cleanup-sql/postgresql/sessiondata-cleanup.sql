-- Session data cleanup for PostgreSQL 11 and later, written for the IS
-- Migration Wizard's sample homes and database tests (it does what WSO2's
-- session cleanup procedure does; it is not WSO2's script).
--
-- Removes from IDN_AUTH_SESSION_STORE the rows whose EXPIRY_TIME lies more
-- than safePeriod hours in the past, and rows without an EXPIRY_TIME (written
-- by older releases) whose TIME_CREATED is older than legacyRetentionDays
-- (both in nanoseconds since 1970, UTC). Then, for the sessions that have no
-- row left in the store, their rows in IDN_AUTH_USER_SESSION_MAPPING,
-- IDN_AUTH_SESSION_APP_INFO and IDN_AUTH_SESSION_META_DATA, and the rows of
-- IDN_FED_AUTH_SESSION_MAPPING older than the safe period whose session is gone.
-- Batches, chunks, pauses and backups (bak_<table>) work as in the token
-- cleanup; WSO2_SESSION_DATA_RESTORATION_SP in sessiondata-cleanup-restore.sql
-- puts backed-up rows back.
--
-- Run it outside a transaction block, with the server's own session cleanup
-- switched off ([session_data.cleanup] enable_expired_data_cleanup,
-- clean_logged_out_sessions_at_immediate_cycle and enable_pre_session_data_cleanup = false):
--     CALL WSO2_SESSION_DATA_CLEANUP_SP();
-- Progress comes as notices (RAISE NOTICE).

CREATE OR REPLACE PROCEDURE WSO2_SESSION_DATA_CLEANUP_SP()
LANGUAGE plpgsql
AS $body$
DECLARE
    -- CONFIGURABLE: the knobs of this procedure; change the values before running it.
    batchSize int := 10000;            -- rows deleted per transaction
    chunkSize int := 500000;           -- rows collected per pass over the store
    checkCount int := 100;             -- a pass that finds fewer rows is the last one
    backupTables boolean := FALSE;     -- copy the rows to bak_<table> before deleting them
    sleepTime float := 2;              -- seconds to pause between batches
    safePeriod int := 2;               -- hours past EXPIRY_TIME before a row goes
    legacyRetentionDays int := 14;     -- rows without EXPIRY_TIME go after this many days
    enableLog boolean := TRUE;         -- report progress as notices
    logLevel varchar := 'TRACE';       -- TRACE: every batch; DEBUG: every table
    enableReindexing boolean := FALSE; -- rebuild the store's indexes afterwards
    enableTblAnalyzing boolean := FALSE; -- refresh the planner statistics afterwards

    nowNs bigint;
    cutOffNs bigint;
    legacyCutOffNs bigint;
    cutOff timestamp;
    chunkCount int := 0;
    batchCount int := 0;
    chunkNumber int := 0;
    removed bigint := 0;
    removedUsers bigint := 0;
    removedApps bigint := 0;
    removedMeta bigint := 0;
    tableRows bigint := 0;
BEGIN
    nowNs := (extract(epoch FROM clock_timestamp()) * 1000000000)::bigint;
    cutOffNs := nowNs - safePeriod::bigint * 3600 * 1000000000;
    legacyCutOffNs := nowNs - legacyRetentionDays::bigint * 86400 * 1000000000;
    cutOff := (now() AT TIME ZONE 'UTC') - make_interval(hours => safePeriod);
    IF enableLog THEN
        RAISE NOTICE 'WSO2_SESSION_DATA_CLEANUP_SP started at % UTC; removing sessions that expired before % UTC',
            date_trunc('second', clock_timestamp() AT TIME ZONE 'UTC'), date_trunc('second', cutOff);
    END IF;

    -- Working tables of this session (left from a failed run, they are reused).
    IF to_regclass('pg_temp.wso2_session_cleanup_chunk') IS NULL THEN
        CREATE TEMP TABLE wso2_session_cleanup_chunk (
            session_id varchar(100) NOT NULL,
            session_type varchar(100) NOT NULL,
            time_created bigint NOT NULL,
            operation varchar(10) NOT NULL,
            PRIMARY KEY (session_id, session_type, time_created, operation));
    END IF;
    IF to_regclass('pg_temp.wso2_session_cleanup_batch') IS NULL THEN
        CREATE TEMP TABLE wso2_session_cleanup_batch (LIKE wso2_session_cleanup_chunk INCLUDING ALL);
    END IF;
    -- Sessions whose store rows this run removed, and a batch of them.
    IF to_regclass('pg_temp.wso2_session_cleanup_gone') IS NULL THEN
        CREATE TEMP TABLE wso2_session_cleanup_gone (session_id varchar(255) PRIMARY KEY);
    END IF;
    IF to_regclass('pg_temp.wso2_session_cleanup_ids') IS NULL THEN
        CREATE TEMP TABLE wso2_session_cleanup_ids (session_id varchar(255) PRIMARY KEY);
    END IF;
    IF to_regclass('pg_temp.wso2_session_cleanup_fed') IS NULL THEN
        CREATE TEMP TABLE wso2_session_cleanup_fed (id int PRIMARY KEY);
    END IF;
    TRUNCATE wso2_session_cleanup_gone;

    IF backupTables THEN
        IF to_regclass('bak_idn_auth_session_store') IS NOT NULL THEN
            DROP TABLE bak_idn_auth_session_store;
        END IF;
        CREATE TABLE bak_idn_auth_session_store (LIKE IDN_AUTH_SESSION_STORE INCLUDING ALL);
        IF to_regclass('bak_idn_auth_user_session_mapping') IS NOT NULL THEN
            DROP TABLE bak_idn_auth_user_session_mapping;
        END IF;
        CREATE TABLE bak_idn_auth_user_session_mapping (LIKE IDN_AUTH_USER_SESSION_MAPPING INCLUDING CONSTRAINTS);
        IF to_regclass('bak_idn_auth_session_app_info') IS NOT NULL THEN
            DROP TABLE bak_idn_auth_session_app_info;
        END IF;
        CREATE TABLE bak_idn_auth_session_app_info (LIKE IDN_AUTH_SESSION_APP_INFO INCLUDING ALL);
        IF to_regclass('bak_idn_auth_session_meta_data') IS NOT NULL THEN
            DROP TABLE bak_idn_auth_session_meta_data;
        END IF;
        CREATE TABLE bak_idn_auth_session_meta_data (LIKE IDN_AUTH_SESSION_META_DATA INCLUDING ALL);
        IF to_regclass('bak_idn_fed_auth_session_mapping') IS NOT NULL THEN
            DROP TABLE bak_idn_fed_auth_session_mapping;
        END IF;
        CREATE TABLE bak_idn_fed_auth_session_mapping (LIKE IDN_FED_AUTH_SESSION_MAPPING INCLUDING CONSTRAINTS);
        IF enableLog THEN
            RAISE NOTICE 'Backup tables bak_idn_auth_session_store and the bak_ tables of the session mappings created';
        END IF;
    END IF;
    COMMIT;

    -- The session store.
    SELECT count(*) INTO tableRows FROM IDN_AUTH_SESSION_STORE;
    IF enableLog THEN
        RAISE NOTICE 'IDN_AUTH_SESSION_STORE: % rows before the cleanup', tableRows;
    END IF;
    LOOP
        TRUNCATE wso2_session_cleanup_chunk;
        INSERT INTO wso2_session_cleanup_chunk (session_id, session_type, time_created, operation)
        SELECT SESSION_ID, SESSION_TYPE, TIME_CREATED, OPERATION FROM IDN_AUTH_SESSION_STORE
         WHERE (EXPIRY_TIME IS NOT NULL AND EXPIRY_TIME < cutOffNs)
            OR (EXPIRY_TIME IS NULL AND TIME_CREATED < legacyCutOffNs)
         LIMIT chunkSize;
        GET DIAGNOSTICS chunkCount = ROW_COUNT;
        chunkNumber := chunkNumber + 1;
        IF enableLog THEN
            RAISE NOTICE 'IDN_AUTH_SESSION_STORE: chunk % holds % rows to remove', chunkNumber, chunkCount;
        END IF;

        LOOP
            TRUNCATE wso2_session_cleanup_batch;
            INSERT INTO wso2_session_cleanup_batch
            SELECT session_id, session_type, time_created, operation FROM wso2_session_cleanup_chunk LIMIT batchSize;
            GET DIAGNOSTICS batchCount = ROW_COUNT;
            EXIT WHEN batchCount = 0;
            IF backupTables THEN
                INSERT INTO bak_idn_auth_session_store
                SELECT s.* FROM IDN_AUTH_SESSION_STORE s
                  JOIN wso2_session_cleanup_batch b
                    ON b.session_id = s.SESSION_ID AND b.session_type = s.SESSION_TYPE
                   AND b.time_created = s.TIME_CREATED AND b.operation = s.OPERATION;
            END IF;
            DELETE FROM IDN_AUTH_SESSION_STORE s USING wso2_session_cleanup_batch b
             WHERE b.session_id = s.SESSION_ID AND b.session_type = s.SESSION_TYPE
               AND b.time_created = s.TIME_CREATED AND b.operation = s.OPERATION;
            GET DIAGNOSTICS batchCount = ROW_COUNT;
            INSERT INTO wso2_session_cleanup_gone (session_id)
            SELECT DISTINCT session_id FROM wso2_session_cleanup_batch
            ON CONFLICT DO NOTHING;
            DELETE FROM wso2_session_cleanup_chunk c USING wso2_session_cleanup_batch b
             WHERE b.session_id = c.session_id AND b.session_type = c.session_type
               AND b.time_created = c.time_created AND b.operation = c.operation;
            COMMIT;
            removed := removed + batchCount;
            IF enableLog AND logLevel = 'TRACE' THEN
                RAISE NOTICE 'IDN_AUTH_SESSION_STORE: batch removed % rows, % so far', batchCount, removed;
            END IF;
            IF sleepTime > 0 AND EXISTS (SELECT 1 FROM wso2_session_cleanup_chunk) THEN
                PERFORM pg_sleep(sleepTime);
            END IF;
        END LOOP;

        EXIT WHEN chunkCount < checkCount;
    END LOOP;
    SELECT count(*) INTO tableRows FROM IDN_AUTH_SESSION_STORE;
    IF enableLog THEN
        RAISE NOTICE 'IDN_AUTH_SESSION_STORE: % rows removed, % rows left', removed, tableRows;
    END IF;

    -- The mappings of the sessions that have no row in the store any more. A
    -- session with one of its rows still there keeps its mappings.
    DELETE FROM wso2_session_cleanup_gone g USING IDN_AUTH_SESSION_STORE s WHERE s.SESSION_ID = g.session_id;
    LOOP
        TRUNCATE wso2_session_cleanup_ids;
        INSERT INTO wso2_session_cleanup_ids (session_id) SELECT session_id FROM wso2_session_cleanup_gone LIMIT batchSize;
        GET DIAGNOSTICS batchCount = ROW_COUNT;
        EXIT WHEN batchCount = 0;
        IF backupTables THEN
            INSERT INTO bak_idn_auth_user_session_mapping
            SELECT m.* FROM IDN_AUTH_USER_SESSION_MAPPING m JOIN wso2_session_cleanup_ids i ON i.session_id = m.SESSION_ID;
            INSERT INTO bak_idn_auth_session_app_info
            SELECT a.* FROM IDN_AUTH_SESSION_APP_INFO a JOIN wso2_session_cleanup_ids i ON i.session_id = a.SESSION_ID;
            INSERT INTO bak_idn_auth_session_meta_data
            SELECT d.* FROM IDN_AUTH_SESSION_META_DATA d JOIN wso2_session_cleanup_ids i ON i.session_id = d.SESSION_ID;
        END IF;
        DELETE FROM IDN_AUTH_USER_SESSION_MAPPING m USING wso2_session_cleanup_ids i WHERE i.session_id = m.SESSION_ID;
        GET DIAGNOSTICS batchCount = ROW_COUNT;
        removedUsers := removedUsers + batchCount;
        DELETE FROM IDN_AUTH_SESSION_APP_INFO a USING wso2_session_cleanup_ids i WHERE i.session_id = a.SESSION_ID;
        GET DIAGNOSTICS batchCount = ROW_COUNT;
        removedApps := removedApps + batchCount;
        DELETE FROM IDN_AUTH_SESSION_META_DATA d USING wso2_session_cleanup_ids i WHERE i.session_id = d.SESSION_ID;
        GET DIAGNOSTICS batchCount = ROW_COUNT;
        removedMeta := removedMeta + batchCount;
        DELETE FROM wso2_session_cleanup_gone g USING wso2_session_cleanup_ids i WHERE i.session_id = g.session_id;
        COMMIT;
        IF sleepTime > 0 AND EXISTS (SELECT 1 FROM wso2_session_cleanup_gone) THEN
            PERFORM pg_sleep(sleepTime);
        END IF;
    END LOOP;
    IF enableLog THEN
        RAISE NOTICE 'Session mappings removed: % from IDN_AUTH_USER_SESSION_MAPPING, % from IDN_AUTH_SESSION_APP_INFO, % from IDN_AUTH_SESSION_META_DATA',
            removedUsers, removedApps, removedMeta;
    END IF;

    -- Federated session mappings: older than the safe period, their session gone.
    removed := 0;
    LOOP
        TRUNCATE wso2_session_cleanup_fed;
        INSERT INTO wso2_session_cleanup_fed (id)
        SELECT f.ID FROM IDN_FED_AUTH_SESSION_MAPPING f
         WHERE f.TIME_CREATED < cutOff
           AND NOT EXISTS (SELECT 1 FROM IDN_AUTH_SESSION_STORE s WHERE s.SESSION_ID = f.SESSION_ID)
         LIMIT batchSize;
        GET DIAGNOSTICS batchCount = ROW_COUNT;
        EXIT WHEN batchCount = 0;
        IF backupTables THEN
            INSERT INTO bak_idn_fed_auth_session_mapping
            SELECT f.* FROM IDN_FED_AUTH_SESSION_MAPPING f JOIN wso2_session_cleanup_fed x ON x.id = f.ID;
        END IF;
        DELETE FROM IDN_FED_AUTH_SESSION_MAPPING f USING wso2_session_cleanup_fed x WHERE x.id = f.ID;
        GET DIAGNOSTICS batchCount = ROW_COUNT;
        COMMIT;
        removed := removed + batchCount;
        IF enableLog AND logLevel = 'TRACE' THEN
            RAISE NOTICE 'IDN_FED_AUTH_SESSION_MAPPING: batch removed % rows, % so far', batchCount, removed;
        END IF;
        EXIT WHEN batchCount = 0; -- someone else removed them meanwhile: do not spin
        IF sleepTime > 0 THEN
            PERFORM pg_sleep(sleepTime);
        END IF;
    END LOOP;
    IF enableLog THEN
        RAISE NOTICE 'IDN_FED_AUTH_SESSION_MAPPING: % rows removed', removed;
    END IF;

    IF enableTblAnalyzing THEN
        ANALYZE IDN_AUTH_SESSION_STORE;
        IF enableLog THEN
            RAISE NOTICE 'Planner statistics of IDN_AUTH_SESSION_STORE refreshed';
        END IF;
    END IF;
    IF enableReindexing THEN
        REINDEX TABLE IDN_AUTH_SESSION_STORE;
        IF enableLog THEN
            RAISE NOTICE 'Indexes of IDN_AUTH_SESSION_STORE rebuilt';
        END IF;
    END IF;

    DROP TABLE wso2_session_cleanup_batch;
    DROP TABLE wso2_session_cleanup_chunk;
    DROP TABLE wso2_session_cleanup_gone;
    DROP TABLE wso2_session_cleanup_ids;
    DROP TABLE wso2_session_cleanup_fed;
    IF enableLog THEN
        RAISE NOTICE 'WSO2_SESSION_DATA_CLEANUP_SP finished at % UTC', date_trunc('second', clock_timestamp() AT TIME ZONE 'UTC');
    END IF;
END;
$body$;
