// retireOrganization: the organization is retired on $date; its alliance membership ends that day.
MATCH (o)
WHERE elementId(o) = $organization
SET o.retired = $date
WITH o
CALL (o) {
  MATCH (o)-[r:IN_ALLIANCE]->()
  WHERE r.until IS NULL
  SET r.until = $date
}
