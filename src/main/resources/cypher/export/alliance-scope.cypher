// Export of one alliance: the ids of what belongs to it. The alliance; its current members (communities, parks, units); the
// areas above them; the party organizations they host or that lead it, and those above; the compounds and buildings
// of its communities; the people who are members of those organizations, work at its units or live in its compounds;
// and the service centers, grids, lists, activities, summonses, teams and change events tied to any of these.
MATCH (a:Alliance {id: $alliance})
OPTIONAL MATCH (m)-[r:IN_ALLIANCE]->(a)
WHERE r.until IS NULL
WITH a, [a] + collect(DISTINCT m) AS core
UNWIND core AS c
OPTIONAL MATCH (c)-[:PART_OF|LOCATED_IN*1..4]->(area)
WITH a, core, collect(DISTINCT area) AS areas
UNWIND core AS c
OPTIONAL MATCH (c)<-[:PART_OF*1..2]-(place:ResidentialCompound|Building)
WITH a, core, areas, collect(DISTINCT place) AS places
UNWIND core + places AS c
OPTIONAL MATCH (c)<-[:HOSTED_BY|LED_BY]-(po:PartyOrganization)
WITH a, core, areas, places, collect(DISTINCT po) AS hosted
UNWIND hosted AS po
OPTIONAL MATCH (po)-[:SUBORDINATE_TO*0..3]->(above:PartyOrganization)
WITH core, areas, places, collect(DISTINCT above) AS pos
WITH core + areas + places + pos AS inner
UNWIND inner AS c
OPTIONAL MATCH (c)<-[:MEMBER_OF|WORKS_AT|LIVES_IN]-(p:Person)
WITH inner, collect(DISTINCT p) AS people
WITH inner + people AS known
UNWIND known AS c
OPTIONAL MATCH (c)<-[:LOCATED_IN|COVERS|RAISED_BY|OFFERED_BY|ORGANIZED_BY|FORMED_BY|CHANGED|APPLIES_TO|CLAIMED_BY]-(x)
WHERE x:ServiceCenter OR x:Grid OR x:Need OR x:Resource OR x:Activity OR x:Summons OR x:VanguardTeam
   OR x:ChangeEvent OR x:DutyListItem OR x:Project
WITH known, collect(DISTINCT x) AS tied
UNWIND known + tied AS n
RETURN collect(DISTINCT n.id) AS ids
