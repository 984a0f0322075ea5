// The evidence that links a member organization `m` (bound by the including statement) to other organizations:
// one row per path, with the organization `o` at its other end, the `kind` of evidence and the `witness` (the id of
// the person, party organization, project/need, resource/project, activity or summons the path goes through).
// Every kind is written from both ends, so that starting at either member finds the same evidence.
// Included (placeholder memberLinks) in a CALL (m) { … } subquery by organization-links.cypher, once; and with both
// ends bound (placeholder memberLinksBetween: every `RETURN o, ` made `RETURN `, OrganizationLinks.between) in a
// CALL (m, o) { … } by linked-organizations.cypher for the evidence of one link. Keep each branch's RETURN so.
// SHARED_PERSON: works at a unit and lives in a compound of a community
MATCH path = (m:Unit)<-[:WORKS_AT]-(p:Person)-[:LIVES_IN]->(:ResidentialCompound)-[:PART_OF]->(o:Community)
RETURN o, 'SHARED_PERSON' AS kind, p.id AS witness, path
UNION ALL
MATCH path = (m:Community)<-[:PART_OF]-(:ResidentialCompound)<-[:LIVES_IN]-(p:Person)-[:WORKS_AT]->(o:Unit)
RETURN o, 'SHARED_PERSON' AS kind, p.id AS witness, path
UNION ALL
// SHARED_PERSON: works at a unit and reports (双报到) to a community or park
MATCH path = (m:Unit)<-[:WORKS_AT]-(p:Person)-[:REPORTS_TO]->(o:Community|IndustrialPark)
RETURN o, 'SHARED_PERSON' AS kind, p.id AS witness, path
UNION ALL
MATCH path = (m:Community|IndustrialPark)<-[:REPORTS_TO]-(p:Person)-[:WORKS_AT]->(o:Unit)
RETURN o, 'SHARED_PERSON' AS kind, p.id AS witness, path
UNION ALL
// DUAL_REPORTING: a party organization hosted by one reports to the other
MATCH path = (m)<-[:HOSTED_BY]-(po:PartyOrganization)-[:REPORTS_TO]->(o:Community|IndustrialPark)
WHERE o <> m
RETURN o, 'DUAL_REPORTING' AS kind, po.id AS witness, path
UNION ALL
MATCH path = (m:Community|IndustrialPark)<-[:REPORTS_TO]-(po:PartyOrganization)-[:HOSTED_BY]->(o)
WHERE o <> m
RETURN o, 'DUAL_REPORTING' AS kind, po.id AS witness, path
UNION ALL
// DUAL_REPORTING: a (current) member of a party organization hosted by one reports to the other
MATCH path = (m)<-[:HOSTED_BY]-(:PartyOrganization)<-[r:MEMBER_OF]-(p:Member)-[:REPORTS_TO]->(o:Community|IndustrialPark)
WHERE r.until IS NULL AND o <> m
RETURN o, 'DUAL_REPORTING' AS kind, p.id AS witness, path
UNION ALL
MATCH path = (m:Community|IndustrialPark)<-[:REPORTS_TO]-(p:Member)-[r:MEMBER_OF]->(:PartyOrganization)-[:HOSTED_BY]->(o)
WHERE r.until IS NULL AND o <> m
RETURN o, 'DUAL_REPORTING' AS kind, p.id AS witness, path
UNION ALL
// PROJECT_FOR_NEED: a project claimed by a unit for a need raised by a community or one of its compounds
MATCH path = (m:Unit)<-[:CLAIMED_BY]-(pr:Project)-[:CLAIMS]->(n:Need)-[:RAISED_BY]->(o:Community)
RETURN o, 'PROJECT_FOR_NEED' AS kind, pr.id + '/' + n.id AS witness, path
UNION ALL
MATCH path = (m:Unit)<-[:CLAIMED_BY]-(pr:Project)-[:CLAIMS]->(n:Need)-[:RAISED_BY]->(:ResidentialCompound)-[:PART_OF]->(o:Community)
RETURN o, 'PROJECT_FOR_NEED' AS kind, pr.id + '/' + n.id AS witness, path
UNION ALL
MATCH path = (m:Community)<-[:RAISED_BY]-(n:Need)<-[:CLAIMS]-(pr:Project)-[:CLAIMED_BY]->(o:Unit)
RETURN o, 'PROJECT_FOR_NEED' AS kind, pr.id + '/' + n.id AS witness, path
UNION ALL
MATCH path = (m:Community)<-[:PART_OF]-(:ResidentialCompound)<-[:RAISED_BY]-(n:Need)<-[:CLAIMS]-(pr:Project)-[:CLAIMED_BY]->(o:Unit)
RETURN o, 'PROJECT_FOR_NEED' AS kind, pr.id + '/' + n.id AS witness, path
UNION ALL
// RESOURCE_USED: a resource offered by a unit or park, used by a project for a need of a community (or its compound)
MATCH path = (m:Unit|IndustrialPark)<-[:OFFERED_BY]-(res:Resource)<-[:USES]-(pr:Project)-[:CLAIMS]->(:Need)-[:RAISED_BY]->(o:Community)
RETURN o, 'RESOURCE_USED' AS kind, res.id + '/' + pr.id AS witness, path
UNION ALL
MATCH path = (m:Unit|IndustrialPark)<-[:OFFERED_BY]-(res:Resource)<-[:USES]-(pr:Project)-[:CLAIMS]->(:Need)-[:RAISED_BY]->(:ResidentialCompound)-[:PART_OF]->(o:Community)
RETURN o, 'RESOURCE_USED' AS kind, res.id + '/' + pr.id AS witness, path
UNION ALL
MATCH path = (m:Community)<-[:RAISED_BY]-(:Need)<-[:CLAIMS]-(pr:Project)-[:USES]->(res:Resource)-[:OFFERED_BY]->(o:Unit|IndustrialPark)
RETURN o, 'RESOURCE_USED' AS kind, res.id + '/' + pr.id AS witness, path
UNION ALL
MATCH path = (m:Community)<-[:PART_OF]-(:ResidentialCompound)<-[:RAISED_BY]-(:Need)<-[:CLAIMS]-(pr:Project)-[:USES]->(res:Resource)-[:OFFERED_BY]->(o:Unit|IndustrialPark)
RETURN o, 'RESOURCE_USED' AS kind, res.id + '/' + pr.id AS witness, path
UNION ALL
// JOINT_ACTIVITY: an activity organized by both
MATCH path = (m)<-[:ORGANIZED_BY]-(act:Activity)-[:ORGANIZED_BY]->(o)
WHERE o <> m
RETURN o, 'JOINT_ACTIVITY' AS kind, act.id AS witness, path
UNION ALL
// SUMMONS_ANSWERED: a unit answered a summons raised by or concerning a community (or one of its compounds)
MATCH path = (m:Unit)-[:ANSWERED]->(s:Summons)-[:RAISED_BY|CONCERNS]->(o:Community)
RETURN o, 'SUMMONS_ANSWERED' AS kind, s.id AS witness, path
UNION ALL
MATCH path = (m:Unit)-[:ANSWERED]->(s:Summons)-[:CONCERNS]->(:ResidentialCompound)-[:PART_OF]->(o:Community)
RETURN o, 'SUMMONS_ANSWERED' AS kind, s.id AS witness, path
UNION ALL
MATCH path = (m:Community)<-[:RAISED_BY|CONCERNS]-(s:Summons)<-[:ANSWERED]-(o:Unit)
RETURN o, 'SUMMONS_ANSWERED' AS kind, s.id AS witness, path
UNION ALL
MATCH path = (m:Community)<-[:PART_OF]-(:ResidentialCompound)<-[:CONCERNS]-(s:Summons)<-[:ANSWERED]-(o:Unit)
RETURN o, 'SUMMONS_ANSWERED' AS kind, s.id AS witness, path
