// Backup (run on the system database): the id of the last transaction committed in one database. Equal before and
// after the backup's read, no write committed while it read: the backup is one point in time.
SHOW DATABASE $database YIELD name, lastCommittedTxn
RETURN lastCommittedTxn AS txId
