// The dashboard's scope, put in place of the scope placeholder at the start of each dashboard statement (not a
// statement by itself): binds `area` (the street, town or city $area names; null for the whole city), `alliance`
// (the alliance $alliance names, or null) and `orgs`, the communities, industrial parks and units inside the area
// (communities and parks by PART_OF, units by LOCATED_IN, directly or through a park) that belong to the alliance.
// Each case starts where it is narrowest: the alliance's members, the area's parts, or every organization.
// $asOf: null for today (alliance memberships without until), or a day (memberships in force then: see
// node/AsOf); organizations themselves count as always there.
OPTIONAL MATCH (area:Street|Town|City {id: $area})
OPTIONAL MATCH (alliance:Alliance {id: $alliance})
CALL (area, alliance) {
  CALL (area, alliance) {
    WITH area, alliance WHERE alliance IS NULL AND area IS NULL
    MATCH (o:Community|IndustrialPark|Unit)
    RETURN o
    UNION
    WITH area, alliance WHERE alliance IS NOT NULL
    MATCH (o:Community|IndustrialPark|Unit)-[r:IN_ALLIANCE]->(alliance)
    WHERE (CASE WHEN $asOf IS NULL THEN r.until IS NULL ELSE coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true) END)
      AND (area IS NULL OR EXISTS { (o)-[:PART_OF*1..2]->(area) } OR EXISTS { (o)-[:LOCATED_IN]->()-[:PART_OF*0..2]->(area) })
    RETURN o
    UNION
    WITH area, alliance WHERE alliance IS NULL AND area IS NOT NULL
    MATCH (o:Community|IndustrialPark|Unit)-[:PART_OF*1..2]->(area)
    RETURN o
    UNION
    WITH area, alliance WHERE alliance IS NULL AND area IS NOT NULL
    MATCH (o:Community|IndustrialPark|Unit)-[:LOCATED_IN]->()-[:PART_OF*0..2]->(area)
    RETURN o
  }
  RETURN collect(o) AS orgs
}
