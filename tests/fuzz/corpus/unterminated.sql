SELECT 'never closed;
/* open comment
DELIMITER
$x$ body
