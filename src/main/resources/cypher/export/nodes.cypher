// Export: every node of one label (placed by the exporter from NodeLabel) with its properties and whether it is a
// Member, in id order; $scope is null for the whole graph or the list of ids of one alliance's part of it.
MATCH (n:{{label}})
WHERE $scope IS NULL OR n.id IN $scope
RETURN n.id AS id, properties(n) AS props, n:Member AS member
ORDER BY id
