// Question: which residential compounds have no party branch of their own (no party organization hosted by the
//   compound), and how many party members live there who could found one (a branch needs at least 3)?
// Parameters (defaults apply when not given):
//   :param mainUrbanOnly => false  // true: only compounds of the 12 main-urban communities
//   :param minMembers => 0         // only compounds where at least this many members live
// Result: one row per compound without a branch, most resident members first:
//   compoundId, compound, communityId, community, mainUrban, buildings, residentMembers, volunteers
WITH coalesce($mainUrbanOnly, false) AS mainUrbanOnly, coalesce($minMembers, 0) AS minMembers
MATCH (r:ResidentialCompound)-[:PART_OF]->(c:Community)
WHERE NOT EXISTS { (r)<-[:HOSTED_BY]-(:PartyOrganization) }
  AND (NOT mainUrbanOnly OR c.mainUrban = true)
WITH r, c, minMembers,
     COUNT { (r)<-[:PART_OF]-(:Building) } AS buildings,
     COUNT { (r)<-[:LIVES_IN]-(:Member) } AS residentMembers,
     COUNT { (r)<-[:VOLUNTEERS_FOR]-(:Member) } AS volunteers
WHERE residentMembers >= minMembers
RETURN r.id AS compoundId, r.name AS compound, c.id AS communityId, c.name AS community,
       coalesce(c.mainUrban, false) AS mainUrban, buildings, residentMembers, volunteers
ORDER BY residentMembers DESC, compoundId;
