-- Puts back the session data that CLEANUP_SESSION_DATA (sessiondata-cleanup.sql,
-- run with backupTables) copied to the BAK_ tables. Rows that are back
-- already, or that a new row with the same key took the place of, are left as
-- they are. For MySQL 5.7+ and MariaDB 10.3+, written for the IS Migration Wizard.
--
--     CALL WSO2_SESSION_DATA_RESTORE_SP();

DROP PROCEDURE IF EXISTS WSO2_SESSION_DATA_RESTORE_SP;

DELIMITER $$
CREATE PROCEDURE WSO2_SESSION_DATA_RESTORE_SP()
BEGIN
    DECLARE restored BIGINT DEFAULT 0;

    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
        ROLLBACK;
        RESIGNAL;
    END;

    IF (SELECT COUNT(*) FROM information_schema.TABLES
         WHERE TABLE_SCHEMA = DATABASE()
           AND TABLE_NAME IN ('BAK_IDN_AUTH_SESSION_STORE', 'BAK_IDN_AUTH_USER_SESSION_MAPPING',
                              'BAK_IDN_AUTH_SESSION_APP_INFO', 'BAK_IDN_AUTH_SESSION_META_DATA',
                              'BAK_IDN_FED_AUTH_SESSION_MAPPING')) < 5 THEN
        SELECT 'The BAK_ tables of a session cleanup with backups are missing: there is nothing to restore'
            AS 'INFO LOG';
    ELSE
        START TRANSACTION;
        INSERT INTO IDN_AUTH_SESSION_STORE
        SELECT b.* FROM BAK_IDN_AUTH_SESSION_STORE b
         WHERE NOT EXISTS (SELECT 1 FROM IDN_AUTH_SESSION_STORE s
                            WHERE s.SESSION_ID = b.SESSION_ID AND s.SESSION_TYPE = b.SESSION_TYPE
                              AND s.TIME_CREATED = b.TIME_CREATED AND s.OPERATION = b.OPERATION);
        SET restored = ROW_COUNT();
        SELECT CONCAT('IDN_AUTH_SESSION_STORE: ', restored, ' rows restored') AS 'INFO LOG';

        INSERT INTO IDN_AUTH_USER_SESSION_MAPPING
        SELECT b.* FROM BAK_IDN_AUTH_USER_SESSION_MAPPING b
         WHERE NOT EXISTS (SELECT 1 FROM IDN_AUTH_USER_SESSION_MAPPING m
                            WHERE m.ID = b.ID OR (m.USER_ID = b.USER_ID AND m.SESSION_ID = b.SESSION_ID));
        SET restored = ROW_COUNT();
        SELECT CONCAT('IDN_AUTH_USER_SESSION_MAPPING: ', restored, ' rows restored') AS 'INFO LOG';

        INSERT INTO IDN_AUTH_SESSION_APP_INFO
        SELECT b.* FROM BAK_IDN_AUTH_SESSION_APP_INFO b
         WHERE NOT EXISTS (SELECT 1 FROM IDN_AUTH_SESSION_APP_INFO a
                            WHERE a.SESSION_ID = b.SESSION_ID AND a.SUBJECT = b.SUBJECT AND a.APP_ID = b.APP_ID
                              AND a.INBOUND_AUTH_TYPE = b.INBOUND_AUTH_TYPE);
        SET restored = ROW_COUNT();
        SELECT CONCAT('IDN_AUTH_SESSION_APP_INFO: ', restored, ' rows restored') AS 'INFO LOG';

        INSERT INTO IDN_AUTH_SESSION_META_DATA
        SELECT b.* FROM BAK_IDN_AUTH_SESSION_META_DATA b
         WHERE NOT EXISTS (SELECT 1 FROM IDN_AUTH_SESSION_META_DATA d
                            WHERE d.SESSION_ID = b.SESSION_ID AND d.PROPERTY_TYPE = b.PROPERTY_TYPE
                              AND d.`VALUE` = b.`VALUE`);
        SET restored = ROW_COUNT();
        SELECT CONCAT('IDN_AUTH_SESSION_META_DATA: ', restored, ' rows restored') AS 'INFO LOG';

        INSERT INTO IDN_FED_AUTH_SESSION_MAPPING
        SELECT b.* FROM BAK_IDN_FED_AUTH_SESSION_MAPPING b
         WHERE NOT EXISTS (SELECT 1 FROM IDN_FED_AUTH_SESSION_MAPPING f
                            WHERE f.ID = b.ID
                               OR (f.IDP_SESSION_ID = b.IDP_SESSION_ID AND f.TENANT_ID = b.TENANT_ID
                                   AND f.IDP_ID = b.IDP_ID));
        SET restored = ROW_COUNT();
        SELECT CONCAT('IDN_FED_AUTH_SESSION_MAPPING: ', restored, ' rows restored') AS 'INFO LOG';
        COMMIT;
    END IF;
END$$
DELIMITER ;
