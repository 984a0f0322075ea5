// Full-text search over names. The cjk analyzer splits Chinese into bigrams, so a two-character part
// of a name finds it; pinyin and initials (generated with the name) let "shaping" or "sp" find 沙坪.
CREATE FULLTEXT INDEX names IF NOT EXISTS
FOR (n:City|Town|Street|Village|Community|ResidentialCompound|Building|IndustrialPark|Grid|Unit|PartyOrganization|Alliance|ServiceCenter|VanguardTeam|Person|Need|Resource|Project|Activity|Summons|DutyListItem)
ON EACH [n.name, n.pinyin, n.initials]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
