// Backup: the name of the database the session reads (the system database is asked about that one).
CALL db.info() YIELD name
RETURN name
