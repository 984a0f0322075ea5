// Question: which communities have no party-and-people service center (党群服务中心) located in them, and where
//   is the nearest one their residents can use instead (the center of their street or town)?
// Parameters (defaults apply when not given):
//   :param onlyMissing => true     // false: list every community with its number of centers
// Result: one row per community (only those without a center unless onlyMissing is false), by id:
//   communityId, community, districtId, district, households, serviceCenters, fallbackCenter
WITH coalesce($onlyMissing, true) AS onlyMissing
MATCH (c:Community)-[:PART_OF]->(d:Street|Town)
WITH c, d, onlyMissing, COUNT { (c)<-[:LOCATED_IN]-(:ServiceCenter) } AS serviceCenters
WHERE serviceCenters = 0 OR NOT onlyMissing
OPTIONAL MATCH (d)<-[:LOCATED_IN]-(fallback:ServiceCenter)
WITH c, d, serviceCenters, collect(fallback.name)[0] AS fallbackCenter
RETURN c.id AS communityId, c.name AS community, d.id AS districtId, d.name AS district,
       c.households AS households, serviceCenters, fallbackCenter
ORDER BY communityId;
