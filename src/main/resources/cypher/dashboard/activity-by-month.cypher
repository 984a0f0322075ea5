// Dashboard.activityByMonth: activities per calendar month (cypher/analysis/10 per month) of the scope ($area,
// $alliance; see dashboard/scope.cypher): organized by one of its organizations, by the alliance or the area itself
// (every activity for the whole city); $kinds: null or the kinds to keep; the latest $months months with activity.
{{scope}}
CALL (area, alliance, orgs) {
  MATCH (act:Activity)
  WHERE ($kinds IS NULL OR act.kind IN $kinds)
    AND ((area IS NULL AND alliance IS NULL)
         OR EXISTS { (act)-[:ORGANIZED_BY]->(o) WHERE o IN orgs OR o = alliance OR (alliance IS NULL AND o = area) })
  WITH act, toString(act.date.year) + '-' + right('0' + toString(act.date.month), 2) AS month
  RETURN month, count(act) AS activities,
         sum(COUNT { (:Person)-[:PARTICIPATED_IN]->(act) }) AS participations,
         sum(coalesce(act.beneficiaries, 0)) AS beneficiaries
  ORDER BY month DESC
  LIMIT $months
}
RETURN month, activities, participations, beneficiaries
ORDER BY month
