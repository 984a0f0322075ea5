// Dashboard.coverage: the structure's gaps as rates over the scope ($area, $alliance; see dashboard/scope.cypher):
// communities whose organization is a committee, compounds with a branch (cypher/analysis/04), units that
// reported (analysis/03), members who reported, communities with a service center (analysis/05), compounds in a grid.
// The members from the degrees of their organizations (dashboard/party-members); those who reported are the one
// walk over the memberships left (a member's reporting is a degree).
// $asOf: null for today, or a day: party organizations founded by then, at the level they had then (the level
// changes recorded after it, as organization/levels-as-of reads them), reporting (双报到) and memberships in force
// then (node/AsOf). Today's reporting is any REPORTS_TO, as before (a degree, not a walk).
{{scope}}
{{parties}}
{{members}}
WITH orgs, pos, members, [o IN orgs WHERE o:Community] AS communities
CALL (communities) {
  UNWIND communities AS c
  MATCH (r:ResidentialCompound)-[:PART_OF]->(c)
  RETURN count(r) AS compounds,
         count(CASE WHEN EXISTS { (r)<-[:HOSTED_BY]-(po:PartyOrganization)
                                  WHERE $asOf IS NULL OR coalesce(po.founded <= $asOf, true) } THEN r END)
           AS compoundsWithBranch,
         count(CASE WHEN EXISTS { (r)<-[:COVERS]-(:Grid) } THEN r END) AS compoundsInGrid
}
CALL (orgs) {
  UNWIND orgs AS u
  WITH u WHERE u:Unit AND EXISTS { (u)<-[:HOSTED_BY]-(po:PartyOrganization)
                                   WHERE $asOf IS NULL OR coalesce(po.founded <= $asOf, true) }
  RETURN count(u) AS hostingUnits,
         count(CASE WHEN EXISTS { (u)<-[:HOSTED_BY]-(:PartyOrganization)<-[:SUBORDINATE_TO*0..2]-(:PartyOrganization)
                                  -[r:REPORTS_TO]->(:Community|IndustrialPark)
                                  WHERE $asOf IS NULL OR (coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true)) }
                    THEN u END) AS reportedUnits
}
CALL (pos) {
  UNWIND pos AS po
  MATCH (m)-[r:MEMBER_OF]->(po)
  WHERE (CASE WHEN $asOf IS NULL THEN r.until IS NULL ELSE coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true) END)
    AND CASE WHEN $asOf IS NULL THEN EXISTS { (m)-[:REPORTS_TO]->() }
             ELSE EXISTS { (m)-[rt:REPORTS_TO]->() WHERE coalesce(rt.since <= $asOf, true) AND coalesce(rt.until > $asOf, true) } END
  RETURN count(m) AS reportedMembers
}
RETURN size(communities) AS communities,
       size([c IN communities WHERE EXISTS {
         (c)<-[:HOSTED_BY]-(po:PartyOrganization)
         WHERE CASE WHEN $asOf IS NULL THEN po.level = 'COMMITTEE'
                    ELSE coalesce(po.founded <= $asOf, true) AND coalesce(head(COLLECT {
                           MATCH (e:ChangeEvent)-[:CHANGED]->(po)
                           WHERE e.fromLevel IS NOT NULL AND e.date > $asOf
                           RETURN e.fromLevel ORDER BY e.date, e.at, e.id }), po.level) = 'COMMITTEE' END }])
         AS communitiesWithCommittee,
       size([c IN communities WHERE EXISTS { (c)<-[:LOCATED_IN]-(:ServiceCenter) }]) AS communitiesWithServiceCenter,
       compounds, compoundsWithBranch, compoundsInGrid, hostingUnits, reportedUnits, members, reportedMembers
