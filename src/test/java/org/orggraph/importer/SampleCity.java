package org.orggraph.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.orggraph.export.TableFormat;

/**
 * Writes the {@code samples/} import set: 青湾市, a small invented city (2 streets, a town, 4 communities, 10 units,
 * 1 alliance, 300 people) with every file type of the import format at least once, in CSV, XLSX and JSON. Ids start
 * with {@code qw:} so they never meet the Heshan reference data. Run {@code main} with the target folder to
 * regenerate (deterministic: the same files every time).
 */
public final class SampleCity {

    public static final int PEOPLE = 300;
    /** The person the search tests look for: 曾小贤, "zeng", "zxx". */
    public static final String ZENG = "qw:person:001";

    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Random random = new Random(20240305);

    private record Table(TableFormat format, String fileName, List<String> header, List<List<Object>> rows) {
    }

    public static void main(String[] args) throws IOException {
        new SampleCity().build().write(Path.of(args.length > 0 ? args[0] : "samples"));
    }

    SampleCity build() {
        row("City", "qw:city", "青湾市", 312.5, 180000, 2000000, 2019, 1500000);
        row("Street", "qw:street:1", "东湖街道");
        row("Street", "qw:street:2", "西江街道");
        row("Town", "qw:town:1", "白沙镇");
        row("Village", "qw:village:1", "白沙村");
        for (String s : List.of("qw:street:1", "qw:street:2", "qw:town:1")) {
            row("PART_OF", s, "qw:city");
        }
        row("PART_OF", "qw:village:1", "qw:town:1");
        String[] communities = {"曾家", "荷塘", "江滨", "桂园"};
        for (int c = 1; c <= 4; c++) {
            String id = "qw:community:" + c;
            row("Community", id, communities[c - 1] + "社区", c <= 2, 1200 + 300 * c, 100000, 100000);
            row("PART_OF", id, c <= 2 ? "qw:street:1" : "qw:street:2");
            for (int k = 1; k <= 2; k++) {
                String compound = "qw:compound:" + c + "-" + k;
                row("ResidentialCompound", compound, communities[c - 1] + (k == 1 ? "花园" : "新村"));
                row("PART_OF", compound, id);
                String building = "qw:building:" + c + "-" + k + "-1";
                row("Building", building, communities[c - 1] + (k == 1 ? "花园" : "新村") + "1栋", 2 + k);
                row("PART_OF", building, compound);
            }
        }
        row("IndustrialPark", "qw:park:1", "西江工业园");
        row("PART_OF", "qw:park:1", "qw:street:2");
        for (int g = 1; g <= 2; g++) {
            row("Grid", "qw:grid:" + g, "第" + g + "网格", g);
            row("PART_OF", "qw:grid:" + g, "qw:street:" + g);
            row("COVERS", "qw:grid:" + g, "qw:compound:" + (2 * g - 1) + "-1");
            row("COVERS", "qw:grid:" + g, "qw:compound:" + (2 * g) + "-2");
        }
        String[] units = {"青湾市委组织部", "青湾市民政局", "青湾市人民医院", "青湾市第一中学", "青湾供电局",
                "青湾农商银行", "东湖物业公司", "西江电子厂", "江滨餐饮公司", "青湾社会组织联合会"};
        String[] kinds = {"AGENCY", "AGENCY", "PUBLIC_INSTITUTION", "PUBLIC_INSTITUTION", "STATE_ENTERPRISE",
                "STATE_ENTERPRISE", "PRIVATE_ENTERPRISE", "PRIVATE_ENTERPRISE", "PRIVATE_ENTERPRISE",
                "SOCIAL_ORGANIZATION"};
        row("PartyOrganization", "qw:po:street:1", "东湖街道大工委", "COMMITTEE", false, LocalDate.of(2018, 5, 1));
        row("HOSTED_BY", "qw:po:street:1", "qw:street:1");
        for (int u = 1; u <= 10; u++) {
            String id = "qw:unit:" + String.format("%02d", u);
            row("Unit", id, units[u - 1], kinds[u - 1], 20 + 13 * u);
            row("LOCATED_IN", id, u == 8 ? "qw:park:1" : u <= 5 ? "qw:street:1" : "qw:street:2");
            String po = "qw:po:unit:" + String.format("%02d", u);
            row("PartyOrganization", po, units[u - 1] + "党支部", "BRANCH", false, LocalDate.of(2000 + u, 7, 1));
            row("HOSTED_BY", po, id);
            row("SUBORDINATE_TO", po, "qw:po:street:1");
            row("IN_ALLIANCE", id, "qw:alliance:1", "MEMBER", LocalDate.of(2019, 3, u));
            row("REPORTS_TO", po, "qw:community:" + (1 + (u - 1) % 4), LocalDate.of(2019, 4, 1));
        }
        for (int c = 1; c <= 4; c++) {
            String po = "qw:po:community:" + c;
            row("PartyOrganization", po, communities[c - 1] + "社区党委", c <= 3 ? "COMMITTEE" : "BRANCH", c <= 2,
                    LocalDate.of(2010 + c, 1, 1));
            row("HOSTED_BY", po, "qw:community:" + c);
            row("SUBORDINATE_TO", po, "qw:po:street:1");
            row("IN_ALLIANCE", "qw:community:" + c, "qw:alliance:1", c == 1 ? "LEAD" : "MEMBER", "2019/3/1");
        }
        row("PartyOrganization", "qw:po:compound:1-1", "曾家花园党支部", "BRANCH", false, "2020年2月1日");
        row("HOSTED_BY", "qw:po:compound:1-1", "qw:compound:1-1");
        row("SUBORDINATE_TO", "qw:po:compound:1-1", "qw:po:community:1");
        row("REPRESENTED_ON", "qw:unit:01", "qw:po:community:1", LocalDate.of(2019, 6, 1));
        row("REPRESENTED_ON", "qw:unit:03", "qw:po:community:2", LocalDate.of(2019, 6, 1));
        row("STATIONED_AT", "qw:unit:02", "qw:community:1", LocalDate.of(2020, 1, 28));
        row("Alliance", "qw:alliance:1", "东湖西江党建共同体", true, LocalDate.of(2019, 3, 1));
        row("LED_BY", "qw:alliance:1", "qw:po:street:1");
        row("IN_ALLIANCE", "qw:park:1", "qw:alliance:1", "MEMBER", LocalDate.of(2019, 3, 1));
        row("ServiceCenter", "qw:sc:street:1", "东湖街道党群服务中心", "STREET", 850.0, true);
        row("ServiceCenter", "qw:sc:community:1", "曾家社区党群服务中心", "COMMUNITY", 320.5, false);
        row("LOCATED_IN", "qw:sc:street:1", "qw:street:1");
        row("LOCATED_IN", "qw:sc:community:1", "qw:community:1");
        people();
        threeLists();
        activities();
        row("ChangeEvent", "qw:event:1", "UPGRADED_TO_COMMITTEE", LocalDate.of(2020, 6, 1),
                "荷塘社区党支部升格为党委", "BRANCH", "COMMITTEE", null);
        row("CHANGED", "qw:event:1", "qw:po:community:2");
        row("ChangeEvent", "qw:event:2", "UNIT_JOINED_ALLIANCE", LocalDate.of(2019, 3, 10), "青湾农商银行加入共同体",
                null, null, null);
        row("CHANGED", "qw:event:2", "qw:unit:06");
        row("INTO", "qw:event:2", "qw:alliance:1");
        row("DutyListItem", "qw:duty:access:1", "居民协商议事", "ACCESS", "社区治理");
        row("DutyListItem", "qw:duty:negative:1", "招商引资任务", "NEGATIVE", null);
        row("APPLIES_TO", "qw:duty:access:1", "qw:city");
        row("APPLIES_TO", "qw:duty:negative:1", "qw:city");
        return this;
    }

    private void people() {
        String[] surnames = {"曾", "陈", "李", "黄", "梁", "张", "林", "吴", "何", "罗", "冯", "叶"};
        String[] given = {"小贤", "志明", "丽华", "建国", "美玲", "伟强", "秀英", "家豪", "慧敏", "国华", "嘉欣", "永康",
                "淑芬", "俊杰", "雪梅"};
        for (int p = 1; p <= PEOPLE; p++) {
            String id = String.format("qw:person:%03d", p);
            String name = p == 1 ? "曾小贤" : surnames[random.nextInt(surnames.length)] + given[1 + random.nextInt(given.length - 1)];
            boolean member = p <= 200;
            row("Person", id, name, random.nextBoolean() ? "男" : "女", 1950 + random.nextInt(50), member ? "是" : "否");
            int community = 1 + (p - 1) % 4;
            String compound = "qw:compound:" + community + "-" + (1 + p % 2);
            row("LIVES_IN", id, compound, LocalDate.of(2000 + p % 20, 1 + p % 12, 1));
            if (p <= 250) {
                row("WORKS_AT", id, "qw:unit:" + String.format("%02d", 1 + p % 10), LocalDate.of(2005 + p % 15, 3, 1));
            }
            if (member) {
                String po = p <= 150 ? "qw:po:unit:" + String.format("%02d", 1 + p % 10)
                        : p <= 190 ? "qw:po:community:" + community : "qw:po:compound:1-1";
                row("MEMBER_OF", id, po, LocalDate.of(2010 + p % 10, 7, 1), null);
                if (p <= 100) {
                    row("REPORTS_TO", id, "qw:community:" + community, LocalDate.of(2019, 5, 1));
                }
                if (p <= 20) {
                    row("VOLUNTEERS_FOR", id, compound, LocalDate.of(2020, 1, 27));
                }
                if (p <= 5) {
                    row("MEMBER_OF_TEAM", id, "qw:team:1");
                    row("MOBILIZED_FOR", id, "qw:activity:3", p <= 3);
                }
            }
        }
        // an earlier membership, closed: history the export must keep
        row("MEMBER_OF", "qw:person:002", "qw:po:community:1", LocalDate.of(2005, 7, 1), LocalDate.of(2012, 6, 30));
        for (int c = 1; c <= 4; c++) {
            row("COMMUNITY_WORKER_OF", String.format("qw:person:%03d", 200 + c), "qw:community:" + c,
                    LocalDate.of(2018, 9, 1));
        }
        int b = 0;
        for (int c = 1; c <= 4; c++) {
            for (int k = 1; k <= 2; k++) {
                b++;
                row("LEADS_BUILDING", String.format("qw:person:%03d", 210 + b), "qw:building:" + c + "-" + k + "-1",
                        "LEADER", LocalDate.of(2019, 1, 1));
            }
        }
        row("LEADS_BUILDING", "qw:person:220", "qw:building:1-1-1", "ASSISTANT", null);
        row("LEADS_BUILDING", "qw:person:221", "qw:building:2-1-1", "助理", null);
        row("WORKS_IN_GRID", "qw:person:230", "qw:grid:1", "GRID_LEADER");
        row("WORKS_IN_GRID", "qw:person:231", "qw:grid:1", "GRID_WORKER");
        row("WORKS_IN_GRID", "qw:person:232", "qw:grid:2", "网格长");
        row("WORKS_IN_GRID", "qw:person:233", "qw:grid:2", "GRID_WORKER");
        row("VanguardTeam", "qw:team:1", "曾家社区党员先锋队", "PARTY_MEMBER", "EPIDEMIC", LocalDate.of(2020, 1, 26));
        row("FORMED_BY", "qw:team:1", "qw:po:community:1");
        row("MOBILIZED_FOR", "qw:po:community:1", "qw:activity:3", true);
    }

    private void threeLists() {
        String[] needs = {"老旧小区加装电梯", "长者饭堂", "青少年课后托管"};
        for (int n = 1; n <= 3; n++) {
            row("Need", "qw:need:" + n, needs[n - 1], "社区服务", n == 1 ? "DONE" : n == 2 ? "MATCHED" : "RAISED",
                    LocalDate.of(2021, n, 10));
            row("RAISED_BY", "qw:need:" + n, n == 3 ? "qw:compound:2-1" : "qw:community:" + n);
        }
        String[] resources = {"义诊服务", "电工维修队", "爱心午餐"};
        for (int r = 1; r <= 3; r++) {
            row("Resource", "qw:resource:" + r, resources[r - 1], "志愿服务", LocalDate.of(2021, 2, r));
            row("OFFERED_BY", "qw:resource:" + r, r == 2 ? "qw:park:1" : "qw:unit:0" + (2 + r));
            row("LISTED_BY", "qw:resource:" + r, "qw:sc:community:1");
        }
        row("Project", "qw:project:1", "加装电梯项目", "DONE", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 9, 30));
        row("Project", "qw:project:2", "长者饭堂项目", "IN_PROGRESS", LocalDate.of(2021, 4, 1), null);
        row("CLAIMS", "qw:project:1", "qw:need:1");
        row("CLAIMS", "qw:project:2", "qw:need:2");
        row("USES", "qw:project:1", "qw:resource:2");
        row("USES", "qw:project:2", "qw:resource:3");
        row("CLAIMED_BY", "qw:project:1", "qw:unit:05");
        row("CLAIMED_BY", "qw:project:2", "qw:unit:09");
        row("PAID_BY", "qw:project:1", "qw:unit:02");
        row("PAID_BY", "qw:project:2", "qw:unit:02");
    }

    private void activities() {
        row("Activity", "qw:activity:1", "重阳敬老活动", "SERVICE", null, LocalDate.of(2021, 10, 14), 120);
        row("Activity", "qw:activity:2", "共同体联席会议", "JOINT_MEETING", "ALLIANCE", LocalDate.of(2021, 6, 1), null);
        row("Activity", "qw:activity:3", "疫情防控", "EPIDEMIC_CAMPAIGN", null, LocalDate.of(2020, 1, 26), 5000);
        row("ORGANIZED_BY", "qw:activity:1", "qw:community:1");
        row("ORGANIZED_BY", "qw:activity:1", "qw:unit:03");
        row("ORGANIZED_BY", "qw:activity:2", "qw:alliance:1");
        row("ORGANIZED_BY", "qw:activity:3", "qw:po:street:1");
        row("HELD_AT", "qw:activity:1", "qw:community:1", null, null);
        row("HELD_AT", "qw:activity:2", "qw:park:1", null, null);
        row("HELD_AT", "qw:activity:3", "qw:compound:1-1", 12, 340);
        for (int p = 1; p <= 30; p++) {
            row("PARTICIPATED_IN", String.format("qw:person:%03d", p), "qw:activity:" + (1 + p % 2));
        }
        row("Summons", "qw:summons:1", "小区积水整治", LocalDate.of(2021, 7, 3), "环境卫生");
        row("RAISED_BY", "qw:summons:1", "qw:street:1");
        row("CONCERNS", "qw:summons:1", "qw:compound:1-2");
        row("ANSWERED", "qw:unit:02", "qw:summons:1", LocalDate.of(2021, 7, 4));
        row("ANSWERED", "qw:unit:05", "qw:summons:1", "2021-07-05");
    }

    /** Which format and header each type is written in: a mix, with Chinese headers and file names in places. */
    private static final Map<String, Object[]> LAYOUT = Map.ofEntries(
            Map.entry("Person", new Object[] {TableFormat.XLSX, "人员", List.of("编号", "姓名", "性别", "出生年份", "党员")}),
            Map.entry("MEMBER_OF", new Object[] {TableFormat.XLSX, "MEMBER_OF", null}),
            Map.entry("Unit", new Object[] {TableFormat.JSON, "Unit", null}),
            Map.entry("PartyOrganization", new Object[] {TableFormat.JSON, "PartyOrganization", null}),
            Map.entry("Activity", new Object[] {TableFormat.JSON, "Activity", null}),
            Map.entry("WORKS_AT", new Object[] {TableFormat.JSON, "WORKS_AT", null}),
            Map.entry("Community", new Object[] {TableFormat.CSV, "社区",
                    List.of("编号", "名称", "主城区", "户数", "服务经费(元)", "办公经费(元)")}));

    private void row(String type, Object... values) {
        tables.computeIfAbsent(type, t -> {
            Object[] layout = LAYOUT.getOrDefault(t, new Object[] {TableFormat.CSV, t, null});
            @SuppressWarnings("unchecked")
            List<String> header = layout[2] != null ? (List<String>) layout[2] : header(t);
            return new Table((TableFormat) layout[0], (String) layout[1], header, new ArrayList<>());
        }).rows().add(new ArrayList<>(Arrays.asList(values)));
    }

    private static List<String> header(String type) {
        FileType fileType = new ImportFormat().forFileName(type).orElseThrow();
        return fileType.columns().stream().map(Column::name).toList();
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Table table : tables.values()) {
            List<List<Object>> rows = table.rows().stream().map(r -> {
                List<Object> padded = new ArrayList<>(r);
                while (padded.size() < table.header().size()) {
                    padded.add(null);
                }
                return padded;
            }).toList();
            try (OutputStream out = Files.newOutputStream(dir.resolve(table.fileName() + "." + table.format().extension()))) {
                table.format().write(table.fileName(), table.header(), rows, out);
            }
        }
    }

    /** The rows per type, for tests that check counts. */
    Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        tables.forEach((type, table) -> counts.put(type, table.rows().size()));
        return counts;
    }
}
