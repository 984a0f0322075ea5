// The link projection (see link-projection-refresh.cypher): the organizations whose links a write around the nodes
// $elements (element ids: the nodes a mutation locked or created) may have changed; recomputing these finds every
// changed link, as each such link has one of them at an end. Per node a witness or way of evidence goes through:
//   a person: the units it works at (SHARED_PERSON) and the hosts of its party organizations (DUAL_REPORTING);
//   a party organization: its host; a project: the unit that claimed it and the offerers of the resources it uses;
//   a need: the same of the projects claiming it; a resource: its offerer; an activity: its organizers;
//   a summons: the units that answered it; a compound: its community.
// An organization named by a write is not an end by itself: every relationship evidence goes through has a person,
// party organization, project, need, resource, activity, summons or compound at its other end, which the write
// touches too. Relationships are followed whether ended (until) or not, as the walk does for all but MEMBER_OF: a
// write only ends or adds relationships, so the ends after it include those before.
UNWIND $elements AS element
MATCH (x)
WHERE elementId(x) = element
CALL (x) {
  MATCH (x:Person)-[:WORKS_AT]->(o) RETURN o
  UNION
  MATCH (x:Person)-[:MEMBER_OF]->(:PartyOrganization)-[:HOSTED_BY]->(o) RETURN o
  UNION
  MATCH (x:PartyOrganization)-[:HOSTED_BY]->(o) RETURN o
  UNION
  MATCH (x:Project)-[:CLAIMED_BY]->(o) RETURN o
  UNION
  MATCH (x:Project)-[:USES]->(:Resource)-[:OFFERED_BY]->(o) RETURN o
  UNION
  MATCH (x:Need)<-[:CLAIMS]-(:Project)-[:CLAIMED_BY]->(o) RETURN o
  UNION
  MATCH (x:Need)<-[:CLAIMS]-(:Project)-[:USES]->(:Resource)-[:OFFERED_BY]->(o) RETURN o
  UNION
  MATCH (x:Resource)-[:OFFERED_BY]->(o) RETURN o
  UNION
  MATCH (x:Activity)-[:ORGANIZED_BY]->(o) RETURN o
  UNION
  MATCH (x:Summons)<-[:ANSWERED]-(o) RETURN o
  UNION
  MATCH (x:ResidentialCompound)-[:PART_OF]->(o) RETURN o
}
WITH DISTINCT o
WHERE o:Community OR o:IndustrialPark OR o:Unit
RETURN elementId(o) AS element
