// Query.changeEvents
MATCH (n:ChangeEvent)
WHERE ($types IS NULL OR n.type IN $types)
  AND ($context IS NULL OR n.context = $context)
  AND ($subjectId IS NULL OR EXISTS { MATCH (n)-[:CHANGED]->(x) WHERE x.id = $subjectId })
  AND ($dateFrom IS NULL OR n.date >= $dateFrom)
  AND ($dateTo IS NULL OR n.date <= $dateTo)
