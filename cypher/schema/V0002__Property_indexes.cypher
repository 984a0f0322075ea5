// Indexes on the properties that filters and the reference checks use.
CREATE INDEX unit_kind IF NOT EXISTS FOR (n:Unit) ON (n.kind);
CREATE INDEX party_organization_level IF NOT EXISTS FOR (n:PartyOrganization) ON (n.level);
CREATE INDEX member_id IF NOT EXISTS FOR (n:Member) ON (n.id);
CREATE INDEX activity_kind_date IF NOT EXISTS FOR (n:Activity) ON (n.kind, n.date);
CREATE INDEX service_center_level IF NOT EXISTS FOR (n:ServiceCenter) ON (n.level);
CREATE INDEX need_status IF NOT EXISTS FOR (n:Need) ON (n.status);
CREATE INDEX change_event_type_date IF NOT EXISTS FOR (n:ChangeEvent) ON (n.type, n.date);
CREATE INDEX vanguard_team_kind IF NOT EXISTS FOR (n:VanguardTeam) ON (n.kind);
CREATE INDEX community_main_urban IF NOT EXISTS FOR (n:Community) ON (n.mainUrban);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX unit_name IF NOT EXISTS FOR (n:Unit) ON (n.name);
CREATE INDEX member_of_until IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.until);
