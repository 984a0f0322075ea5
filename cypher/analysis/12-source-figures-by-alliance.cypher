// Question: how do the source report's alliance figures break down over the 18 alliances? Per alliance: its
//   communities, industrial parks, units (and how many of them are agencies or public institutions), the
//   grassroots party organizations it covers (hosted by one of its members, and every organization below
//   them) and the party members it covers (current membership in one of those organizations), then a TOTAL
//   row counting each once: the report's 26 communities, 5 parks, 303 agencies and public institutions,
//   1,323 organizations and 21,821 members. Every figure of the report, with expected and actual values:
//   ../checks/heshan-figures.cypher (it runs the same three ways as this file).
// Parameters (defaults apply when not given):
//   :param urbanOnly => false      // true: only the five urban regional alliances (and their TOTAL)
// Result: one row per alliance by id, then TOTAL:
//   allianceId, alliance, communities, parks, units, agenciesAndInstitutions, partyOrganizations, members
WITH coalesce($urbanOnly, false) AS urbanOnly
MATCH (a:Alliance)
WHERE NOT urbanOnly OR a.urbanRegional = true
CALL (a) {
  OPTIONAL MATCH (x)-[ia1:IN_ALLIANCE WHERE ia1.until IS NULL]->(a)
  RETURN count(CASE WHEN x:Community THEN x END) AS communities, count(CASE WHEN x:IndustrialPark THEN x END) AS parks,
         count(CASE WHEN x:Unit THEN x END) AS units,
         count(CASE WHEN x:Unit AND x.kind IN ['AGENCY', 'PUBLIC_INSTITUTION'] THEN x END) AS agenciesAndInstitutions
}
CALL (a) {
  OPTIONAL MATCH (root:PartyOrganization)-[:HOSTED_BY]->()-[ia2:IN_ALLIANCE WHERE ia2.until IS NULL]->(a)
  WITH DISTINCT root
  OPTIONAL MATCH (po:PartyOrganization)-[:SUBORDINATE_TO*0..]->(root)
  WITH DISTINCT po
  OPTIONAL MATCH (m:Member)-[r:MEMBER_OF WHERE r.until IS NULL]->(po)
  RETURN collect(DISTINCT po) AS pos, collect(DISTINCT m) AS ms
}
WITH collect({a: a, communities: communities, parks: parks, units: units, agencies: agenciesAndInstitutions,
              pos: pos, ms: ms}) AS rows
CALL (rows) {
  UNWIND rows AS r
  UNWIND r.pos AS po
  RETURN count(DISTINCT po) AS totalPos
}
CALL (rows) {
  UNWIND rows AS r
  UNWIND r.ms AS m
  RETURN count(DISTINCT m) AS totalMembers
}
UNWIND [r IN rows | {a: r.a, communities: r.communities, parks: r.parks, units: r.units, agencies: r.agencies,
                     pos: size(r.pos), ms: size(r.ms)}]
       + [{a: null, communities: reduce(s = 0, r IN rows | s + r.communities),
           parks: reduce(s = 0, r IN rows | s + r.parks), units: reduce(s = 0, r IN rows | s + r.units),
           agencies: reduce(s = 0, r IN rows | s + r.agencies), pos: totalPos, ms: totalMembers}] AS row
RETURN coalesce(row.a.id, 'TOTAL') AS allianceId, coalesce(row.a.name, 'all alliances') AS alliance,
       row.communities AS communities, row.parks AS parks, row.units AS units,
       row.agencies AS agenciesAndInstitutions, row.pos AS partyOrganizations, row.ms AS members
ORDER BY allianceId = 'TOTAL', allianceId;
