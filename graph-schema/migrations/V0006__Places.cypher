// Places at their level: a City node is a city (level CITY) or a county-level place (level COUNTY) that lies
// IN_CITY its city (parent holds the city's name); a Document records the level of government it is issued
// for (NATIONAL, PROVINCE, CITY, COUNTY). Nodes written before this version were cities and cities' plans.
MATCH (c:City) WHERE c.level IS NULL SET c.level = 'CITY';
MATCH (d:Document) WHERE d.level IS NULL AND EXISTS { (d)-[:OF_CITY]->(:City) } SET d.level = 'CITY';
