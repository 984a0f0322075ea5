// createOrganization: a new Unit, Community or IndustrialPark (label from the NodeLabel enum), located in or part
// of $area (element id, optional) by the relationship type the model uses for it (RelType enum).
CREATE (o:{{label}} {id: $id, name: $name, pinyin: $pinyin, initials: $initials, generated: false})
SET o += $properties
WITH o
CALL (o) {
  MATCH (a)
  WHERE elementId(a) = $area
  CREATE (o)-[:{{located}}]->(a)
}
RETURN elementId(o) AS element
