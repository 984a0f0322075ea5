// retireOrganization sets `retired` (a date) on units, communities, parks and party organizations; the lists
// leave retired ones out. The indexes let a list find them, and give the property its name before any node has
// it (else each list statement warns that the property does not exist).
CREATE INDEX unit_retired IF NOT EXISTS FOR (n:Unit) ON (n.retired);
CREATE INDEX party_organization_retired IF NOT EXISTS FOR (n:PartyOrganization) ON (n.retired);
