// Dashboard.coverage: the structure's gaps as rates over the scope ($area, $alliance; see dashboard/scope.cypher):
// communities whose organization is a committee, compounds with a branch (cypher/analysis/04), units that
// reported (analysis/03), members who reported, communities with a service center (analysis/05), compounds in a grid.
{{scope}}
{{parties}}
WITH orgs, pos, [o IN orgs WHERE o:Community] AS communities
CALL (communities) {
  UNWIND communities AS c
  MATCH (r:ResidentialCompound)-[:PART_OF]->(c)
  RETURN count(r) AS compounds,
         count(CASE WHEN EXISTS { (r)<-[:HOSTED_BY]-(:PartyOrganization) } THEN r END) AS compoundsWithBranch,
         count(CASE WHEN EXISTS { (r)<-[:COVERS]-(:Grid) } THEN r END) AS compoundsInGrid
}
CALL (orgs) {
  UNWIND orgs AS u
  WITH u WHERE u:Unit AND EXISTS { (u)<-[:HOSTED_BY]-(:PartyOrganization) }
  RETURN count(u) AS hostingUnits,
         count(CASE WHEN EXISTS { (u)<-[:HOSTED_BY]-(:PartyOrganization)<-[:SUBORDINATE_TO*0..2]-(:PartyOrganization)
                                  -[:REPORTS_TO]->(:Community|IndustrialPark) } THEN u END) AS reportedUnits
}
CALL (pos) {
  UNWIND pos AS po
  MATCH (m:Member)-[r:MEMBER_OF]->(po) WHERE r.until IS NULL
  RETURN count(m) AS members, count(CASE WHEN EXISTS { (m)-[:REPORTS_TO]->(:Community|IndustrialPark) } THEN m END)
         AS reportedMembers
}
RETURN size(communities) AS communities,
       size([c IN communities WHERE EXISTS { (c)<-[:HOSTED_BY]-(:PartyOrganization {level: 'COMMITTEE'}) }])
         AS communitiesWithCommittee,
       size([c IN communities WHERE EXISTS { (c)<-[:LOCATED_IN]-(:ServiceCenter) }]) AS communitiesWithServiceCenter,
       compounds, compoundsWithBranch, compoundsInGrid, hostingUnits, reportedUnits, members, reportedMembers
