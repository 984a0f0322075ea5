// A locked party organization's level, retirement and its current members (no until) and, for a unit or a party
// organization to retire, the current members of what it hosts.
MATCH (o)
WHERE elementId(o) = $organization
RETURN o.level AS level, o.retired AS retired, o.founded AS founded,
       COUNT { (o)<-[r:MEMBER_OF]-(:Member) WHERE r.until IS NULL } +
       COUNT { (o)<-[:HOSTED_BY]-(:PartyOrganization)<-[r:MEMBER_OF]-(:Member) WHERE r.until IS NULL } AS members
