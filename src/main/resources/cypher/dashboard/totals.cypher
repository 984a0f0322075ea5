// Dashboard.totals: communities, compounds, parks, units (by kind), party organizations, their current members,
// alliances and service centers of the scope ($area, $alliance; see dashboard/scope.cypher); the members from the
// degrees of their organizations (dashboard/party-members). $asOf: null for today, or a day: the scope and members
// of that day (dashboard/party-members-as-of), the alliances founded by then (with a member in force then).
{{scope}}
{{parties}}
{{members}}
WITH area, alliance, orgs, pos, members, [o IN orgs WHERE o:Community] AS communities
RETURN size(communities) AS communities,
       COUNT { MATCH (r:ResidentialCompound)-[:PART_OF]->(c:Community) WHERE c IN communities } AS compounds,
       size([o IN orgs WHERE o:IndustrialPark]) AS industrialParks,
       size([o IN orgs WHERE o:Unit]) AS units,
       [kind IN ['AGENCY', 'PUBLIC_INSTITUTION', 'STATE_ENTERPRISE', 'PRIVATE_ENTERPRISE', 'SOCIAL_ORGANIZATION']
         | {kind: kind, count: size([o IN orgs WHERE o:Unit AND o.kind = kind])}] AS unitsByKind,
       size(pos) AS partyOrganizations,
       members,
       CASE WHEN alliance IS NOT NULL THEN 1
            ELSE COUNT { MATCH (a:Alliance)
                         WHERE ($asOf IS NULL OR coalesce(a.founded <= $asOf, true))
                           AND (area IS NULL OR EXISTS { (a)<-[r:IN_ALLIANCE]-(o) WHERE o IN orgs
                             AND (CASE WHEN $asOf IS NULL THEN r.until IS NULL ELSE coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true) END) }) }
       END AS alliances,
       COUNT { MATCH (s:ServiceCenter)-[:LOCATED_IN]->(x)
               WHERE x IN orgs OR (alliance IS NULL AND (area IS NULL OR EXISTS { (x)-[:PART_OF*0..2]->(area) })) }
         AS serviceCenters
