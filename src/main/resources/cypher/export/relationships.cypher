// Export: every relationship of one type (placed by the exporter from RelType) between two nodes with ids, with
// the labels of its ends and its properties; $scope null for all, or the ids both ends must be among.
MATCH (a)-[r:{{type}}]->(b)
WHERE a.id IS NOT NULL AND b.id IS NOT NULL AND ($scope IS NULL OR (a.id IN $scope AND b.id IN $scope))
RETURN a.id AS from, [l IN labels(a) WHERE l <> 'Member'][0] AS fromLabel, b.id AS to,
       [l IN labels(b) WHERE l <> 'Member'][0] AS toLabel, properties(r) AS props
ORDER BY from, to
