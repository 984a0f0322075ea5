// Heshan reference figures
//
// Question: does the graph reproduce every figure of the source report (the table "Figures in the source"
// in shared/domain.md)? Each figure is recomputed from the graph; nothing is echoed back.
//
// Result: one row per figure, in the table's order, plus one row that the alliances cover every community,
// park and the 303 agencies and public institutions:
//   figure    snake_case name of the figure
//   expected  the report's number; for "more than N" and "about N" it is N
//   actual    the number computed from the graph
//   ok        true when actual matches: equal for exact figures; actual > N for "more than N";
//             195,000 <= actual <= 200,000 for "about 200,000" beneficiaries; within 5% for "about 8 million".
//             Some rows also check a side condition (stated next to them), e.g. that the 303 units are mostly
//             in Shaping Street.
//
// The figures hold for the reference data at scale 1; at scale N the figures about people are N times larger.
// Read-only, plain Cypher (no APOC); runs in well under a second on the scale-1 data.

// 303 agencies and public institutions, mostly in Shaping Street
MATCH (u:Unit) WHERE u.kind IN ['AGENCY', 'PUBLIC_INSTITUTION']
WITH count(u) AS actual,
     sum(CASE WHEN EXISTS { (u)-[:LOCATED_IN]->(:Street {id: 'street:shaping'}) } THEN 1 ELSE 0 END) AS inStreet
RETURN 'agencies_and_public_institutions' AS figure, 303 AS expected, actual, actual = 303 AND 2 * inStreet > actual AS ok

UNION ALL
// 26 communities in the city
MATCH (c:Community)
WITH count(c) AS actual
RETURN 'communities' AS figure, 26 AS expected, actual, actual = 26 AS ok

UNION ALL
// 5 industrial parks
MATCH (p:IndustrialPark)
WITH count(p) AS actual
RETURN 'industrial_parks' AS figure, 5 AS expected, actual, actual = 5 AS ok

UNION ALL
// 18 co-builder alliances
MATCH (a:Alliance)
WITH count(a) AS actual
RETURN 'alliances' AS figure, 18 AS expected, actual, actual = 18 AS ok

UNION ALL
// ... covering all communities, parks and the 303 units: each of the 26 + 5 + 303 is in exactly one alliance
MATCH (x:Community|IndustrialPark|Unit)
WHERE NOT x:Unit OR x.kind IN ['AGENCY', 'PUBLIC_INSTITUTION']
WITH x, count { (x)-[ia1:IN_ALLIANCE WHERE ia1.until IS NULL]->(:Alliance) } AS alliances
WITH count(x) AS total, sum(CASE WHEN alliances = 1 THEN 1 ELSE 0 END) AS actual
RETURN 'alliances_cover_communities_parks_and_agencies' AS figure, 334 AS expected, actual,
       actual = 334 AND total = 334 AS ok

UNION ALL
// 1,323 grassroots party organizations covered by the alliances: those hosted by an alliance member
// (community, park, unit) and every organization below them
MATCH (host)-[ia2:IN_ALLIANCE WHERE ia2.until IS NULL]->(:Alliance)
MATCH (root:PartyOrganization)-[:HOSTED_BY]->(host)
MATCH (po:PartyOrganization)-[:SUBORDINATE_TO*0..]->(root)
WITH count(DISTINCT po) AS actual
RETURN 'covered_party_organizations' AS figure, 1323 AS expected, actual, actual = 1323 AS ok

UNION ALL
// 21,821 party members covered by the alliances: current membership (no `until`) in a covered organization
MATCH (host)-[ia3:IN_ALLIANCE WHERE ia3.until IS NULL]->(:Alliance)
MATCH (root:PartyOrganization)-[:HOSTED_BY]->(host)
MATCH (po:PartyOrganization)-[:SUBORDINATE_TO*0..]->(root)
WITH DISTINCT po
MATCH (m:Member)-[r:MEMBER_OF]->(po) WHERE r.until IS NULL
WITH count(DISTINCT m) AS actual
RETURN 'covered_members' AS figure, 21821 AS expected, actual, actual = 21821 AS ok

UNION ALL
// 12 communities in the main urban area (all in Shaping Street)
MATCH (c:Community {mainUrban: true})
WITH count(c) AS total, sum(CASE WHEN EXISTS { (c)-[:PART_OF]->(:Street {id: 'street:shaping'}) } THEN 1 ELSE 0 END) AS actual
RETURN 'main_urban_communities' AS figure, 12 AS expected, actual, actual = 12 AND total = 12 AS ok

UNION ALL
// 2,378 party members of those 12 communities (their organization and the compound branches under it)
MATCH (:Community {mainUrban: true})<-[:HOSTED_BY]-(cpo:PartyOrganization)
MATCH (po:PartyOrganization)-[:SUBORDINATE_TO*0..]->(cpo)
MATCH (m:Member)-[r:MEMBER_OF]->(po) WHERE r.until IS NULL
WITH count(DISTINCT m) AS actual
RETURN 'main_urban_members' AS figure, 2378 AS expected, actual, actual = 2378 AS ok

UNION ALL
// 3 of them have fewer than 100 members, yet their organization is a committee, upgraded with a recorded change
MATCH (c:Community {mainUrban: true})<-[:HOSTED_BY]-(cpo:PartyOrganization)
OPTIONAL MATCH (po:PartyOrganization)-[:SUBORDINATE_TO*0..]->(cpo)
OPTIONAL MATCH (m:Member)-[r:MEMBER_OF]->(po) WHERE r.until IS NULL
WITH c, cpo, count(DISTINCT m) AS members
WHERE members < 100 AND cpo.level = 'COMMITTEE'
  AND EXISTS { (e:ChangeEvent {type: 'UPGRADED_TO_COMMITTEE'})-[:CHANGED]->(cpo) WHERE e.toLevel = 'COMMITTEE' }
WITH count(c) AS actual
RETURN 'small_communities_upgraded_to_committee' AS figure, 3 AS expected, actual, actual = 3 AS ok

UNION ALL
// 49 residential compound party branches in the 12 communities
MATCH (po:PartyOrganization)-[:HOSTED_BY]->(:ResidentialCompound)-[:PART_OF]->(:Community {mainUrban: true})
WITH count(DISTINCT po) AS actual
RETURN 'main_urban_compound_branches' AS figure, 49 AS expected, actual, actual = 49 AS ok

UNION ALL
// 28 large grids in the street
MATCH (g:Grid)-[:PART_OF]->(:Street {id: 'street:shaping'})
WITH count(DISTINCT g) AS actual
RETURN 'grids' AS figure, 28 AS expected, actual, actual = 28 AS ok

UNION ALL
// more than 10,000 members reported to the communities and parks where they live (双报到)
MATCH (m:Member)-[:REPORTS_TO]->(:Community|IndustrialPark)
WITH count(DISTINCT m) AS actual
RETURN 'dual_reporting_members' AS figure, 10000 AS expected, actual, actual > 10000 AS ok

UNION ALL
// more than 600 three-lists entries (needs, resources, projects)
MATCH (n:Need|Resource|Project)
WITH count(n) AS actual
RETURN 'three_lists_entries' AS figure, 600 AS expected, actual, actual > 600 AS ok

UNION ALL
// more than 400 service activities
MATCH (a:Activity {kind: 'SERVICE'})
WITH count(a) AS actual
RETURN 'service_activities' AS figure, 400 AS expected, actual, actual > 400 AS ok

UNION ALL
// more than 40,000 member participations in those activities
MATCH (:Member)-[p:PARTICIPATED_IN]->(:Activity {kind: 'SERVICE'})
WITH count(p) AS actual
RETURN 'service_participations' AS figure, 40000 AS expected, actual, actual > 40000 AS ok

UNION ALL
// about 200,000 resident beneficiaries (近20万: between 195,000 and 200,000)
MATCH (a:Activity {kind: 'SERVICE'})
WITH sum(a.beneficiaries) AS actual
RETURN 'resident_beneficiaries' AS figure, 200000 AS expected, actual, 195000 <= actual <= 200000 AS ok

UNION ALL
// 307 party member vanguard teams for the epidemic, each formed by a party organization
MATCH (t:VanguardTeam {kind: 'PARTY_MEMBER', purpose: 'EPIDEMIC'})-[:FORMED_BY]->(:PartyOrganization)
WITH count(DISTINCT t) AS actual
RETURN 'party_member_vanguard_teams' AS figure, 307 AS expected, actual, actual = 307 AS ok

UNION ALL
// 40 non-public enterprise epidemic teams, formed by private enterprises' party organizations
MATCH (t:VanguardTeam {kind: 'NON_PUBLIC_ENTERPRISE', purpose: 'EPIDEMIC'})-[:FORMED_BY]->(:PartyOrganization)
      -[:HOSTED_BY]->(:Unit {kind: 'PRIVATE_ENTERPRISE'})
WITH count(DISTINCT t) AS actual
RETURN 'non_public_enterprise_vanguard_teams' AS figure, 40 AS expected, actual, actual = 40 AS ok

UNION ALL
// 1,024 party organizations active in epidemic control
MATCH (po:PartyOrganization)-[:MOBILIZED_FOR]->(:Activity {kind: 'EPIDEMIC_CAMPAIGN'})
WITH count(DISTINCT po) AS actual
RETURN 'epidemic_party_organizations' AS figure, 1024 AS expected, actual, actual = 1024 AS ok

UNION ALL
// 10,822 members active in epidemic control
MATCH (m:Member)-[:MOBILIZED_FOR]->(:Activity {kind: 'EPIDEMIC_CAMPAIGN'})
WITH count(DISTINCT m) AS actual
RETURN 'epidemic_members' AS figure, 10822 AS expected, actual, actual = 10822 AS ok

UNION ALL
// 78 units of the five urban regional alliances stationed in main-urban communities (and no other unit stationed)
MATCH (u:Unit)-[:STATIONED_AT]->(c:Community)
WITH count(DISTINCT u) AS total,
     count(DISTINCT CASE WHEN c.mainUrban AND EXISTS { (u)-[ia4:IN_ALLIANCE WHERE ia4.until IS NULL]->(:Alliance {urbanRegional: true}) }
                         THEN u END) AS actual
RETURN 'stationed_units' AS figure, 78 AS expected, actual, actual = 78 AND total = 78 AS ok

UNION ALL
// more than 1,100 members of those units in the front line
MATCH (u:Unit)-[:STATIONED_AT]->(:Community)
MATCH (m:Member)-[:WORKS_AT]->(u)
MATCH (m)-[f:MOBILIZED_FOR]->(:Activity {kind: 'EPIDEMIC_CAMPAIGN'}) WHERE f.frontLine = true
WITH count(DISTINCT m) AS actual
RETURN 'stationed_units_front_line_members' AS figure, 1100 AS expected, actual, actual > 1100 AS ok

UNION ALL
// 2,292 stairwells walked across the 12 communities (the campaign is held at each of them)
MATCH (:Activity {kind: 'EPIDEMIC_CAMPAIGN'})-[h:HELD_AT]->(c:Community {mainUrban: true})
WITH count(DISTINCT c) AS communities, sum(h.stairwells) AS actual
RETURN 'stairwells_walked' AS figure, 2292 AS expected, actual, actual = 2292 AND communities = 12 AS ok

UNION ALL
// 36,268 households screened across the 12 communities
MATCH (:Activity {kind: 'EPIDEMIC_CAMPAIGN'})-[h:HELD_AT]->(c:Community {mainUrban: true})
WITH count(DISTINCT c) AS communities, sum(h.households) AS actual
RETURN 'households_screened' AS figure, 36268 AS expected, actual, actual = 36268 AND communities = 12 AS ok

UNION ALL
// a compound volunteer pool of 1,400 members
MATCH (m:Member)-[:VOLUNTEERS_FOR]->(:ResidentialCompound)
WITH count(DISTINCT m) AS actual
RETURN 'compound_volunteer_pool' AS figure, 1400 AS expected, actual, actual = 1400 AS ok

UNION ALL
// 20 compound party branches founded during the epidemic
MATCH (:ChangeEvent {type: 'BRANCH_FOUNDED', context: 'EPIDEMIC'})-[:CHANGED]->(po:PartyOrganization)
      -[:HOSTED_BY]->(:ResidentialCompound)
WITH count(DISTINCT po) AS actual
RETURN 'compound_branches_founded_in_epidemic' AS figure, 20 AS expected, actual, actual = 20 AS ok

UNION ALL
// 146 party-and-people service centers, at every level (city, street, town, village, community, park, enterprise)
MATCH (s:ServiceCenter)
WITH count(s) AS actual, collect(DISTINCT s.level) AS levels
RETURN 'service_centers' AS figure, 146 AS expected, actual, actual = 146 AND size(levels) = 7 AS ok

UNION ALL
// more than 10,000 m² of new buildings used for service centers
MATCH (s:ServiceCenter {inNewBuilding: true})
WITH sum(s.floorAreaM2) AS actual
RETURN 'new_building_service_center_area_m2' AS figure, 10000 AS expected, actual, actual > 10000 AS ok

UNION ALL
// community access list: 4 areas ...
MATCH (i:DutyListItem {list: 'ACCESS'})-[:APPLIES_TO]->(:City)
WITH count(DISTINCT i.area) AS actual
RETURN 'access_list_areas' AS figure, 4 AS expected, actual, actual = 4 AS ok

UNION ALL
// ... with 26 items
MATCH (i:DutyListItem {list: 'ACCESS'})-[:APPLIES_TO]->(:City)
WITH count(DISTINCT i) AS actual
RETURN 'access_list_items' AS figure, 26 AS expected, actual, actual = 26 AS ok

UNION ALL
// negative list: 18 items
MATCH (i:DutyListItem {list: 'NEGATIVE'})-[:APPLIES_TO]->(:City)
WITH count(DISTINCT i) AS actual
RETURN 'negative_list_items' AS figure, 18 AS expected, actual, actual = 18 AS ok

UNION ALL
// 168 full-time community workers
MATCH (p:Person)-[:COMMUNITY_WORKER_OF]->(:Community)
WITH count(DISTINCT p) AS actual
RETURN 'community_workers' AS figure, 168 AS expected, actual, actual = 168 AS ok

UNION ALL
// one per 300 households: in the city as a whole, and in each community (its workers = its households / 300, rounded)
MATCH (c:Community)
WITH c, count { (:Person)-[:COMMUNITY_WORKER_OF]->(c) } AS workers
WITH sum(c.households) AS households, sum(workers) AS workers,
     sum(CASE WHEN workers = toInteger(round(c.households / 300.0)) THEN 0 ELSE 1 END) AS offRatio
WITH toInteger(round(households / toFloat(workers))) AS actual, offRatio
RETURN 'households_per_community_worker' AS figure, 300 AS expected, actual, actual = 300 AND offRatio = 0 AS ok

UNION ALL
// 2 community secretaries recruited as civil servants: each a member of their community's organization
// and one of its community workers
MATCH (:ChangeEvent {type: 'RECRUITED_AS_CIVIL_SERVANT'})-[:CHANGED]->(p:Member)
WHERE EXISTS {
  MATCH (p)-[:COMMUNITY_WORKER_OF]->(c:Community)<-[:HOSTED_BY]-(po:PartyOrganization)
  MATCH (p)-[r:MEMBER_OF]->(po) WHERE r.until IS NULL
}
WITH count(DISTINCT p) AS actual
RETURN 'secretaries_recruited_as_civil_servants' AS figure, 2 AS expected, actual, actual = 2 AS ok

UNION ALL
// a special party-building fund of 10 million yuan from 2018
MATCH (c:City {id: 'city:heshan'})
WITH c.specialFundYuan AS actual, c.specialFundSince AS since
RETURN 'special_party_building_fund_yuan' AS figure, 10000000 AS expected, actual,
       actual = 10000000 AND since = 2018 AS ok

UNION ALL
// per community and year: a service fund of 100,000 yuan (every one of the 26)
MATCH (c:Community)
WITH min(c.serviceFundYuan) AS actual, max(c.serviceFundYuan) AS highest, count(c.serviceFundYuan) AS funded
RETURN 'community_service_fund_yuan' AS figure, 100000 AS expected, actual,
       actual = 100000 AND highest = 100000 AND funded = 26 AS ok

UNION ALL
// ... and an office fund of 100,000 yuan
MATCH (c:Community)
WITH min(c.officeFundYuan) AS actual, max(c.officeFundYuan) AS highest, count(c.officeFundYuan) AS funded
RETURN 'community_office_fund_yuan' AS figure, 100000 AS expected, actual,
       actual = 100000 AND highest = 100000 AND funded = 26 AS ok

UNION ALL
// about 8 million yuan a year for the community workers' pay
MATCH (c:City {id: 'city:heshan'})
WITH c.communityWorkerPayBudgetYuan AS actual
RETURN 'community_worker_pay_budget_yuan' AS figure, 8000000 AS expected, actual,
       7600000 <= actual <= 8400000 AS ok
