-- Puts back the tokens and authorization codes that WSO2_TOKEN_CLEANUP_SP
-- (token-cleanup.sql, run with backupTables) copied to bak_idn_oauth2_access_token
-- and bak_idn_oauth2_authorization_code. Rows that are back in the table
-- already are left as they are, so running it twice does no harm. For
-- PostgreSQL 11 and later, written for the IS Migration Wizard.
--
--     CALL WSO2_TOKEN_CLEANUP_DATA_RESTORATION_SP();

CREATE OR REPLACE PROCEDURE WSO2_TOKEN_CLEANUP_DATA_RESTORATION_SP()
LANGUAGE plpgsql
AS $restore$
DECLARE
    restored bigint := 0;
BEGIN
    IF to_regclass('bak_idn_oauth2_access_token') IS NULL THEN
        RAISE NOTICE 'bak_idn_oauth2_access_token does not exist: there are no tokens to restore';
    ELSE
        INSERT INTO IDN_OAUTH2_ACCESS_TOKEN
        SELECT b.* FROM bak_idn_oauth2_access_token b
         WHERE NOT EXISTS (SELECT 1 FROM IDN_OAUTH2_ACCESS_TOKEN t WHERE t.TOKEN_ID = b.TOKEN_ID);
        GET DIAGNOSTICS restored = ROW_COUNT;
        RAISE NOTICE 'IDN_OAUTH2_ACCESS_TOKEN: % tokens restored from bak_idn_oauth2_access_token', restored;
    END IF;

    IF to_regclass('bak_idn_oauth2_authorization_code') IS NULL THEN
        RAISE NOTICE 'bak_idn_oauth2_authorization_code does not exist: there are no codes to restore';
    ELSE
        INSERT INTO IDN_OAUTH2_AUTHORIZATION_CODE
        SELECT b.* FROM bak_idn_oauth2_authorization_code b
         WHERE NOT EXISTS (SELECT 1 FROM IDN_OAUTH2_AUTHORIZATION_CODE c WHERE c.CODE_ID = b.CODE_ID);
        GET DIAGNOSTICS restored = ROW_COUNT;
        RAISE NOTICE 'IDN_OAUTH2_AUTHORIZATION_CODE: % codes restored from bak_idn_oauth2_authorization_code', restored;
    END IF;
END;
$restore$;
