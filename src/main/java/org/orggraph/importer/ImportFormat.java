package org.orggraph.importer;

import static org.orggraph.importer.Column.optional;
import static org.orggraph.importer.Column.required;
import static org.orggraph.importer.ColumnType.BOOLEAN;
import static org.orggraph.importer.ColumnType.DATE;
import static org.orggraph.importer.ColumnType.DECIMAL;
import static org.orggraph.importer.ColumnType.INTEGER;
import static org.orggraph.importer.ColumnType.TEXT;
import static org.orggraph.model.NodeLabel.Activity;
import static org.orggraph.model.NodeLabel.Alliance;
import static org.orggraph.model.NodeLabel.Building;
import static org.orggraph.model.NodeLabel.ChangeEvent;
import static org.orggraph.model.NodeLabel.City;
import static org.orggraph.model.NodeLabel.Community;
import static org.orggraph.model.NodeLabel.DutyListItem;
import static org.orggraph.model.NodeLabel.Grid;
import static org.orggraph.model.NodeLabel.IndustrialPark;
import static org.orggraph.model.NodeLabel.Need;
import static org.orggraph.model.NodeLabel.PartyOrganization;
import static org.orggraph.model.NodeLabel.Person;
import static org.orggraph.model.NodeLabel.Project;
import static org.orggraph.model.NodeLabel.ResidentialCompound;
import static org.orggraph.model.NodeLabel.Resource;
import static org.orggraph.model.NodeLabel.ServiceCenter;
import static org.orggraph.model.NodeLabel.Street;
import static org.orggraph.model.NodeLabel.Summons;
import static org.orggraph.model.NodeLabel.Town;
import static org.orggraph.model.NodeLabel.Unit;
import static org.orggraph.model.NodeLabel.VanguardTeam;
import static org.orggraph.model.NodeLabel.Village;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.orggraph.importer.FileType.Ends;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import org.springframework.stereotype.Component;

/**
 * The import (and export) format: which files exist and their columns, as {@code docs/import-format.md} documents
 * it. Labels and relationship types follow {@code cypher/schema/README.md}; enum values come from the GraphQL
 * schema ({@link SdlEnums}). Every node label of the model but {@code Member} (a Person's {@code member} column) has
 * a file, and so has every relationship type.
 */
@Component
public class ImportFormat {

    public static final String ID = "id";
    public static final String NAME = "name";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String SINCE = "since";
    /** Person's column that adds the label Member. */
    public static final String MEMBER = "member";

    private final List<FileType> types;

    public ImportFormat() {
        this(SdlEnums.fromClasspath());
    }

    ImportFormat(SdlEnums enums) {
        List<FileType> all = new ArrayList<>(nodeFiles(enums));
        all.addAll(relationshipFiles(enums));
        this.types = List.copyOf(all);
    }

    public List<FileType> types() {
        return types;
    }

    /** The type a file name (without extension) names, in English (case-insensitive) or Chinese. */
    public Optional<FileType> forFileName(String baseName) {
        String n = baseName.strip();
        return types.stream().filter(t -> t.name().equalsIgnoreCase(n) || t.chinese().equals(n)).findFirst();
    }

    public Optional<FileType.Nodes> nodes(NodeLabel label) {
        return types.stream().filter(t -> t instanceof FileType.Nodes n && n.label() == label)
                .map(FileType.Nodes.class::cast).findFirst();
    }

    private static List<FileType> nodeFiles(SdlEnums enums) {
        Column founded = optional("founded", "成立日期", DATE);
        return List.of(
                named(City, "市", optional("areaKm2", "面积(平方公里)", DECIMAL), optional("population", "人口", INTEGER),
                        optional("specialFundYuan", "专项经费(元)", INTEGER),
                        optional("specialFundSince", "专项经费起始年", INTEGER),
                        optional("communityWorkerPayBudgetYuan", "社区工作者薪酬预算(元)", INTEGER)),
                named(Town, "镇"),
                named(Street, "街道"),
                named(Village, "村"),
                named(Community, "社区", optional("mainUrban", "主城区", BOOLEAN), optional("households", "户数", INTEGER),
                        optional("serviceFundYuan", "服务经费(元)", INTEGER), optional("officeFundYuan", "办公经费(元)", INTEGER)),
                named(ResidentialCompound, "小区"),
                named(Building, "楼栋", optional("stairwells", "楼梯数", INTEGER)),
                named(IndustrialPark, "工业园区"),
                named(Grid, "网格", optional("number", "编号", INTEGER)),
                named(Unit, "单位", Column.enumeration("kind", "类型", true, enums.of("UnitKind")),
                        optional("employees", "职工人数", INTEGER)),
                named(PartyOrganization, "党组织",
                        Column.enumeration("level", "层级", true, enums.of("PartyOrganizationLevel"))
                                .withAliases(Map.of("党委", "COMMITTEE", "党总支", "GENERAL_BRANCH", "党支部", "BRANCH")),
                        optional("expanded", "大党委", BOOLEAN), founded),
                named(Alliance, "党建共同体", optional("urbanRegional", "城区片区", BOOLEAN), founded),
                named(ServiceCenter, "党群服务中心",
                        Column.enumeration("level", "层级", true, enums.of("ServiceCenterLevel")),
                        optional("floorAreaM2", "面积(平方米)", DECIMAL), optional("inNewBuilding", "新建", BOOLEAN)),
                named(VanguardTeam, "党员先锋队", Column.enumeration("kind", "类型", true, enums.of("VanguardTeamKind")),
                        optional("purpose", "用途", TEXT), founded),
                new FileType.Nodes(Person, "人员", List.of(required(ID, "编号", TEXT), required(NAME, "姓名", TEXT),
                        Column.enumeration("gender", "性别", false, List.of("MALE", "FEMALE"))
                                .withAliases(Map.of("男", "MALE", "女", "FEMALE")),
                        optional("birthYear", "出生年份", INTEGER), optional(MEMBER, "党员", BOOLEAN))),
                named(Need, "需求", optional("category", "类别", TEXT),
                        Column.enumeration("status", "状态", false, enums.of("NeedStatus")),
                        optional("raisedOn", "提出日期", DATE)),
                named(Resource, "资源", optional("category", "类别", TEXT), optional("offeredOn", "提供日期", DATE)),
                named(Project, "项目", Column.enumeration("status", "状态", false, enums.of("ProjectStatus")),
                        optional("claimedOn", "认领日期", DATE), optional("doneOn", "完成日期", DATE)),
                named(Activity, "活动", Column.enumeration("kind", "类型", true, enums.of("ActivityKind")),
                        Column.enumeration("meetingLevel", "会议层级", false, enums.of("MeetingLevel")),
                        optional("date", "日期", DATE), optional("beneficiaries", "受益人数", INTEGER)),
                named(Summons, "吹哨", optional("date", "日期", DATE), optional("category", "类别", TEXT)),
                new FileType.Nodes(ChangeEvent, "变更", List.of(required(ID, "编号", TEXT),
                        Column.enumeration("type", "类型", true, enums.of("ChangeEventType")),
                        required("date", "日期", DATE), optional("description", "描述", TEXT),
                        Column.enumeration("fromLevel", "原层级", false, enums.of("PartyOrganizationLevel")),
                        Column.enumeration("toLevel", "新层级", false, enums.of("PartyOrganizationLevel")),
                        optional("context", "背景", TEXT))),
                named(DutyListItem, "清单事项", Column.enumeration("list", "清单", true, enums.of("DutyList")),
                        optional("area", "领域", TEXT)));
    }

    private static FileType.Nodes named(NodeLabel label, String chinese, Column... more) {
        List<Column> columns = new ArrayList<>(List.of(required(ID, "编号", TEXT), required(NAME, "名称", TEXT)));
        columns.addAll(Arrays.asList(more));
        return new FileType.Nodes(label, chinese, columns);
    }

    private static List<FileType> relationshipFiles(SdlEnums enums) {
        Column since = optional(SINCE, "起始日期", DATE);
        List<NodeLabel> anyNode = Stream.of(NodeLabel.values()).filter(l -> l != NodeLabel.Member).toList();
        return List.of(
                rel(RelType.PART_OF, "隶属", List.of(
                        ends(List.of(Street, Town), City),
                        ends(List.of(Community, Village, IndustrialPark), Street, Town),
                        ends(List.of(ResidentialCompound), Community),
                        ends(List.of(Building), ResidentialCompound),
                        ends(List.of(Grid), Street))),
                rel(RelType.LOCATED_IN, "位于", List.of(
                        ends(List.of(Unit), Street, Town, IndustrialPark),
                        ends(List.of(ServiceCenter), City, Town, Street, Village, Community, IndustrialPark, Unit))),
                rel(RelType.SUBORDINATE_TO, "上级党组织", List.of(ends(List.of(PartyOrganization), PartyOrganization))),
                rel(RelType.HOSTED_BY, "依托", List.of(ends(List.of(PartyOrganization), Unit, Community,
                        ResidentialCompound, IndustrialPark, Village, Street, Town, City))),
                rel(RelType.REPRESENTED_ON, "大党委成员", List.of(ends(List.of(Unit), PartyOrganization)), since),
                rel(RelType.LED_BY, "牵头", List.of(ends(List.of(Alliance), PartyOrganization))),
                rel(RelType.MEMBER_OF, "组织关系", List.of(ends(List.of(Person), PartyOrganization)), since,
                        optional("until", "截止日期", DATE)),
                rel(RelType.WORKS_AT, "工作单位", List.of(ends(List.of(Person), Unit)), since,
                        optional("until", "截止日期", DATE)),
                rel(RelType.LIVES_IN, "居住小区", List.of(ends(List.of(Person), ResidentialCompound)), since,
                        optional("until", "截止日期", DATE)),
                rel(RelType.REPORTS_TO, "双报到", List.of(ends(List.of(PartyOrganization, Person), Community,
                        IndustrialPark)), since),
                rel(RelType.COMMUNITY_WORKER_OF, "社区工作者", List.of(ends(List.of(Person), Community)), since),
                rel(RelType.LEADS_BUILDING, "楼栋长", List.of(ends(List.of(Person), Building)),
                        Column.enumeration("role", "角色", true, List.of("LEADER", "ASSISTANT"))
                                .withAliases(Map.of("楼栋长", "LEADER", "助理", "ASSISTANT")), since),
                rel(RelType.VOLUNTEERS_FOR, "义工", List.of(ends(List.of(Person), ResidentialCompound)), since),
                rel(RelType.WORKS_IN_GRID, "网格员", List.of(ends(List.of(Person), Grid)),
                        Column.enumeration("role", "角色", true, List.of("GRID_LEADER", "GRID_WORKER"))
                                .withAliases(Map.of("网格长", "GRID_LEADER", "网格员", "GRID_WORKER"))),
                rel(RelType.IN_ALLIANCE, "加入共同体", List.of(ends(List.of(Community, IndustrialPark, Unit), Alliance)),
                        Column.enumeration("role", "角色", true, enums.of("AllianceRole"))
                                .withAliases(Map.of("牵头", "LEAD", "成员", "MEMBER")), since,
                        optional("until", "截止日期", DATE)),
                rel(RelType.COVERS, "覆盖", List.of(ends(List.of(Grid), ResidentialCompound))),
                rel(RelType.RAISED_BY, "提出", List.of(ends(List.of(Need), Community, ResidentialCompound),
                        ends(List.of(Summons), Street, Community))),
                rel(RelType.OFFERED_BY, "提供", List.of(ends(List.of(Resource), Unit, IndustrialPark))),
                rel(RelType.LISTED_BY, "上架", List.of(ends(List.of(Resource), ServiceCenter))),
                rel(RelType.CLAIMS, "认领需求", List.of(ends(List.of(Project), Need))),
                rel(RelType.USES, "使用资源", List.of(ends(List.of(Project), Resource))),
                rel(RelType.CLAIMED_BY, "认领单位", List.of(ends(List.of(Project), Unit))),
                rel(RelType.PAID_BY, "出资单位", List.of(ends(List.of(Project), Unit))),
                rel(RelType.ORGANIZED_BY, "组织方", List.of(ends(List.of(Activity), Unit, Community, IndustrialPark,
                        Alliance, PartyOrganization, Street, City))),
                rel(RelType.HELD_AT, "举办地", List.of(ends(List.of(Activity), Community, ResidentialCompound,
                        IndustrialPark)), optional("stairwells", "楼梯数", INTEGER), optional("households", "户数", INTEGER)),
                rel(RelType.PARTICIPATED_IN, "参加活动", List.of(ends(List.of(Person), Activity))),
                rel(RelType.ANSWERED, "报到", List.of(ends(List.of(Unit), Summons)), optional("date", "日期", DATE)),
                rel(RelType.CONCERNS, "涉及", List.of(ends(List.of(Summons), Community, ResidentialCompound))),
                rel(RelType.FORMED_BY, "组建", List.of(ends(List.of(VanguardTeam), PartyOrganization))),
                rel(RelType.MEMBER_OF_TEAM, "先锋队员", List.of(ends(List.of(Person), VanguardTeam))),
                rel(RelType.MOBILIZED_FOR, "动员", List.of(ends(List.of(PartyOrganization, Person), Activity)),
                        optional("frontLine", "一线", BOOLEAN)),
                rel(RelType.STATIONED_AT, "进驻", List.of(ends(List.of(Unit), Community)), since),
                rel(RelType.CHANGED, "变更对象", List.of(new Ends(List.of(ChangeEvent), anyNode))),
                rel(RelType.INTO, "去向", List.of(ends(List.of(ChangeEvent), Alliance, PartyOrganization))),
                rel(RelType.APPLIES_TO, "适用", List.of(ends(List.of(DutyListItem), City))));
    }

    private static Ends ends(List<NodeLabel> from, NodeLabel... to) {
        return new Ends(from, List.of(to));
    }

    private static FileType.Relationships rel(RelType type, String chinese, List<Ends> ends, Column... more) {
        List<Column> columns = new ArrayList<>(List.of(
                new Column(FROM, "起点", ColumnType.REFERENCE, true, List.of(), Map.of()),
                new Column(TO, "终点", ColumnType.REFERENCE, true, List.of(), Map.of())));
        columns.addAll(Arrays.asList(more));
        return new FileType.Relationships(type, chinese, ends, columns);
    }

    /** The file name of a type without extension, as the export writes it. */
    public static String fileName(FileType type) {
        return type.name();
    }

    static String normalizeEnum(String text) {
        return text.strip().toUpperCase(Locale.ROOT);
    }
}
