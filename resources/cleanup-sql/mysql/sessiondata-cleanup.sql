-- Session data cleanup for MySQL 5.7+ and MariaDB 10.3+, written for the IS
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
-- Batches, chunks, pauses and backups (BAK_<table>) work as in the token
-- cleanup; WSO2_SESSION_DATA_RESTORE_SP in sessiondata-cleanup-restore.sql
-- puts backed-up rows back.
--
-- Run it with the server's own session cleanup switched off ([session_data.cleanup]
-- enable_expired_data_cleanup, clean_logged_out_sessions_at_immediate_cycle and
-- enable_pre_session_data_cleanup = false):
--     CALL CLEANUP_SESSION_DATA();
-- Progress comes back as result sets with the single column INFO LOG.

DROP PROCEDURE IF EXISTS CLEANUP_SESSION_DATA;

DELIMITER $$
CREATE PROCEDURE CLEANUP_SESSION_DATA()
BEGIN
    -- CONFIGURABLE: the knobs of this procedure; change the values before running it.
    DECLARE batchSize INT DEFAULT 10000;          -- rows deleted per transaction
    DECLARE chunkSize INT DEFAULT 500000;         -- rows collected per pass over the store
    DECLARE checkCount INT DEFAULT 100;           -- a pass that finds fewer rows is the last one
    DECLARE backupTables BOOLEAN DEFAULT TRUE;    -- copy the rows to BAK_<table> before deleting them
    DECLARE sleepTime FLOAT DEFAULT 2;            -- seconds to pause between batches
    DECLARE safePeriod INT DEFAULT 2;             -- hours past EXPIRY_TIME before a row goes
    DECLARE legacyRetentionDays INT DEFAULT 14;   -- rows without EXPIRY_TIME go after this many days
    DECLARE enableLog BOOLEAN DEFAULT TRUE;       -- report progress as INFO LOG result sets
    DECLARE logLevel VARCHAR(10) DEFAULT 'TRACE'; -- TRACE: every batch; DEBUG: every table
    DECLARE tracingEnabled BOOLEAN DEFAULT FALSE; -- also report the IDs of the sessions removed

    DECLARE nowNs BIGINT;
    DECLARE cutOffNs BIGINT;
    DECLARE legacyCutOffNs BIGINT;
    DECLARE cutOff DATETIME(6);
    DECLARE chunkCount INT DEFAULT 0;
    DECLARE batchCount INT DEFAULT 0;
    DECLARE chunkNumber INT DEFAULT 0;
    DECLARE removed BIGINT DEFAULT 0;
    DECLARE removedUsers BIGINT DEFAULT 0;
    DECLARE removedApps BIGINT DEFAULT 0;
    DECLARE removedMeta BIGINT DEFAULT 0;
    DECLARE tableRows BIGINT DEFAULT 0;
    DECLARE savedTimeZone VARCHAR(64) DEFAULT NULL;

    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
        ROLLBACK;
        IF savedTimeZone IS NOT NULL THEN
            SET time_zone = savedTimeZone;
        END IF;
        RESIGNAL;
    END;

    SET savedTimeZone = @@session.time_zone;
    SET time_zone = '+00:00';
    SET nowNs = CAST(FLOOR(UNIX_TIMESTAMP(UTC_TIMESTAMP(6)) * 1000000) AS SIGNED) * 1000;
    SET cutOffNs = nowNs - safePeriod * 3600 * 1000000000;
    SET legacyCutOffNs = nowNs - legacyRetentionDays * 86400 * 1000000000;
    SET cutOff = UTC_TIMESTAMP(6) - INTERVAL safePeriod HOUR;

    IF enableLog THEN
        SELECT CONCAT('CLEANUP_SESSION_DATA started at ', UTC_TIMESTAMP(), ' UTC; removing sessions that expired ',
                      'before ', CAST(cutOff AS DATETIME), ' UTC') AS 'INFO LOG';
    END IF;

    DROP TEMPORARY TABLE IF EXISTS WSO2_SESSION_CLEANUP_CHUNK;
    CREATE TEMPORARY TABLE WSO2_SESSION_CLEANUP_CHUNK (
        SESSION_ID VARCHAR(100) NOT NULL,
        SESSION_TYPE VARCHAR(100) NOT NULL,
        TIME_CREATED BIGINT NOT NULL,
        OPERATION VARCHAR(10) NOT NULL,
        PRIMARY KEY (SESSION_ID, SESSION_TYPE, TIME_CREATED, OPERATION));
    DROP TEMPORARY TABLE IF EXISTS WSO2_SESSION_CLEANUP_BATCH;
    CREATE TEMPORARY TABLE WSO2_SESSION_CLEANUP_BATCH (
        SESSION_ID VARCHAR(100) NOT NULL,
        SESSION_TYPE VARCHAR(100) NOT NULL,
        TIME_CREATED BIGINT NOT NULL,
        OPERATION VARCHAR(10) NOT NULL,
        PRIMARY KEY (SESSION_ID, SESSION_TYPE, TIME_CREATED, OPERATION));
    -- Sessions whose store rows this run removed, and a batch of them.
    DROP TEMPORARY TABLE IF EXISTS WSO2_SESSION_CLEANUP_GONE;
    CREATE TEMPORARY TABLE WSO2_SESSION_CLEANUP_GONE (SESSION_ID VARCHAR(255) NOT NULL PRIMARY KEY);
    DROP TEMPORARY TABLE IF EXISTS WSO2_SESSION_CLEANUP_IDS;
    CREATE TEMPORARY TABLE WSO2_SESSION_CLEANUP_IDS (SESSION_ID VARCHAR(255) NOT NULL PRIMARY KEY);
    DROP TEMPORARY TABLE IF EXISTS WSO2_SESSION_CLEANUP_FED;
    CREATE TEMPORARY TABLE WSO2_SESSION_CLEANUP_FED (ID INTEGER NOT NULL PRIMARY KEY);

    IF backupTables THEN
        DROP TABLE IF EXISTS BAK_IDN_AUTH_SESSION_STORE;
        CREATE TABLE BAK_IDN_AUTH_SESSION_STORE LIKE IDN_AUTH_SESSION_STORE;
        DROP TABLE IF EXISTS BAK_IDN_AUTH_USER_SESSION_MAPPING;
        CREATE TABLE BAK_IDN_AUTH_USER_SESSION_MAPPING LIKE IDN_AUTH_USER_SESSION_MAPPING;
        DROP TABLE IF EXISTS BAK_IDN_AUTH_SESSION_APP_INFO;
        CREATE TABLE BAK_IDN_AUTH_SESSION_APP_INFO LIKE IDN_AUTH_SESSION_APP_INFO;
        DROP TABLE IF EXISTS BAK_IDN_AUTH_SESSION_META_DATA;
        CREATE TABLE BAK_IDN_AUTH_SESSION_META_DATA LIKE IDN_AUTH_SESSION_META_DATA;
        DROP TABLE IF EXISTS BAK_IDN_FED_AUTH_SESSION_MAPPING;
        CREATE TABLE BAK_IDN_FED_AUTH_SESSION_MAPPING LIKE IDN_FED_AUTH_SESSION_MAPPING;
        IF enableLog THEN
            SELECT 'Backup tables BAK_IDN_AUTH_SESSION_STORE and the BAK_ tables of the session mappings created'
                AS 'INFO LOG';
        END IF;
    END IF;

    -- The session store.
    SELECT COUNT(*) INTO tableRows FROM IDN_AUTH_SESSION_STORE;
    IF enableLog THEN
        SELECT CONCAT('IDN_AUTH_SESSION_STORE: ', tableRows, ' rows before the cleanup') AS 'INFO LOG';
    END IF;
    storeChunks: LOOP
        DELETE FROM WSO2_SESSION_CLEANUP_CHUNK;
        INSERT INTO WSO2_SESSION_CLEANUP_CHUNK (SESSION_ID, SESSION_TYPE, TIME_CREATED, OPERATION)
        SELECT SESSION_ID, SESSION_TYPE, TIME_CREATED, OPERATION FROM IDN_AUTH_SESSION_STORE
         WHERE (EXPIRY_TIME IS NOT NULL AND EXPIRY_TIME < cutOffNs)
            OR (EXPIRY_TIME IS NULL AND TIME_CREATED < legacyCutOffNs)
         LIMIT chunkSize;
        SET chunkCount = ROW_COUNT();
        SET chunkNumber = chunkNumber + 1;
        IF enableLog THEN
            SELECT CONCAT('IDN_AUTH_SESSION_STORE: chunk ', chunkNumber, ' holds ', chunkCount, ' rows to remove')
                AS 'INFO LOG';
        END IF;

        storeBatches: LOOP
            DELETE FROM WSO2_SESSION_CLEANUP_BATCH;
            INSERT INTO WSO2_SESSION_CLEANUP_BATCH (SESSION_ID, SESSION_TYPE, TIME_CREATED, OPERATION)
            SELECT SESSION_ID, SESSION_TYPE, TIME_CREATED, OPERATION FROM WSO2_SESSION_CLEANUP_CHUNK LIMIT batchSize;
            IF ROW_COUNT() = 0 THEN
                LEAVE storeBatches;
            END IF;
            START TRANSACTION;
            IF backupTables THEN
                INSERT INTO BAK_IDN_AUTH_SESSION_STORE
                SELECT s.* FROM IDN_AUTH_SESSION_STORE s
                  JOIN WSO2_SESSION_CLEANUP_BATCH b
                    ON b.SESSION_ID = s.SESSION_ID AND b.SESSION_TYPE = s.SESSION_TYPE
                   AND b.TIME_CREATED = s.TIME_CREATED AND b.OPERATION = s.OPERATION;
            END IF;
            DELETE s FROM IDN_AUTH_SESSION_STORE s
              JOIN WSO2_SESSION_CLEANUP_BATCH b
                ON b.SESSION_ID = s.SESSION_ID AND b.SESSION_TYPE = s.SESSION_TYPE
               AND b.TIME_CREATED = s.TIME_CREATED AND b.OPERATION = s.OPERATION;
            SET batchCount = ROW_COUNT();
            COMMIT;
            SET removed = removed + batchCount;
            INSERT IGNORE INTO WSO2_SESSION_CLEANUP_GONE (SESSION_ID)
            SELECT DISTINCT SESSION_ID FROM WSO2_SESSION_CLEANUP_BATCH;
            IF tracingEnabled THEN
                SELECT CONCAT('IDN_AUTH_SESSION_STORE: rows of the sessions ',
                              GROUP_CONCAT(DISTINCT SESSION_ID ORDER BY SESSION_ID SEPARATOR ', '), ' removed')
                    AS 'INFO LOG'
                  FROM WSO2_SESSION_CLEANUP_BATCH;
            END IF;
            DELETE c FROM WSO2_SESSION_CLEANUP_CHUNK c
              JOIN WSO2_SESSION_CLEANUP_BATCH b
                ON b.SESSION_ID = c.SESSION_ID AND b.SESSION_TYPE = c.SESSION_TYPE
               AND b.TIME_CREATED = c.TIME_CREATED AND b.OPERATION = c.OPERATION;
            IF enableLog AND logLevel = 'TRACE' THEN
                SELECT CONCAT('IDN_AUTH_SESSION_STORE: batch removed ', batchCount, ' rows, ', removed, ' so far')
                    AS 'INFO LOG';
            END IF;
            IF sleepTime > 0 AND EXISTS (SELECT 1 FROM WSO2_SESSION_CLEANUP_CHUNK) THEN
                DO SLEEP(sleepTime);
            END IF;
        END LOOP storeBatches;

        IF chunkCount < checkCount THEN
            LEAVE storeChunks;
        END IF;
    END LOOP storeChunks;
    SELECT COUNT(*) INTO tableRows FROM IDN_AUTH_SESSION_STORE;
    IF enableLog THEN
        SELECT CONCAT('IDN_AUTH_SESSION_STORE: ', removed, ' rows removed, ', tableRows, ' rows left') AS 'INFO LOG';
    END IF;

    -- The mappings of the sessions that have no row in the store any more. A
    -- session with one of its rows still there keeps its mappings.
    DELETE g FROM WSO2_SESSION_CLEANUP_GONE g JOIN IDN_AUTH_SESSION_STORE s ON s.SESSION_ID = g.SESSION_ID;
    mappingBatches: LOOP
        DELETE FROM WSO2_SESSION_CLEANUP_IDS;
        INSERT INTO WSO2_SESSION_CLEANUP_IDS (SESSION_ID) SELECT SESSION_ID FROM WSO2_SESSION_CLEANUP_GONE LIMIT batchSize;
        IF ROW_COUNT() = 0 THEN
            LEAVE mappingBatches;
        END IF;
        START TRANSACTION;
        IF backupTables THEN
            INSERT INTO BAK_IDN_AUTH_USER_SESSION_MAPPING
            SELECT m.* FROM IDN_AUTH_USER_SESSION_MAPPING m JOIN WSO2_SESSION_CLEANUP_IDS i ON i.SESSION_ID = m.SESSION_ID;
            INSERT INTO BAK_IDN_AUTH_SESSION_APP_INFO
            SELECT a.* FROM IDN_AUTH_SESSION_APP_INFO a JOIN WSO2_SESSION_CLEANUP_IDS i ON i.SESSION_ID = a.SESSION_ID;
            INSERT INTO BAK_IDN_AUTH_SESSION_META_DATA
            SELECT d.* FROM IDN_AUTH_SESSION_META_DATA d JOIN WSO2_SESSION_CLEANUP_IDS i ON i.SESSION_ID = d.SESSION_ID;
        END IF;
        DELETE m FROM IDN_AUTH_USER_SESSION_MAPPING m JOIN WSO2_SESSION_CLEANUP_IDS i ON i.SESSION_ID = m.SESSION_ID;
        SET removedUsers = removedUsers + ROW_COUNT();
        DELETE a FROM IDN_AUTH_SESSION_APP_INFO a JOIN WSO2_SESSION_CLEANUP_IDS i ON i.SESSION_ID = a.SESSION_ID;
        SET removedApps = removedApps + ROW_COUNT();
        DELETE d FROM IDN_AUTH_SESSION_META_DATA d JOIN WSO2_SESSION_CLEANUP_IDS i ON i.SESSION_ID = d.SESSION_ID;
        SET removedMeta = removedMeta + ROW_COUNT();
        COMMIT;
        DELETE g FROM WSO2_SESSION_CLEANUP_GONE g JOIN WSO2_SESSION_CLEANUP_IDS i ON i.SESSION_ID = g.SESSION_ID;
        IF sleepTime > 0 AND EXISTS (SELECT 1 FROM WSO2_SESSION_CLEANUP_GONE) THEN
            DO SLEEP(sleepTime);
        END IF;
    END LOOP mappingBatches;
    IF enableLog THEN
        SELECT CONCAT('Session mappings removed: ', removedUsers, ' from IDN_AUTH_USER_SESSION_MAPPING, ',
                      removedApps, ' from IDN_AUTH_SESSION_APP_INFO, ', removedMeta,
                      ' from IDN_AUTH_SESSION_META_DATA') AS 'INFO LOG';
    END IF;

    -- Federated session mappings: older than the safe period, their session gone.
    SET removed = 0;
    fedBatches: LOOP
        DELETE FROM WSO2_SESSION_CLEANUP_FED;
        INSERT INTO WSO2_SESSION_CLEANUP_FED (ID)
        SELECT f.ID FROM IDN_FED_AUTH_SESSION_MAPPING f
         WHERE f.TIME_CREATED < cutOff
           AND NOT EXISTS (SELECT 1 FROM IDN_AUTH_SESSION_STORE s WHERE s.SESSION_ID = f.SESSION_ID)
         LIMIT batchSize;
        IF ROW_COUNT() = 0 THEN
            LEAVE fedBatches;
        END IF;
        START TRANSACTION;
        IF backupTables THEN
            INSERT INTO BAK_IDN_FED_AUTH_SESSION_MAPPING
            SELECT f.* FROM IDN_FED_AUTH_SESSION_MAPPING f JOIN WSO2_SESSION_CLEANUP_FED x ON x.ID = f.ID;
        END IF;
        DELETE f FROM IDN_FED_AUTH_SESSION_MAPPING f JOIN WSO2_SESSION_CLEANUP_FED x ON x.ID = f.ID;
        SET batchCount = ROW_COUNT();
        COMMIT;
        SET removed = removed + batchCount;
        IF enableLog AND logLevel = 'TRACE' THEN
            SELECT CONCAT('IDN_FED_AUTH_SESSION_MAPPING: batch removed ', batchCount, ' rows, ', removed, ' so far')
                AS 'INFO LOG';
        END IF;
        IF batchCount = 0 THEN
            LEAVE fedBatches; -- someone else removed them meanwhile: do not spin
        END IF;
        IF sleepTime > 0 THEN
            DO SLEEP(sleepTime);
        END IF;
    END LOOP fedBatches;
    IF enableLog THEN
        SELECT CONCAT('IDN_FED_AUTH_SESSION_MAPPING: ', removed, ' rows removed') AS 'INFO LOG';
    END IF;

    DROP TEMPORARY TABLE IF EXISTS WSO2_SESSION_CLEANUP_CHUNK;
    DROP TEMPORARY TABLE IF EXISTS WSO2_SESSION_CLEANUP_BATCH;
    DROP TEMPORARY TABLE IF EXISTS WSO2_SESSION_CLEANUP_GONE;
    DROP TEMPORARY TABLE IF EXISTS WSO2_SESSION_CLEANUP_IDS;
    DROP TEMPORARY TABLE IF EXISTS WSO2_SESSION_CLEANUP_FED;
    SET time_zone = savedTimeZone;
    IF enableLog THEN
        SELECT CONCAT('CLEANUP_SESSION_DATA finished at ', UTC_TIMESTAMP(), ' UTC') AS 'INFO LOG';
    END IF;
END$$
DELIMITER ;
