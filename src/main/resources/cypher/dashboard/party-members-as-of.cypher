// The party members of the dashboard's party organizations `pos` on the day $asOf, put in place of the members
// placeholder after the parties placeholder when the dashboard is asked as of a day (not a statement by itself):
// `members`, the memberships in force that day (since on or before it, until after it; see node/AsOf). The
// degrees that answer today (dashboard/party-members) cannot say which memberships had begun or ended by a day,
// so this walks them; a past day's result is kept until a change dated on or before it is recorded.
CALL (pos) {
  UNWIND pos AS po
  MATCH ()-[r:MEMBER_OF]->(po)
  WHERE coalesce(r.since <= $asOf, true) AND coalesce(r.until > $asOf, true)
  RETURN count(r) AS members
}
