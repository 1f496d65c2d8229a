-- Token cleanup for PostgreSQL 11 and later, written for the IS Migration
-- Wizard's sample homes and database tests (it does what WSO2's token cleanup
-- procedure does; it is not WSO2's script).
--
-- Removes from IDN_OAUTH2_ACCESS_TOKEN and IDN_OAUTH2_AUTHORIZATION_CODE
--   * every token and code in the state INACTIVE, REVOKED or EXPIRED, and
--   * ACTIVE ones whose lifetime ended more than safePeriod hours ago: for a
--     token both TIME_CREATED + VALIDITY_PERIOD and, when it has a refresh
--     token, REFRESH_TOKEN_TIME_CREATED + REFRESH_TOKEN_VALIDITY_PERIOD
--     (validity periods in milliseconds; a negative one never ends).
-- Rows are collected in chunks of chunkSize and deleted in batches of
-- batchSize, each batch committed on its own, with sleepTime seconds between
-- batches so that the server keeps serving logins meanwhile.
-- With backupTables the rows are copied to bak_<table> before they go (the
-- backup tables are made anew on each run); WSO2_TOKEN_CLEANUP_DATA_RESTORATION_SP
-- in token-cleanup-restore.sql puts them back.
--
-- Run it outside a transaction block (it commits batch by batch), in a quiet
-- hour, after a database backup, with the server's own token cleanup switched
-- off ([oauth.token_cleanup] enable = false):
--     CALL WSO2_TOKEN_CLEANUP_SP();
-- Progress comes as notices (RAISE NOTICE).

CREATE OR REPLACE PROCEDURE WSO2_TOKEN_CLEANUP_SP()
LANGUAGE plpgsql
AS $$
DECLARE
    -- CONFIGURABLE: the knobs of this procedure; change the values before running it.
    batchSize int := 10000;            -- rows deleted per transaction
    chunkSize int := 500000;           -- rows collected per pass over a table
    checkCount int := 100;             -- a pass that finds fewer rows is the last one
    backupTables boolean := FALSE;     -- copy the rows to bak_<table> before deleting them
    sleepTime float := 2;              -- seconds to pause between batches
    safePeriod int := 2;               -- hours: tokens that ended more recently stay
    enableLog boolean := TRUE;         -- report progress as notices
    logLevel varchar := 'TRACE';       -- TRACE: every batch; DEBUG: every table
    enableAudit boolean := FALSE;      -- keep the rows in auditlog_* tables too (forces backups)
    enableReindexing boolean := FALSE; -- rebuild the tables' indexes afterwards
    enableTblAnalyzing boolean := FALSE; -- refresh the planner statistics afterwards

    cutOff timestamp;
    chunkCount int := 0;
    batchCount int := 0;
    chunkNumber int := 0;
    removed bigint := 0;
    tableRows bigint := 0;
BEGIN
    IF enableAudit THEN
        backupTables := TRUE;
    END IF;
    -- TIME_CREATED holds UTC without a time zone.
    cutOff := (now() AT TIME ZONE 'UTC') - make_interval(hours => safePeriod);
    IF enableLog THEN
        RAISE NOTICE 'WSO2_TOKEN_CLEANUP_SP started at % UTC; removing inactive, revoked and expired tokens, and active ones that ended before % UTC',
            date_trunc('second', clock_timestamp() AT TIME ZONE 'UTC'), date_trunc('second', cutOff);
    END IF;

    -- Working tables of this session (left from a failed run, they are reused).
    IF to_regclass('pg_temp.wso2_token_cleanup_chunk') IS NULL THEN
        CREATE TEMP TABLE wso2_token_cleanup_chunk (id varchar(255) PRIMARY KEY);
    END IF;
    IF to_regclass('pg_temp.wso2_token_cleanup_batch') IS NULL THEN
        CREATE TEMP TABLE wso2_token_cleanup_batch (id varchar(255) PRIMARY KEY);
    END IF;

    IF backupTables THEN
        IF to_regclass('bak_idn_oauth2_access_token') IS NOT NULL THEN
            DROP TABLE bak_idn_oauth2_access_token;
        END IF;
        CREATE TABLE bak_idn_oauth2_access_token (LIKE IDN_OAUTH2_ACCESS_TOKEN INCLUDING ALL);
        IF to_regclass('bak_idn_oauth2_authorization_code') IS NOT NULL THEN
            DROP TABLE bak_idn_oauth2_authorization_code;
        END IF;
        CREATE TABLE bak_idn_oauth2_authorization_code (LIKE IDN_OAUTH2_AUTHORIZATION_CODE INCLUDING ALL);
        IF enableLog THEN
            RAISE NOTICE 'Backup tables bak_idn_oauth2_access_token and bak_idn_oauth2_authorization_code created';
        END IF;
    END IF;
    IF enableAudit THEN
        CREATE TABLE IF NOT EXISTS auditlog_idn_oauth2_access_token_cleanup
            AS SELECT * FROM IDN_OAUTH2_ACCESS_TOKEN WITH NO DATA;
        CREATE TABLE IF NOT EXISTS auditlog_idn_oauth2_authorization_code_cleanup
            AS SELECT * FROM IDN_OAUTH2_AUTHORIZATION_CODE WITH NO DATA;
    END IF;
    COMMIT;

    -- Access tokens.
    SELECT count(*) INTO tableRows FROM IDN_OAUTH2_ACCESS_TOKEN;
    IF enableLog THEN
        RAISE NOTICE 'IDN_OAUTH2_ACCESS_TOKEN: % rows before the cleanup', tableRows;
    END IF;
    removed := 0;
    chunkNumber := 0;
    LOOP
        TRUNCATE wso2_token_cleanup_chunk;
        -- Lifetimes are compared as "validity < time since creation" so that
        -- a huge VALIDITY_PERIOD (a token that never expires) cannot overflow.
        INSERT INTO wso2_token_cleanup_chunk (id)
        SELECT TOKEN_ID FROM IDN_OAUTH2_ACCESS_TOKEN
         WHERE TOKEN_STATE IN ('INACTIVE', 'REVOKED', 'EXPIRED')
            OR (TOKEN_STATE = 'ACTIVE'
                AND VALIDITY_PERIOD >= 0
                AND VALIDITY_PERIOD < extract(epoch FROM cutOff - TIME_CREATED) * 1000
                AND (REFRESH_TOKEN_TIME_CREATED IS NULL
                     OR (REFRESH_TOKEN_VALIDITY_PERIOD >= 0
                         AND REFRESH_TOKEN_VALIDITY_PERIOD
                             < extract(epoch FROM cutOff - REFRESH_TOKEN_TIME_CREATED) * 1000)))
         LIMIT chunkSize;
        GET DIAGNOSTICS chunkCount = ROW_COUNT;
        chunkNumber := chunkNumber + 1;
        IF enableLog THEN
            RAISE NOTICE 'IDN_OAUTH2_ACCESS_TOKEN: chunk % holds % tokens to remove', chunkNumber, chunkCount;
        END IF;

        LOOP
            TRUNCATE wso2_token_cleanup_batch;
            INSERT INTO wso2_token_cleanup_batch (id) SELECT id FROM wso2_token_cleanup_chunk LIMIT batchSize;
            GET DIAGNOSTICS batchCount = ROW_COUNT;
            EXIT WHEN batchCount = 0;
            IF backupTables THEN
                INSERT INTO bak_idn_oauth2_access_token
                SELECT t.* FROM IDN_OAUTH2_ACCESS_TOKEN t JOIN wso2_token_cleanup_batch b ON b.id = t.TOKEN_ID;
            END IF;
            IF enableAudit THEN
                INSERT INTO auditlog_idn_oauth2_access_token_cleanup
                SELECT t.* FROM IDN_OAUTH2_ACCESS_TOKEN t JOIN wso2_token_cleanup_batch b ON b.id = t.TOKEN_ID;
            END IF;
            DELETE FROM IDN_OAUTH2_ACCESS_TOKEN t USING wso2_token_cleanup_batch b WHERE b.id = t.TOKEN_ID;
            GET DIAGNOSTICS batchCount = ROW_COUNT;
            DELETE FROM wso2_token_cleanup_chunk c USING wso2_token_cleanup_batch b WHERE b.id = c.id;
            COMMIT;
            removed := removed + batchCount;
            IF enableLog AND logLevel = 'TRACE' THEN
                RAISE NOTICE 'IDN_OAUTH2_ACCESS_TOKEN: batch removed % tokens, % so far', batchCount, removed;
            END IF;
            IF sleepTime > 0 AND EXISTS (SELECT 1 FROM wso2_token_cleanup_chunk) THEN
                PERFORM pg_sleep(sleepTime);
            END IF;
        END LOOP;

        EXIT WHEN chunkCount < checkCount;
    END LOOP;
    SELECT count(*) INTO tableRows FROM IDN_OAUTH2_ACCESS_TOKEN;
    IF enableLog THEN
        RAISE NOTICE 'IDN_OAUTH2_ACCESS_TOKEN: % tokens removed, % rows left', removed, tableRows;
    END IF;

    -- Authorization codes.
    SELECT count(*) INTO tableRows FROM IDN_OAUTH2_AUTHORIZATION_CODE;
    IF enableLog THEN
        RAISE NOTICE 'IDN_OAUTH2_AUTHORIZATION_CODE: % rows before the cleanup', tableRows;
    END IF;
    removed := 0;
    chunkNumber := 0;
    LOOP
        TRUNCATE wso2_token_cleanup_chunk;
        INSERT INTO wso2_token_cleanup_chunk (id)
        SELECT CODE_ID FROM IDN_OAUTH2_AUTHORIZATION_CODE
         WHERE STATE IN ('INACTIVE', 'REVOKED', 'EXPIRED')
            OR (STATE = 'ACTIVE'
                AND VALIDITY_PERIOD >= 0
                AND VALIDITY_PERIOD < extract(epoch FROM cutOff - TIME_CREATED) * 1000)
         LIMIT chunkSize;
        GET DIAGNOSTICS chunkCount = ROW_COUNT;
        chunkNumber := chunkNumber + 1;
        IF enableLog THEN
            RAISE NOTICE 'IDN_OAUTH2_AUTHORIZATION_CODE: chunk % holds % codes to remove', chunkNumber, chunkCount;
        END IF;

        LOOP
            TRUNCATE wso2_token_cleanup_batch;
            INSERT INTO wso2_token_cleanup_batch (id) SELECT id FROM wso2_token_cleanup_chunk LIMIT batchSize;
            GET DIAGNOSTICS batchCount = ROW_COUNT;
            EXIT WHEN batchCount = 0;
            IF backupTables THEN
                INSERT INTO bak_idn_oauth2_authorization_code
                SELECT c.* FROM IDN_OAUTH2_AUTHORIZATION_CODE c JOIN wso2_token_cleanup_batch b ON b.id = c.CODE_ID;
            END IF;
            IF enableAudit THEN
                INSERT INTO auditlog_idn_oauth2_authorization_code_cleanup
                SELECT c.* FROM IDN_OAUTH2_AUTHORIZATION_CODE c JOIN wso2_token_cleanup_batch b ON b.id = c.CODE_ID;
            END IF;
            DELETE FROM IDN_OAUTH2_AUTHORIZATION_CODE c USING wso2_token_cleanup_batch b WHERE b.id = c.CODE_ID;
            GET DIAGNOSTICS batchCount = ROW_COUNT;
            DELETE FROM wso2_token_cleanup_chunk k USING wso2_token_cleanup_batch b WHERE b.id = k.id;
            COMMIT;
            removed := removed + batchCount;
            IF enableLog AND logLevel = 'TRACE' THEN
                RAISE NOTICE 'IDN_OAUTH2_AUTHORIZATION_CODE: batch removed % codes, % so far', batchCount, removed;
            END IF;
            IF sleepTime > 0 AND EXISTS (SELECT 1 FROM wso2_token_cleanup_chunk) THEN
                PERFORM pg_sleep(sleepTime);
            END IF;
        END LOOP;

        EXIT WHEN chunkCount < checkCount;
    END LOOP;
    SELECT count(*) INTO tableRows FROM IDN_OAUTH2_AUTHORIZATION_CODE;
    IF enableLog THEN
        RAISE NOTICE 'IDN_OAUTH2_AUTHORIZATION_CODE: % codes removed, % rows left', removed, tableRows;
    END IF;

    IF enableTblAnalyzing THEN
        ANALYZE IDN_OAUTH2_ACCESS_TOKEN;
        ANALYZE IDN_OAUTH2_AUTHORIZATION_CODE;
        IF enableLog THEN
            RAISE NOTICE 'Planner statistics of IDN_OAUTH2_ACCESS_TOKEN and IDN_OAUTH2_AUTHORIZATION_CODE refreshed';
        END IF;
    END IF;
    IF enableReindexing THEN
        REINDEX TABLE IDN_OAUTH2_ACCESS_TOKEN;
        REINDEX TABLE IDN_OAUTH2_AUTHORIZATION_CODE;
        IF enableLog THEN
            RAISE NOTICE 'Indexes of IDN_OAUTH2_ACCESS_TOKEN and IDN_OAUTH2_AUTHORIZATION_CODE rebuilt';
        END IF;
    END IF;

    DROP TABLE wso2_token_cleanup_chunk;
    DROP TABLE wso2_token_cleanup_batch;
    IF enableLog THEN
        RAISE NOTICE 'WSO2_TOKEN_CLEANUP_SP finished at % UTC', date_trunc('second', clock_timestamp() AT TIME ZONE 'UTC');
    END IF;
END;
$$;
