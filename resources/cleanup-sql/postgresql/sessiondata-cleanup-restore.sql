-- Puts back the session data that WSO2_SESSION_DATA_CLEANUP_SP
-- (sessiondata-cleanup.sql, run with backupTables) copied to the bak_ tables.
-- Rows that are back already, or that a new row with the same key took the
-- place of, are left as they are. For PostgreSQL 11 and later,
-- written for the IS Migration Wizard.
--
--     CALL WSO2_SESSION_DATA_RESTORATION_SP();

CREATE OR REPLACE PROCEDURE WSO2_SESSION_DATA_RESTORATION_SP()
LANGUAGE plpgsql
AS $restore$
DECLARE
    restored bigint := 0;
BEGIN
    IF to_regclass('bak_idn_auth_session_store') IS NULL
       OR to_regclass('bak_idn_auth_user_session_mapping') IS NULL
       OR to_regclass('bak_idn_auth_session_app_info') IS NULL
       OR to_regclass('bak_idn_auth_session_meta_data') IS NULL
       OR to_regclass('bak_idn_fed_auth_session_mapping') IS NULL THEN
        RAISE NOTICE 'The bak_ tables of a session cleanup with backups are missing: there is nothing to restore';
        RETURN;
    END IF;

    INSERT INTO IDN_AUTH_SESSION_STORE
    SELECT b.* FROM bak_idn_auth_session_store b
     WHERE NOT EXISTS (SELECT 1 FROM IDN_AUTH_SESSION_STORE s
                        WHERE s.SESSION_ID = b.SESSION_ID AND s.SESSION_TYPE = b.SESSION_TYPE
                          AND s.TIME_CREATED = b.TIME_CREATED AND s.OPERATION = b.OPERATION);
    GET DIAGNOSTICS restored = ROW_COUNT;
    RAISE NOTICE 'IDN_AUTH_SESSION_STORE: % rows restored', restored;

    INSERT INTO IDN_AUTH_USER_SESSION_MAPPING
    SELECT b.* FROM bak_idn_auth_user_session_mapping b
     WHERE NOT EXISTS (SELECT 1 FROM IDN_AUTH_USER_SESSION_MAPPING m
                        WHERE m.ID = b.ID OR (m.USER_ID = b.USER_ID AND m.SESSION_ID = b.SESSION_ID));
    GET DIAGNOSTICS restored = ROW_COUNT;
    RAISE NOTICE 'IDN_AUTH_USER_SESSION_MAPPING: % rows restored', restored;

    INSERT INTO IDN_AUTH_SESSION_APP_INFO
    SELECT b.* FROM bak_idn_auth_session_app_info b
     WHERE NOT EXISTS (SELECT 1 FROM IDN_AUTH_SESSION_APP_INFO a
                        WHERE a.SESSION_ID = b.SESSION_ID AND a.SUBJECT = b.SUBJECT AND a.APP_ID = b.APP_ID
                          AND a.INBOUND_AUTH_TYPE = b.INBOUND_AUTH_TYPE);
    GET DIAGNOSTICS restored = ROW_COUNT;
    RAISE NOTICE 'IDN_AUTH_SESSION_APP_INFO: % rows restored', restored;

    INSERT INTO IDN_AUTH_SESSION_META_DATA
    SELECT b.* FROM bak_idn_auth_session_meta_data b
     WHERE NOT EXISTS (SELECT 1 FROM IDN_AUTH_SESSION_META_DATA d
                        WHERE d.SESSION_ID = b.SESSION_ID AND d.PROPERTY_TYPE = b.PROPERTY_TYPE
                          AND d.VALUE = b.VALUE);
    GET DIAGNOSTICS restored = ROW_COUNT;
    RAISE NOTICE 'IDN_AUTH_SESSION_META_DATA: % rows restored', restored;

    INSERT INTO IDN_FED_AUTH_SESSION_MAPPING
    SELECT b.* FROM bak_idn_fed_auth_session_mapping b
     WHERE NOT EXISTS (SELECT 1 FROM IDN_FED_AUTH_SESSION_MAPPING f
                        WHERE f.ID = b.ID
                           OR (f.IDP_SESSION_ID = b.IDP_SESSION_ID AND f.TENANT_ID = b.TENANT_ID
                               AND f.IDP_ID = b.IDP_ID));
    GET DIAGNOSTICS restored = ROW_COUNT;
    RAISE NOTICE 'IDN_FED_AUTH_SESSION_MAPPING: % rows restored', restored;
END;
$restore$;
