DROP PROCEDURE IF EXISTS `PURGE_SP`;
DELIMITER $$
CREATE PROCEDURE `PURGE_SP`()
BEGIN
DECLARE batchSize INT;
-- CONFIGURABLE
SET batchSize = 10000; # rows per transaction
SET logLevel = 'TRACE';
SELECT 'it''s \'done\'; $$' AS 'INFO LOG';
END$$
delimiter ;
CALL `PURGE_SP`();
