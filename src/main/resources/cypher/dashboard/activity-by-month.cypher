// Dashboard.activityByMonth: activities per calendar month (cypher/analysis/10 per month) of the scope ($area,
// $alliance; see dashboard/scope.cypher): organized by one of its organizations, by the alliance or the area itself
// (every activity for the whole city); $kinds: null or the kinds to keep; the latest $months months with activity.
// Found from the organizers (an activity of several of them once), participations counted from each activity's
// degree (only people take part), never by walking them. $asOf: null for today, or a day: the activities held by
// then (the latest $months months up to it).
{{scope}}
CALL (area, alliance, orgs) {
  CALL (area, alliance, orgs) {
    WITH area, alliance WHERE area IS NULL AND alliance IS NULL
    MATCH (act:Activity)
    RETURN act
    UNION
    WITH area, alliance, orgs WHERE area IS NOT NULL OR alliance IS NOT NULL
    UNWIND orgs + [x IN [alliance, CASE WHEN alliance IS NULL THEN area END] WHERE x IS NOT NULL] AS o
    MATCH (act:Activity)-[:ORGANIZED_BY]->(o)
    RETURN act
  }
  WITH act WHERE ($kinds IS NULL OR act.kind IN $kinds) AND ($asOf IS NULL OR act.date <= $asOf)
  WITH act, toString(act.date.year) + '-' + right('0' + toString(act.date.month), 2) AS month
  RETURN month, count(act) AS activities,
         sum(COUNT { ()-[:PARTICIPATED_IN]->(act) }) AS participations,
         sum(coalesce(act.beneficiaries, 0)) AS beneficiaries
  ORDER BY month DESC
  LIMIT $months
}
RETURN month, activities, participations, beneficiaries
ORDER BY month
