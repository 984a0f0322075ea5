// Query.alliances: filter parameters are null when not asked.
// $memberId: a community, park or unit id; the alliance it belongs to (on $asOf when given).
// nameContains: one text-index seek per property (schema V0004), united without duplicates; a single OR across
// the properties is served by no index and scanned every node of the label. No filter: CONTAINS '', every node
// (each has a name).
CALL () {
  MATCH (n:Alliance) WHERE n.name CONTAINS toString(coalesce($nameContains, '')) RETURN n
  UNION
  MATCH (n:Alliance) WHERE n.pinyin STARTS WITH toLower($nameContains) RETURN n
  UNION
  MATCH (n:Alliance) WHERE n.initials STARTS WITH toLower($nameContains) RETURN n
}
WITH n
WHERE ($urbanRegional IS NULL OR coalesce(n.urbanRegional, false) = $urbanRegional)
  AND ($memberId IS NULL OR EXISTS { MATCH (n)<-[r:IN_ALLIANCE]-(m) WHERE m.id = $memberId AND (CASE WHEN $asOf IS NULL THEN r.until IS NULL ELSE coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true) END) })
