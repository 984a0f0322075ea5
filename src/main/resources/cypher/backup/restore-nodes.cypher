// Restore: creates one batch of a backup's nodes with their labels and properties; answers each row's number in
// the backup with the new node's element id, which the relationships of the backup are then matched by.
UNWIND $rows AS row
CREATE (n)
SET n = row.props
SET n:$(row.labels)
RETURN row.number AS number, elementId(n) AS key
