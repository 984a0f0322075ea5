// Question: how active is each alliance over time? Activities organized by the alliance itself or by one of its
//   members (units, communities, parks), with the members who took part and the residents who benefited, per
//   year or quarter. An activity with organizers in two alliances counts for both.
// Parameters (defaults apply when not given):
//   :param kind => 'SERVICE'       // SERVICE, JOINT_MEETING, EPIDEMIC_CAMPAIGN, or 'ALL' for every kind
//   :param period => 'year'        // 'year' (2019) or 'quarter' (2019-Q3)
// Result: one row per alliance and period with activity, by alliance then period:
//   allianceId, alliance, period, activities, participations, participants (distinct members), beneficiaries
WITH coalesce($kind, 'SERVICE') AS kind, coalesce($period, 'year') AS period
MATCH (a:Alliance)
CALL (a, kind) {
  MATCH (act:Activity)-[:ORGANIZED_BY]->(a)
  WHERE kind = 'ALL' OR act.kind = kind
  RETURN act
  UNION
  MATCH (act:Activity)-[:ORGANIZED_BY]->()-[ia1:IN_ALLIANCE WHERE ia1.until IS NULL]->(a)
  WHERE kind = 'ALL' OR act.kind = kind
  RETURN act
}
WITH a, act, CASE period
  WHEN 'quarter' THEN toString(act.date.year) + '-Q' + toString(act.date.quarter)
  ELSE toString(act.date.year) END AS periodLabel
WITH a, periodLabel, collect(act) AS acts
CALL (acts) {
  UNWIND acts AS act
  OPTIONAL MATCH (p:Person)-[:PARTICIPATED_IN]->(act)
  RETURN count(p) AS participations, count(DISTINCT p) AS participants
}
RETURN a.id AS allianceId, a.name AS alliance, periodLabel AS period, size(acts) AS activities, participations,
       participants, reduce(total = 0, act IN acts | total + coalesce(act.beneficiaries, 0)) AS beneficiaries
ORDER BY allianceId, period;
