// Dashboard.coverage: the structure's gaps as rates over the scope ($area, $alliance; see dashboard/scope.cypher):
// communities whose organization is a committee, compounds with a branch (cypher/analysis/04), units that
// reported (analysis/03), members who reported, communities with a service center (analysis/05), compounds in a grid.
// The members from the degrees of their organizations (dashboard/party-members); those who reported are the one
// walk over the memberships left (a member's reporting is a degree).
{{scope}}
{{parties}}
{{members}}
WITH orgs, pos, members, [o IN orgs WHERE o:Community] AS communities
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
  MATCH (m)-[r:MEMBER_OF]->(po)
  WHERE r.until IS NULL AND EXISTS { (m)-[:REPORTS_TO]->() }
  RETURN count(m) AS reportedMembers
}
RETURN size(communities) AS communities,
       size([c IN communities WHERE EXISTS { (c)<-[:HOSTED_BY]-(:PartyOrganization {level: 'COMMITTEE'}) }])
         AS communitiesWithCommittee,
       size([c IN communities WHERE EXISTS { (c)<-[:LOCATED_IN]-(:ServiceCenter) }]) AS communitiesWithServiceCenter,
       compounds, compoundsWithBranch, compoundsInGrid, hostingUnits, reportedUnits, members, reportedMembers
