package org.orggraph.heshan;

import java.util.List;

/**
 * The fixed wording of the reference data: real area names, plausible unit names and the vocabularies that
 * generated names are built from. Their pinyin comes from {@link org.orggraph.names.ChinesePinyin}, a dictionary
 * library, so a new word needs no table entry; HeshanGeneratorTest checks the polyphones that matter here.
 */
final class Texts {

    private Texts() {
    }

    /** A word with the enumeration value (category, size, kind) that goes with it. */
    record Entry(String text, String code) {
    }

    static List<Entry> entries(String... textAndCode) {
        return java.util.stream.IntStream.range(0, textAndCode.length / 2)
                .mapToObj(i -> new Entry(textAndCode[2 * i], textAndCode[2 * i + 1])).toList();
    }

    // ---- real names (generated: false)
    static final String CITY = "鹤山市";
    static final String STREET = "沙坪街道";
    /** The nine towns with the key used in their ids, and how many communities and villages each has. */
    static final List<String> TOWN_NAMES = List.of("雅瑶镇", "古劳镇", "龙口镇", "桃源镇", "鹤城镇", "共和镇", "址山镇", "宅梧镇",
            "双合镇");
    static final List<String> TOWN_KEYS = List.of("yayao", "gulao", "longkou", "taoyuan", "hecheng", "gonghe", "zhishan",
            "zhaiwu", "shuanghe");
    static final List<Integer> TOWN_COMMUNITIES = List.of(2, 2, 2, 1, 2, 2, 1, 1, 1);
    static final List<Integer> TOWN_VILLAGES = List.of(11, 10, 12, 12, 12, 12, 13, 12, 10);
    /** How many agencies and public institutions each town hosts (52 in all; the other 251 are in the street). */
    static final List<Integer> TOWN_UNITS = List.of(5, 6, 6, 5, 6, 7, 6, 5, 6);

    // ---- place-name syllables (for communities, villages, compounds, schools)
    static final String PLACE_FIRST = "东西南北新金玉凤龙鹤桂云青翠华福安康和平富兴昌盛明秀湖山江岗塘桥湾岭洲景碧锦丰宁祥瑞嘉怡雅泰泉源越"
            + "楼沿罗宝银石松竹梅莲荷林田河溪花朗汇";
    static final String PLACE_SECOND = "城塘桥岗湖山华苑湾岭洲园庄坑田边江溪口埔冈坪岭围基洞门村坊里街景峰台";
    static final List<String> COMPOUND_SUFFIXES = List.of("花园", "苑", "小区", "新村", "雅居", "华庭", "名都", "豪庭", "山庄",
            "公馆", "家园", "丽景", "御景", "半岛", "广场", "新城");

    // ---- people
    /** Common surnames of the Pearl River Delta, most frequent first. */
    static final List<String> SURNAMES = List.of("李", "黄", "陈", "梁", "吴", "冯", "何", "张", "刘", "林", "罗", "邓", "叶",
            "谢", "麦", "冼", "钟", "胡", "周", "郑", "伍", "余", "谭", "关", "朱", "杨", "苏", "潘", "卢", "容", "甄", "温", "莫",
            "袁", "许", "欧阳", "司徒");
    static final String MALE_GIVEN = "伟强明华杰俊斌健锋勇志国文家荣辉浩宇建军海东成立新永德兴耀振光锦启达炳焕权冠智鹏涛峰毅超平广嘉铭灿坚泽彬";
    static final String FEMALE_GIVEN = "丽芳敏静燕玲娟霞红梅英萍婷慧秀珍凤琼艳洁颖雪琳佩妍欣晓嘉惠淑翠玉美月兰桂彩银宝莉诗韵";

    // ---- units. Size codes: L (committee with branches), M (general branch), S (branch); "?" = drawn at random.
    static final List<Entry> CITY_AGENCIES = entries(
            "中共鹤山市委办公室", "M", "鹤山市人民政府办公室", "M", "中共鹤山市委组织部", "M", "中共鹤山市委宣传部", "S",
            "中共鹤山市委统战部", "S", "中共鹤山市委政法委员会", "S", "中共鹤山市委机构编制委员会办公室", "S", "鹤山市纪委监委", "M",
            "鹤山市人大常委会办公室", "S", "鹤山市政协办公室", "S", "鹤山市发展和改革局", "M", "鹤山市教育局", "L",
            "鹤山市科学技术局", "S", "鹤山市工业和信息化局", "S", "鹤山市公安局", "L", "鹤山市民政局", "M", "鹤山市司法局", "M",
            "鹤山市财政局", "M", "鹤山市人力资源和社会保障局", "L", "鹤山市自然资源局", "L", "鹤山市住房和城乡建设局", "M",
            "鹤山市交通运输局", "M", "鹤山市水利局", "M", "鹤山市农业农村局", "M", "鹤山市商务局", "S",
            "鹤山市文化广电旅游体育局", "M", "鹤山市卫生健康局", "L", "鹤山市退役军人事务局", "S", "鹤山市应急管理局", "S",
            "鹤山市审计局", "S", "鹤山市市场监督管理局", "L", "鹤山市统计局", "S", "鹤山市医疗保障局", "S",
            "鹤山市城市管理和综合执法局", "L", "鹤山市信访局", "S", "鹤山市政务服务数据管理局", "S", "鹤山市林业局", "S",
            "鹤山市人民法院", "L", "鹤山市人民检察院", "M", "鹤山市总工会", "S", "共青团鹤山市委员会", "S",
            "鹤山市妇女联合会", "S", "鹤山市工商业联合会", "S", "鹤山市残疾人联合会", "S", "鹤山市科学技术协会", "S",
            "鹤山市红十字会", "S", "鹤山市侨务局", "S", "江门市生态环境局鹤山分局", "M", "国家税务总局鹤山市税务局", "L",
            "鹤山市气象局", "S", "鹤山市消防救援大队", "M", "鹤山市机关事务管理局", "S", "鹤山市公安局交通警察大队", "M",
            "鹤山市公安局沙坪派出所", "M", "鹤山市市场监督管理局沙坪分局", "S", "国家税务总局鹤山市税务局沙坪税务分局", "S",
            "鹤山市司法局沙坪司法所", "S");
    /** Agencies' local offices in the street, completed with a generated place name. */
    static final List<Entry> AGENCY_OFFICES = entries(
            "鹤山市公安局%s警务室", "S", "鹤山市城市管理和综合执法局%s中队", "S", "鹤山市市场监督管理局%s监管所", "S",
            "国家税务总局鹤山市税务局%s税务所", "S");
    static final List<Entry> CITY_INSTITUTIONS = entries(
            "鹤山市人民医院", "L", "鹤山市中医院", "L", "鹤山市妇幼保健院", "M", "鹤山市疾病预防控制中心", "M",
            "鹤山市慢性病防治站", "S", "鹤山市第一中学", "L", "鹤山市第二中学", "M", "鹤山市鹤华中学", "M",
            "鹤山市职业技术学校", "M", "鹤山市实验小学", "M", "鹤山市沙坪中心小学", "M", "鹤山市图书馆", "S",
            "鹤山市文化馆", "S", "鹤山市博物馆", "S", "鹤山市档案馆", "S", "鹤山市融媒体中心", "M",
            "鹤山市公共资源交易中心", "S", "鹤山市公共就业服务中心", "S", "鹤山市社会保险基金管理局", "S",
            "鹤山市住房公积金管理部", "S", "鹤山市城市规划设计室", "S", "鹤山市园林绿化管理所", "S", "鹤山市环境卫生管理站", "S",
            "鹤山市排水管理所", "S", "鹤山市公路事务中心", "S", "鹤山市殡仪馆", "S", "鹤山市救助管理站", "S",
            "鹤山市社会福利院", "S", "鹤山市敬老院", "S", "鹤山市老干部活动中心", "S", "鹤山市青少年宫", "S",
            "鹤山市体育运动学校", "S", "鹤山市特殊教育学校", "S", "鹤山市教师发展中心", "S", "鹤山市卫生监督所", "S",
            "鹤山市急救指挥中心", "S", "鹤山市农业技术推广中心", "S", "鹤山市动物疫病预防控制中心", "S",
            "鹤山市供销合作社联合社", "S", "中共鹤山市委党校", "M", "鹤山市地方志办公室", "S", "鹤山市机关幼儿园", "S",
            "鹤山市城市建设档案馆", "S", "鹤山市应急救援指挥中心", "S", "鹤山市不动产登记中心", "S",
            "鹤山市人民医院沙坪分院", "M");
    /** Generated public institutions: a school or station named after a generated place, or a field + a kind of office. */
    static final List<String> INSTITUTION_KINDS = List.of("小学", "幼儿园");
    static final String INSTITUTION_FIELDS = "水务 农机 渔政 畜牧 测绘 规划 房产 价格 质量 计量 供水 防汛 人防 地震 路政 国土 社保 医保 "
            + "就业 住建 档案 文物 体育 旅游 广播 科普 信息 统计 审计 农经 水土 环保 林业 气象 会展 招投标 土地 建设工程 交通";
    static final List<String> INSTITUTION_OFFICES = List.of("管理所", "服务中心", "监测站", "事务中心", "检测所", "工作站");
    /** Town-level offices, in the order a town gets them: {@code %s} is the town's short name. */
    static final List<Entry> TOWN_OFFICES = entries(
            "鹤山市公安局%s派出所", "AGENCY", "鹤山市%s卫生院", "PUBLIC_INSTITUTION", "鹤山市%s中心小学", "PUBLIC_INSTITUTION",
            "鹤山市%s中学", "PUBLIC_INSTITUTION", "鹤山市%s镇财政所", "AGENCY", "鹤山市司法局%s司法所", "AGENCY",
            "鹤山市市场监督管理局%s监管所", "AGENCY", "鹤山市%s镇文化站", "PUBLIC_INSTITUTION",
            "鹤山市%s镇农业技术推广站", "PUBLIC_INSTITUTION", "鹤山市%s镇社会事务服务中心", "PUBLIC_INSTITUTION");
    static final List<Entry> STATE_ENTERPRISES = entries(
            "广东电网有限责任公司鹤山供电局", "L", "中国移动通信集团广东有限公司鹤山分公司", "M",
            "中国电信股份有限公司鹤山分公司", "M", "中国联合网络通信有限公司鹤山分公司", "S", "中国邮政集团有限公司鹤山市分公司", "M",
            "中国工商银行鹤山支行", "M", "中国农业银行鹤山支行", "M", "中国建设银行鹤山支行", "M", "中国银行鹤山支行", "S",
            "广东鹤山农村商业银行", "L", "鹤山市自来水有限公司", "M", "鹤山市公共交通有限公司", "S", "鹤山市燃气有限公司", "S",
            "鹤山市城市建设投资集团有限公司", "M", "鹤山市交通投资集团有限公司", "S", "广东烟草江门市有限公司鹤山分公司", "S",
            "中国石化销售有限公司鹤山分公司", "S", "中国人寿保险股份有限公司鹤山支公司", "S",
            "中国人民财产保险股份有限公司鹤山支公司", "S", "鹤山市粮食储备有限公司", "S", "鹤山市水务集团有限公司", "M",
            "鹤山市国有资产经营有限公司", "S");
    static final String BRAND_SYLLABLES = "嘉宏华达利源信泰丰盛鑫荣昌恒顺雅美新金宝德创佳腾立优迪科凯威力天骏博联粤鹤永兴隆富晟安";
    static final List<String> INDUSTRIES = List.of("五金制品", "纺织", "电子科技", "食品", "塑料制品", "家具", "新材料", "机械",
            "印刷", "鞋业", "陶瓷", "化工", "包装材料", "建材", "照明电器", "服装", "汽车配件", "卫浴", "不锈钢制品", "电器", "涂料",
            "玩具", "皮具", "模具", "物流", "医药", "智能装备", "铝业");
    static final List<String> SOCIAL_ORGANIZATIONS = List.of("鹤山市慈善会", "鹤山市义工联合会", "鹤山市老年人协会",
            "鹤山市青年企业家协会", "鹤山市律师协会", "鹤山市个体劳动者协会", "鹤山市社会工作协会", "鹤山市阳光社会工作服务中心");
    static final List<String> PARK_NAMES = List.of("沙坪工业园", "共和工业园", "雅瑶工业园", "址山工业园", "鹤城工业园");
    /** Where each park is: -1 the street, otherwise an index into the towns. */
    static final List<Integer> PARK_DISTRICT = List.of(-1, 5, 0, 6, 4);
    static final List<String> URBAN_ALLIANCE_NAMES = List.of("沙坪街道中心片区党建共同体", "沙坪街道东片区党建共同体",
            "沙坪街道西片区党建共同体", "沙坪街道南片区党建共同体", "沙坪街道北片区党建共同体");

    // ---- three lists, activities, summons
    static final List<Entry> NEED_ITEMS = entries(
            "加装电梯", "FACILITIES", "路灯维修", "FACILITIES", "增设健身器材", "FACILITIES", "排水管网改造", "FACILITIES",
            "停车位规划", "FACILITIES", "楼道照明更换", "FACILITIES", "长者饭堂", "ELDERLY_CARE", "居家养老探访", "ELDERLY_CARE",
            "老年人助浴", "ELDERLY_CARE", "四点半课堂", "CHILDREN", "暑期托管", "CHILDREN", "义诊体检", "HEALTH",
            "慢病管理", "HEALTH", "垃圾分类设施", "ENVIRONMENT", "绿化补种", "ENVIRONMENT", "化粪池清理", "ENVIRONMENT",
            "就业技能培训", "EMPLOYMENT", "法律援助", "LEGAL_AID", "矛盾纠纷调解", "LEGAL_AID", "文体活动场地", "CULTURE",
            "图书角建设", "CULTURE", "消防设施更新", "SAFETY", "监控探头安装", "SAFETY", "电动车充电桩", "SAFETY");
    static final List<Entry> RESOURCE_ITEMS = entries(
            "政策咨询", "POLICY", "法律咨询服务", "LEGAL", "党员志愿服务队", "VOLUNTEERS", "会议室开放", "VENUE",
            "业务培训", "TRAINING", "专项资金支持", "FUNDING", "义诊服务", "HEALTH", "健康讲座", "HEALTH", "图书借阅", "CULTURE",
            "课后托管", "CHILDREN", "场地开放", "VENUE", "文艺演出", "CULTURE", "金融知识讲座", "FINANCE", "用电安全检查", "SAFETY",
            "通信设施维护", "FACILITIES", "就业岗位", "JOBS", "技能培训", "TRAINING", "物资捐赠", "DONATION", "爱心捐款", "DONATION",
            "社工服务", "SOCIAL_WORK", "心理疏导", "SOCIAL_WORK", "助老服务", "SOCIAL_WORK");
    static final List<String> SERVICE_THEMES = List.of("党员义诊进社区", "长者关爱探访", "垃圾分类宣传", "法律咨询进社区",
            "青少年暑期课堂", "文明城市创建志愿服务", "消防安全宣讲", "环境卫生大扫除", "政策宣讲", "就业招聘会", "免费理发",
            "防诈骗宣传", "禁毒宣传", "关爱留守儿童", "助残志愿服务", "健康讲座", "书法进社区", "粤剧欣赏", "邻里节",
            "端午包粽子", "中秋慰问", "重阳敬老", "新春送福", "学雷锋志愿服务", "植树护绿", "交通文明劝导", "家电义务维修",
            "心理健康辅导", "老年人智能手机教学", "入户全覆盖民情大走访");
    static final List<Entry> SUMMONS_PROBLEMS = entries(
            "违章搭建整治", "ILLEGAL_CONSTRUCTION", "生活垃圾堆放清理", "SANITATION", "占道经营整治", "STREET_VENDING",
            "消防通道堵塞", "FIRE_SAFETY", "物业服务纠纷", "PROPERTY_DISPUTE", "雨季内涝排水", "DRAINAGE", "噪音扰民", "NOISE",
            "违规停车", "TRAFFIC", "高空抛物", "SAFETY", "下水道堵塞", "DRAINAGE");
    static final String EPIDEMIC_CAMPAIGN = "新冠肺炎疫情联防联控";

    // ---- the community access list (4 areas, 26 items) and negative list (18 items)
    static final List<Entry> ACCESS_LIST = entries(
            "党组织建设", "PARTY_BUILDING", "党员教育管理", "PARTY_BUILDING", "发展党员", "PARTY_BUILDING",
            "党费收缴", "PARTY_BUILDING", "党务公开", "PARTY_BUILDING", "精神文明建设", "PARTY_BUILDING", "统战工作", "PARTY_BUILDING",
            "居民会议组织", "RESIDENT_AUTONOMY", "居务公开", "RESIDENT_AUTONOMY", "居民公约制定", "RESIDENT_AUTONOMY",
            "社区选举", "RESIDENT_AUTONOMY", "人民调解", "RESIDENT_AUTONOMY", "社区协商议事", "RESIDENT_AUTONOMY",
            "社会保障协办", "PUBLIC_SERVICE", "养老服务协办", "PUBLIC_SERVICE", "残疾人服务", "PUBLIC_SERVICE",
            "就业服务协办", "PUBLIC_SERVICE", "计划生育服务", "PUBLIC_SERVICE", "退役军人服务", "PUBLIC_SERVICE",
            "社会救助协办", "PUBLIC_SERVICE",
            "社区治安防范", "SOCIAL_GOVERNANCE", "流动人口登记协助", "SOCIAL_GOVERNANCE", "矛盾纠纷排查", "SOCIAL_GOVERNANCE",
            "网格化管理", "SOCIAL_GOVERNANCE", "环境卫生监督", "SOCIAL_GOVERNANCE", "禁毒宣传教育", "SOCIAL_GOVERNANCE");
    static final List<String> NEGATIVE_LIST = List.of("行政执法", "安全生产监管", "消防监督检查", "城市管理执法", "环境保护执法",
            "食品药品监管", "招商引资", "协税护税", "违法建设查处", "征地拆迁", "市场监管", "交通安全监管", "出具无法核实的证明",
            "经济创收", "各类达标评比", "台账资料重复填报", "挂牌上墙", "商业广告发布");
}
