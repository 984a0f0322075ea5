// Query.auditTrail: one page of the audit trail, newest first (ties by id), after the keyset ($afterAt, $afterId).
MATCH (e:AuditEntry)
WHERE $afterAt IS NULL OR e.at < $afterAt OR (e.at = $afterAt AND e.id > $afterId)
RETURN e.id AS id, e.at AS at, e.actor AS actor, e.action AS action, e.outcome AS outcome, e.ids AS ids,
       e.origin AS origin, e.detail AS detail
ORDER BY e.at DESC, e.id
LIMIT $limit
