CREATE PROCEDURE PURGE_SP
AS
BEGIN
DECLARE @batchSize INT = 10000, @enableLog BIT = 1
-- CONFIGURABLE
SET @backupTables = 'TRUE'
PRINT N'it''s; GO'
SELECT [a]]b] FROM t;
END
GO
:setvar x y
EXEC PURGE_SP;
go 2
