// foundBranch: a new party organization hosted by $host, subordinate to $parent (element ids; parent optional).
MATCH (h)
WHERE elementId(h) = $host
CREATE (po:PartyOrganization {id: $id, name: $name, pinyin: $pinyin, initials: $initials, generated: false,
                              level: $level, expanded: false, founded: $date})
CREATE (po)-[:HOSTED_BY {since: $date}]->(h)
WITH po
CALL (po) {
  MATCH (p)
  WHERE elementId(p) = $parent
  CREATE (po)-[:SUBORDINATE_TO {since: $date}]->(p)
}
RETURN elementId(po) AS element
