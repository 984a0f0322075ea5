// Every node of the model has a stable string id, unique per label.
// (:Member is an extra label of :Person; its id is covered by the Person constraint.)
CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT town_id IF NOT EXISTS FOR (n:Town) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT street_id IF NOT EXISTS FOR (n:Street) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT village_id IF NOT EXISTS FOR (n:Village) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT community_id IF NOT EXISTS FOR (n:Community) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT residential_compound_id IF NOT EXISTS FOR (n:ResidentialCompound) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT building_id IF NOT EXISTS FOR (n:Building) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT industrial_park_id IF NOT EXISTS FOR (n:IndustrialPark) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT grid_id IF NOT EXISTS FOR (n:Grid) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unit_id IF NOT EXISTS FOR (n:Unit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT party_organization_id IF NOT EXISTS FOR (n:PartyOrganization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT alliance_id IF NOT EXISTS FOR (n:Alliance) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT service_center_id IF NOT EXISTS FOR (n:ServiceCenter) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT vanguard_team_id IF NOT EXISTS FOR (n:VanguardTeam) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT need_id IF NOT EXISTS FOR (n:Need) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT resource_id IF NOT EXISTS FOR (n:Resource) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT activity_id IF NOT EXISTS FOR (n:Activity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT summons_id IF NOT EXISTS FOR (n:Summons) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_event_id IF NOT EXISTS FOR (n:ChangeEvent) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT duty_list_item_id IF NOT EXISTS FOR (n:DutyListItem) REQUIRE n.id IS UNIQUE;
