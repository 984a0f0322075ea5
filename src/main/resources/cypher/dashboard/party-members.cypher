// The current party members of the dashboard's party organizations `pos`, put in place of the members placeholder
// after the parties placeholder (not a statement by itself): `members`, all memberships of them (their degrees,
// read without walking the memberships) less the ended ones (`until` set; found by the index on MEMBER_OF.until and
// joined to `pos`). A membership without `until` is the current one, and only party members have memberships.
CALL (pos) {
  CALL (pos) {
    UNWIND pos AS po
    RETURN sum(COUNT { (po)<-[:MEMBER_OF]-() }) AS memberships
  }
  CALL (pos) {
    MATCH ()-[ended:MEMBER_OF]->(po)
    WHERE ended.until IS NOT NULL
    WITH po, count(ended) AS ended
    WHERE po IN pos
    RETURN sum(ended) AS endedMemberships
  }
  RETURN memberships - endedMemberships AS members
}
