// Bench, bench/people-name-contains.graphql by hand: people whose name contains $text or whose pinyin or
// initials start with it (lower case), the first $first by id, and how many there are.
CALL () {
  MATCH (n:Person) WHERE n.name CONTAINS $text RETURN n
  UNION
  MATCH (n:Person) WHERE n.pinyin STARTS WITH toLower($text) RETURN n
  UNION
  MATCH (n:Person) WHERE n.initials STARTS WITH toLower($text) RETURN n
}
WITH n ORDER BY n.id
WITH collect(n) AS people
RETURN {people: {totalCount: size(people), edges: [n IN people[0..$first] | {node: {id: n.id, name: n.name}}]}} AS data
