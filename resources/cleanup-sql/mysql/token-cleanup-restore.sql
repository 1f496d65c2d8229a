-- Puts back the tokens and authorization codes that WSO2_TOKEN_CLEANUP_SP
-- (token-cleanup.sql, run with backupTables) copied to BAK_IDN_OAUTH2_ACCESS_TOKEN
-- and BAK_IDN_OAUTH2_AUTHORIZATION_CODE. Rows that are back in the table
-- already are left as they are, so running it twice does no harm. For MySQL
-- 5.7+ and MariaDB 10.3+, written for the IS Migration Wizard.
--
--     CALL WSO2_TOKEN_CLEANUP_DATA_RESTORE_SP();

DROP PROCEDURE IF EXISTS WSO2_TOKEN_CLEANUP_DATA_RESTORE_SP;

DELIMITER $$
CREATE PROCEDURE WSO2_TOKEN_CLEANUP_DATA_RESTORE_SP()
BEGIN
    DECLARE restored BIGINT DEFAULT 0;

    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
        ROLLBACK;
        RESIGNAL;
    END;

    IF NOT EXISTS (SELECT 1 FROM information_schema.TABLES
                    WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'BAK_IDN_OAUTH2_ACCESS_TOKEN') THEN
        SELECT 'BAK_IDN_OAUTH2_ACCESS_TOKEN does not exist: there are no tokens to restore' AS 'INFO LOG';
    ELSE
        START TRANSACTION;
        INSERT INTO IDN_OAUTH2_ACCESS_TOKEN
        SELECT b.* FROM BAK_IDN_OAUTH2_ACCESS_TOKEN b
         WHERE NOT EXISTS (SELECT 1 FROM IDN_OAUTH2_ACCESS_TOKEN t WHERE t.TOKEN_ID = b.TOKEN_ID);
        SET restored = ROW_COUNT();
        COMMIT;
        SELECT CONCAT('IDN_OAUTH2_ACCESS_TOKEN: ', restored, ' tokens restored from BAK_IDN_OAUTH2_ACCESS_TOKEN')
            AS 'INFO LOG';
    END IF;

    IF NOT EXISTS (SELECT 1 FROM information_schema.TABLES
                    WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'BAK_IDN_OAUTH2_AUTHORIZATION_CODE') THEN
        SELECT 'BAK_IDN_OAUTH2_AUTHORIZATION_CODE does not exist: there are no codes to restore' AS 'INFO LOG';
    ELSE
        START TRANSACTION;
        INSERT INTO IDN_OAUTH2_AUTHORIZATION_CODE
        SELECT b.* FROM BAK_IDN_OAUTH2_AUTHORIZATION_CODE b
         WHERE NOT EXISTS (SELECT 1 FROM IDN_OAUTH2_AUTHORIZATION_CODE c WHERE c.CODE_ID = b.CODE_ID);
        SET restored = ROW_COUNT();
        COMMIT;
        SELECT CONCAT('IDN_OAUTH2_AUTHORIZATION_CODE: ', restored,
                      ' codes restored from BAK_IDN_OAUTH2_AUTHORIZATION_CODE') AS 'INFO LOG';
    END IF;
END$$
DELIMITER ;
