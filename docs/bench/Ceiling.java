// The ceiling of a one-transaction import on this machine: the import's own statements (UNWIND … CREATE of
// 200,000 people, then MATCH … CREATE of their 200,000 memberships), hand-written, in-process or over Bolt, in one
// transaction or in committed slices of 10,000, with a chosen set of Person's indexes (range, text, ft).
// docs/benchmarks.md "Importing 200,000 rows". Run from the jar's libraries:
//   unzip -q target/orggraph.jar 'BOOT-INF/lib/*' -d /tmp/og && java -cp '/tmp/og/BOOT-INF/lib/*' docs/bench/Ceiling.java VARIANT /tmp/ceiling-VARIANT 200000
// VARIANT: none | range | text | ft | range+text+ft | many | many+range+text+ft | bolt+range+text+ft (a new dir each run)
import java.nio.file.*; import java.util.*;
import org.neo4j.dbms.api.*; import org.neo4j.graphdb.*;
import org.neo4j.configuration.GraphDatabaseSettings;
public class Ceiling {
  public static void main(String[] a) throws Exception {
    String variant = a[0]; java.nio.file.Path dir = java.nio.file.Path.of(a[1]);
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dir)
        .setConfig(GraphDatabaseSettings.pagecache_memory, 512L<<20)
        .setConfig(org.neo4j.configuration.connectors.BoltConnector.enabled, true)
        .setConfig(org.neo4j.configuration.connectors.BoltConnector.listen_address, new org.neo4j.configuration.helpers.SocketAddress("127.0.0.1", 17687))
        .setConfig(GraphDatabaseSettings.auth_enabled, false).build();
    GraphDatabaseService db = dbms.database("neo4j");
    List<String> schema = new ArrayList<>(List.of(
      "CREATE CONSTRAINT person_id FOR (n:Person) REQUIRE n.id IS UNIQUE",
      "CREATE CONSTRAINT po_id FOR (n:PartyOrganization) REQUIRE n.id IS UNIQUE",
      "CREATE INDEX member_of_until FOR ()-[r:MEMBER_OF]-() ON (r.until)"));
    if (variant.contains("range")) { schema.add("CREATE INDEX member_id FOR (n:Member) ON (n.id)"); schema.add("CREATE INDEX person_name FOR (n:Person) ON (n.name)"); }
    if (variant.contains("text")) for (String p : List.of("name","pinyin","initials")) schema.add("CREATE TEXT INDEX person_"+p+"_text FOR (n:Person) ON (n."+p+")");
    if (variant.contains("ft")) schema.add("CREATE FULLTEXT INDEX names FOR (n:Person|PartyOrganization) ON EACH [n.name, n.pinyin, n.initials] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}");
    for (String s : schema) try (Transaction tx = db.beginTx()) { tx.execute(s); tx.commit(); }
    try (Transaction tx = db.beginTx()) { tx.execute("CALL db.awaitIndexes(300)"); tx.commit(); }
    try (Transaction tx = db.beginTx()) { tx.execute("UNWIND range(0,99) AS i CREATE (:PartyOrganization {id:'po:'+i, name:'基准党支部'+i, level:'BRANCH'})"); tx.commit(); }
    Random r = new Random(7);
    String s = "曾陈李黄梁张林吴何罗冯邓谭叶区麦钟卢苏刘杨周赵胡郭朱高马谢孙", g = "小贤志明丽华建国美玲伟强秀英家豪慧敏嘉欣宇浩子轩梓涵雨晴俊杰晓峰海燕淑芬桂兰振东永红春梅德才润泽锦荣";
    int n = Integer.parseInt(a[2]);
    List<Map<String,Object>> people = new ArrayList<>(), rels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String name = "" + s.charAt(r.nextInt(s.length())) + g.charAt(r.nextInt(g.length())) + g.charAt(r.nextInt(g.length()));
      Map<String,Object> props = new HashMap<>(Map.of("name", name, "pinyin", "zeng xiao xian "+ (i%1000), "initials", "zxx"+(i%100), "gender", i%2==0?"MALE":"FEMALE", "birthYear", 1950L+i%50, "member", true));
      people.add(Map.of("id", "p:"+i, "props", props));
      rels.add(Map.of("from", "p:"+i, "to", "po:"+(i%100), "props", Map.of("since", java.time.LocalDate.of(2015,7,1))));
    }
    Slices slices = variant.contains("bolt") ? new OverBolt() : variant.contains("many") ? new Committed(db) : new OneTransaction(db);
    long t0 = System.nanoTime();
    slices.run(NODES, people);
    long t1 = System.nanoTime();
    slices.run(RELATIONSHIPS, rels);
    long t2 = System.nanoTime();
    slices.end();
    long t3 = System.nanoTime();
    System.out.printf("%s: %d+%d rows: nodes %d ms, rels %d ms, commit %d ms, total %d ms = %d rows/s%n", variant, n, n,
        (t1-t0)/1000000, (t2-t1)/1000000, (t3-t2)/1000000, (t3-t0)/1000000, 2L*n*1000000000L/(t3-t0));
    dbms.shutdown();
  }

  static final String NODES = "UNWIND $rows AS row CREATE (n:Person:Member {id: row.id}) SET n += row.props";
  static final String RELATIONSHIPS = "UNWIND $rows AS row MATCH (a:Person {id: row.from}) MATCH (b:PartyOrganization {id: row.to})"
      + " CREATE (a)-[r:MEMBER_OF]->(b) SET r += row.props RETURN count(r)";
  static final int SLICE = 10_000;

  /** Sends the rows of one statement in slices of SLICE; end() commits what is still open (and closes it). */
  interface Slices {
    void send(String statement, List<Map<String,Object>> slice);
    default void run(String statement, List<Map<String,Object>> rows) {
      for (int f = 0; f < rows.size(); f += SLICE) send(statement, rows.subList(f, Math.min(rows.size(), f + SLICE)));
    }
    void end();
  }

  /** In-process, all slices in one transaction, committed by end(). */
  static final class OneTransaction implements Slices {
    final Transaction tx;
    OneTransaction(GraphDatabaseService db) { tx = db.beginTx(); }
    public void send(String statement, List<Map<String,Object>> slice) { tx.execute(statement, Map.of("rows", slice)).close(); }
    public void end() { tx.commit(); tx.close(); }
  }

  /** In-process, each slice a transaction of its own: end() has nothing left to commit. */
  static final class Committed implements Slices {
    final GraphDatabaseService db;
    Committed(GraphDatabaseService db) { this.db = db; }
    public void send(String statement, List<Map<String,Object>> slice) {
      try (Transaction tx = db.beginTx()) { tx.execute(statement, Map.of("rows", slice)).close(); tx.commit(); }
    }
    public void end() { }
  }

  /** Over Bolt on loopback with the driver, all slices in one transaction, as the import sends them. */
  static final class OverBolt implements Slices {
    final org.neo4j.driver.Driver driver = org.neo4j.driver.GraphDatabase.driver("bolt://127.0.0.1:17687");
    final org.neo4j.driver.Session session = driver.session();
    final org.neo4j.driver.Transaction tx = session.beginTransaction();
    public void send(String statement, List<Map<String,Object>> slice) { tx.run(statement, Map.of("rows", slice)).consume(); }
    public void end() { tx.commit(); tx.close(); session.close(); driver.close(); }
  }
}
