// Records one entry of the audit trail: who did what, when, from where, with what outcome, and the ids touched.
CREATE (e:AuditEntry {id: $id, at: $at, actor: $actor, action: $action, outcome: $outcome, ids: $ids,
                      origin: $origin, detail: $detail})
RETURN e.id AS id
