-- Token cleanup for MySQL 5.7+ and MariaDB 10.3+, written for the IS Migration
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
-- batchSize, each batch in a transaction of its own, with sleepTime seconds
-- between batches so that the server keeps serving logins meanwhile.
-- With backupTables the rows are copied to BAK_<table> before they go (the
-- backup tables are made anew on each run); WSO2_TOKEN_CLEANUP_DATA_RESTORE_SP
-- in token-cleanup-restore.sql puts them back.
--
-- Run it in a quiet hour, after a database backup, with the server's own
-- token cleanup switched off ([oauth.token_cleanup] enable = false):
--     CALL WSO2_TOKEN_CLEANUP_SP();
-- Progress comes back as result sets with the single column INFO LOG.

DROP PROCEDURE IF EXISTS WSO2_TOKEN_CLEANUP_SP;

DELIMITER $$
CREATE PROCEDURE WSO2_TOKEN_CLEANUP_SP()
BEGIN
    -- CONFIGURABLE: the knobs of this procedure; change the values before running it.
    DECLARE batchSize INT DEFAULT 10000;          -- rows deleted per transaction
    DECLARE chunkSize INT DEFAULT 500000;         -- rows collected per pass over a table
    DECLARE checkCount INT DEFAULT 100;           -- a pass that finds fewer rows is the last one
    DECLARE backupTables BOOLEAN DEFAULT TRUE;    -- copy the rows to BAK_<table> before deleting them
    DECLARE sleepTime FLOAT DEFAULT 2;            -- seconds to pause between batches
    DECLARE safePeriod INT DEFAULT 2;             -- hours: tokens that ended more recently stay
    DECLARE enableLog BOOLEAN DEFAULT TRUE;       -- report progress as INFO LOG result sets
    DECLARE logLevel VARCHAR(10) DEFAULT 'TRACE'; -- TRACE: every batch; DEBUG: every table
    DECLARE enableAudit BOOLEAN DEFAULT FALSE;    -- keep the rows in AUDITLOG_* tables too (forces backups)

    DECLARE cutOff DATETIME(6);
    DECLARE chunkCount INT DEFAULT 0;
    DECLARE batchCount INT DEFAULT 0;
    DECLARE chunkNumber INT DEFAULT 0;
    DECLARE removed BIGINT DEFAULT 0;
    DECLARE tableRows BIGINT DEFAULT 0;
    DECLARE savedTimeZone VARCHAR(64) DEFAULT NULL;

    -- A failed batch is rolled back as a whole; what earlier batches removed stays removed.
    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
        ROLLBACK;
        IF savedTimeZone IS NOT NULL THEN
            SET time_zone = savedTimeZone;
        END IF;
        RESIGNAL;
    END;

    -- TIMESTAMP columns are read in the session's time zone; the times are UTC.
    SET savedTimeZone = @@session.time_zone;
    SET time_zone = '+00:00';
    IF enableAudit THEN
        SET backupTables = TRUE;
    END IF;
    SET cutOff = UTC_TIMESTAMP(6) - INTERVAL safePeriod HOUR;

    IF enableLog THEN
        SELECT CONCAT('WSO2_TOKEN_CLEANUP_SP started at ', UTC_TIMESTAMP(), ' UTC; removing inactive, revoked and ',
                      'expired tokens, and active ones that ended before ', CAST(cutOff AS DATETIME), ' UTC') AS 'INFO LOG';
    END IF;

    DROP TEMPORARY TABLE IF EXISTS WSO2_TOKEN_CLEANUP_CHUNK;
    CREATE TEMPORARY TABLE WSO2_TOKEN_CLEANUP_CHUNK (ID VARCHAR(255) NOT NULL PRIMARY KEY);
    DROP TEMPORARY TABLE IF EXISTS WSO2_TOKEN_CLEANUP_BATCH;
    CREATE TEMPORARY TABLE WSO2_TOKEN_CLEANUP_BATCH (ID VARCHAR(255) NOT NULL PRIMARY KEY);

    IF backupTables THEN
        DROP TABLE IF EXISTS BAK_IDN_OAUTH2_ACCESS_TOKEN;
        CREATE TABLE BAK_IDN_OAUTH2_ACCESS_TOKEN LIKE IDN_OAUTH2_ACCESS_TOKEN;
        DROP TABLE IF EXISTS BAK_IDN_OAUTH2_AUTHORIZATION_CODE;
        CREATE TABLE BAK_IDN_OAUTH2_AUTHORIZATION_CODE LIKE IDN_OAUTH2_AUTHORIZATION_CODE;
        IF enableLog THEN
            SELECT 'Backup tables BAK_IDN_OAUTH2_ACCESS_TOKEN and BAK_IDN_OAUTH2_AUTHORIZATION_CODE created' AS 'INFO LOG';
        END IF;
    END IF;
    IF enableAudit THEN
        CREATE TABLE IF NOT EXISTS AUDITLOG_IDN_OAUTH2_ACCESS_TOKEN_CLEANUP
            AS SELECT * FROM IDN_OAUTH2_ACCESS_TOKEN WHERE 1 = 0;
        CREATE TABLE IF NOT EXISTS AUDITLOG_IDN_OAUTH2_AUTHORIZATION_CODE_CLEANUP
            AS SELECT * FROM IDN_OAUTH2_AUTHORIZATION_CODE WHERE 1 = 0;
    END IF;

    -- Access tokens.
    SELECT COUNT(*) INTO tableRows FROM IDN_OAUTH2_ACCESS_TOKEN;
    IF enableLog THEN
        SELECT CONCAT('IDN_OAUTH2_ACCESS_TOKEN: ', tableRows, ' rows before the cleanup') AS 'INFO LOG';
    END IF;
    SET removed = 0;
    SET chunkNumber = 0;
    tokenChunks: LOOP
        DELETE FROM WSO2_TOKEN_CLEANUP_CHUNK;
        -- Lifetimes are compared as "validity < time since creation" so that
        -- a huge VALIDITY_PERIOD (a token that never expires) cannot overflow.
        INSERT INTO WSO2_TOKEN_CLEANUP_CHUNK (ID)
        SELECT TOKEN_ID FROM IDN_OAUTH2_ACCESS_TOKEN
         WHERE TOKEN_STATE IN ('INACTIVE', 'REVOKED', 'EXPIRED')
            OR (TOKEN_STATE = 'ACTIVE'
                AND VALIDITY_PERIOD >= 0
                AND VALIDITY_PERIOD < TIMESTAMPDIFF(MICROSECOND, TIME_CREATED, cutOff) DIV 1000
                AND (REFRESH_TOKEN_TIME_CREATED IS NULL
                     OR (REFRESH_TOKEN_VALIDITY_PERIOD >= 0
                         AND REFRESH_TOKEN_VALIDITY_PERIOD
                             < TIMESTAMPDIFF(MICROSECOND, REFRESH_TOKEN_TIME_CREATED, cutOff) DIV 1000)))
         LIMIT chunkSize;
        SET chunkCount = ROW_COUNT();
        SET chunkNumber = chunkNumber + 1;
        IF enableLog THEN
            SELECT CONCAT('IDN_OAUTH2_ACCESS_TOKEN: chunk ', chunkNumber, ' holds ', chunkCount,
                          ' tokens to remove') AS 'INFO LOG';
        END IF;

        tokenBatches: LOOP
            DELETE FROM WSO2_TOKEN_CLEANUP_BATCH;
            INSERT INTO WSO2_TOKEN_CLEANUP_BATCH (ID) SELECT ID FROM WSO2_TOKEN_CLEANUP_CHUNK LIMIT batchSize;
            IF ROW_COUNT() = 0 THEN
                LEAVE tokenBatches;
            END IF;
            START TRANSACTION;
            IF backupTables THEN
                INSERT INTO BAK_IDN_OAUTH2_ACCESS_TOKEN
                SELECT t.* FROM IDN_OAUTH2_ACCESS_TOKEN t JOIN WSO2_TOKEN_CLEANUP_BATCH b ON b.ID = t.TOKEN_ID;
            END IF;
            IF enableAudit THEN
                INSERT INTO AUDITLOG_IDN_OAUTH2_ACCESS_TOKEN_CLEANUP
                SELECT t.* FROM IDN_OAUTH2_ACCESS_TOKEN t JOIN WSO2_TOKEN_CLEANUP_BATCH b ON b.ID = t.TOKEN_ID;
            END IF;
            DELETE t FROM IDN_OAUTH2_ACCESS_TOKEN t JOIN WSO2_TOKEN_CLEANUP_BATCH b ON b.ID = t.TOKEN_ID;
            SET batchCount = ROW_COUNT();
            COMMIT;
            SET removed = removed + batchCount;
            DELETE c FROM WSO2_TOKEN_CLEANUP_CHUNK c JOIN WSO2_TOKEN_CLEANUP_BATCH b ON b.ID = c.ID;
            IF enableLog AND logLevel = 'TRACE' THEN
                SELECT CONCAT('IDN_OAUTH2_ACCESS_TOKEN: batch removed ', batchCount, ' tokens, ', removed,
                              ' so far') AS 'INFO LOG';
            END IF;
            IF sleepTime > 0 AND EXISTS (SELECT 1 FROM WSO2_TOKEN_CLEANUP_CHUNK) THEN
                DO SLEEP(sleepTime);
            END IF;
        END LOOP tokenBatches;

        IF chunkCount < checkCount THEN
            LEAVE tokenChunks;
        END IF;
    END LOOP tokenChunks;
    SELECT COUNT(*) INTO tableRows FROM IDN_OAUTH2_ACCESS_TOKEN;
    IF enableLog THEN
        SELECT CONCAT('IDN_OAUTH2_ACCESS_TOKEN: ', removed, ' tokens removed, ', tableRows, ' rows left') AS 'INFO LOG';
    END IF;

    -- Authorization codes.
    SELECT COUNT(*) INTO tableRows FROM IDN_OAUTH2_AUTHORIZATION_CODE;
    IF enableLog THEN
        SELECT CONCAT('IDN_OAUTH2_AUTHORIZATION_CODE: ', tableRows, ' rows before the cleanup') AS 'INFO LOG';
    END IF;
    SET removed = 0;
    SET chunkNumber = 0;
    codeChunks: LOOP
        DELETE FROM WSO2_TOKEN_CLEANUP_CHUNK;
        INSERT INTO WSO2_TOKEN_CLEANUP_CHUNK (ID)
        SELECT CODE_ID FROM IDN_OAUTH2_AUTHORIZATION_CODE
         WHERE STATE IN ('INACTIVE', 'REVOKED', 'EXPIRED')
            OR (STATE = 'ACTIVE'
                AND VALIDITY_PERIOD >= 0
                AND VALIDITY_PERIOD < TIMESTAMPDIFF(MICROSECOND, TIME_CREATED, cutOff) DIV 1000)
         LIMIT chunkSize;
        SET chunkCount = ROW_COUNT();
        SET chunkNumber = chunkNumber + 1;
        IF enableLog THEN
            SELECT CONCAT('IDN_OAUTH2_AUTHORIZATION_CODE: chunk ', chunkNumber, ' holds ', chunkCount,
                          ' codes to remove') AS 'INFO LOG';
        END IF;

        codeBatches: LOOP
            DELETE FROM WSO2_TOKEN_CLEANUP_BATCH;
            INSERT INTO WSO2_TOKEN_CLEANUP_BATCH (ID) SELECT ID FROM WSO2_TOKEN_CLEANUP_CHUNK LIMIT batchSize;
            IF ROW_COUNT() = 0 THEN
                LEAVE codeBatches;
            END IF;
            START TRANSACTION;
            IF backupTables THEN
                INSERT INTO BAK_IDN_OAUTH2_AUTHORIZATION_CODE
                SELECT c.* FROM IDN_OAUTH2_AUTHORIZATION_CODE c JOIN WSO2_TOKEN_CLEANUP_BATCH b ON b.ID = c.CODE_ID;
            END IF;
            IF enableAudit THEN
                INSERT INTO AUDITLOG_IDN_OAUTH2_AUTHORIZATION_CODE_CLEANUP
                SELECT c.* FROM IDN_OAUTH2_AUTHORIZATION_CODE c JOIN WSO2_TOKEN_CLEANUP_BATCH b ON b.ID = c.CODE_ID;
            END IF;
            DELETE c FROM IDN_OAUTH2_AUTHORIZATION_CODE c JOIN WSO2_TOKEN_CLEANUP_BATCH b ON b.ID = c.CODE_ID;
            SET batchCount = ROW_COUNT();
            COMMIT;
            SET removed = removed + batchCount;
            DELETE k FROM WSO2_TOKEN_CLEANUP_CHUNK k JOIN WSO2_TOKEN_CLEANUP_BATCH b ON b.ID = k.ID;
            IF enableLog AND logLevel = 'TRACE' THEN
                SELECT CONCAT('IDN_OAUTH2_AUTHORIZATION_CODE: batch removed ', batchCount, ' codes, ', removed,
                              ' so far') AS 'INFO LOG';
            END IF;
            IF sleepTime > 0 AND EXISTS (SELECT 1 FROM WSO2_TOKEN_CLEANUP_CHUNK) THEN
                DO SLEEP(sleepTime);
            END IF;
        END LOOP codeBatches;

        IF chunkCount < checkCount THEN
            LEAVE codeChunks;
        END IF;
    END LOOP codeChunks;
    SELECT COUNT(*) INTO tableRows FROM IDN_OAUTH2_AUTHORIZATION_CODE;
    IF enableLog THEN
        SELECT CONCAT('IDN_OAUTH2_AUTHORIZATION_CODE: ', removed, ' codes removed, ', tableRows, ' rows left')
            AS 'INFO LOG';
    END IF;

    DROP TEMPORARY TABLE IF EXISTS WSO2_TOKEN_CLEANUP_CHUNK;
    DROP TEMPORARY TABLE IF EXISTS WSO2_TOKEN_CLEANUP_BATCH;
    SET time_zone = savedTimeZone;
    IF enableLog THEN
        SELECT CONCAT('WSO2_TOKEN_CLEANUP_SP finished at ', UTC_TIMESTAMP(), ' UTC') AS 'INFO LOG';
    END IF;
END$$
DELIMITER ;
