// The dashboard's scope, put in place of the scope placeholder at the start of each dashboard statement (not a
// statement by itself): binds `area` (the street, town or city $area names; null for the whole city), `alliance`
// (the alliance $alliance names, or null) and `orgs`, the communities, industrial parks and units inside the area
// (communities and parks by PART_OF, units by LOCATED_IN, directly or through a park) that belong to the alliance.
OPTIONAL MATCH (area:Street|Town|City {id: $area})
OPTIONAL MATCH (alliance:Alliance {id: $alliance})
CALL (area, alliance) {
  MATCH (o:Community|IndustrialPark|Unit)
  WHERE (area IS NULL OR EXISTS { (o)-[:PART_OF*1..2]->(area) }
         OR EXISTS { (o)-[:LOCATED_IN]->()-[:PART_OF*0..2]->(area) })
    AND (alliance IS NULL OR EXISTS { (o)-[:IN_ALLIANCE]->(alliance) })
  RETURN collect(o) AS orgs
}
