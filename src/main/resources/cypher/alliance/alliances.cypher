// Query.alliances: filter parameters are null when not asked.
// $memberId: a community, park or unit id; the alliance it belongs to (on $asOf when given).
MATCH (n:Alliance)
WHERE ($nameContains IS NULL OR n.name CONTAINS $nameContains
       OR n.pinyin STARTS WITH toLower($nameContains) OR n.initials STARTS WITH toLower($nameContains))
  AND ($urbanRegional IS NULL OR coalesce(n.urbanRegional, false) = $urbanRegional)
  AND ($memberId IS NULL OR EXISTS { MATCH (n)<-[r:IN_ALLIANCE]-(m) WHERE m.id = $memberId AND (CASE WHEN $asOf IS NULL THEN r.until IS NULL ELSE coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true) END) })
