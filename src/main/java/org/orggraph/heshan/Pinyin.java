package org.orggraph.heshan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Toneless pinyin for the characters the reference data uses. The source names no people and few places, so
 * every generated name is built from the vocabulary in {@link Texts} and {@link Names}; this table covers exactly
 * that vocabulary (no dictionary library is on the classpath, and a general one would still need the overrides).
 *
 * <p>Each character has one default reading; characters read differently in a given word (银行 yin-hang against
 * 行政 xing-zheng, 长者 zhang-zhe, 重阳 chong-yang, 模具 mu-ju …) are listed with that word in {@link #WORDS},
 * which the conversion tries first, longest match first. A character outside the table is an error, not a guess.
 */
final class Pinyin {

    private Pinyin() {
    }

    /** One line per reading: the toneless syllable, then the characters read that way by default. */
    private static final String READINGS = """
            a 阿
            ai 爱艾
            an 安案岸
            ao 澳
            ba 八巴坝
            bai 白百柏
            ban 办半班板
            bang 帮
            bao 保宝包报堡
            bei 北贝备
            ben 本
            bi 碧比
            bian 边编
            biao 标
            bin 彬斌滨宾殡
            bing 兵炳病
            bo 博波播
            bu 部不布补步
            cai 财彩菜材
            can 参残灿
            cang 仓
            cao 草
            ce 测策
            ceng 层
            cha 查茶察
            chai 拆柴
            chan 产
            chang 昌场常厂长
            chao 超
            che 车
            chen 陈晨
            cheng 城成程诚承
            chi 持池
            chong 冲充
            chu 出除处楚初储
            chuan 传川
            chuang 创窗
            chun 春
            ci 次慈瓷
            cong 丛
            cu 促
            cui 翠
            cun 村
            da 大达搭
            dai 代带
            dan 单丹
            dang 党档
            dao 道导岛
            de 德的得
            deng 邓登灯等
            di 第地迪底帝
            dian 电点店
            diao 调
            ding 定鼎
            dong 东栋动洞
            du 督都度读独堵毒
            duan 端段
            dui 队对堆
            dun 盾
            duo 多
            e 鹅
            er 二儿
            fa 发法
            fan 反范帆饭
            fang 芳方房防放坊访纺
            fei 费肺
            fen 分粉份粪纷
            feng 丰凤锋峰冯风
            fu 福富服辅府妇扶复副覆
            gai 改盖
            gan 干
            gang 岗港冈钢
            gao 高告
            ge 格各个革
            geng 更
            gong 工公共功供宫
            gou 构
            gu 古顾谷股
            gua 挂
            guan 关冠管馆
            guang 光广
            gui 桂规贵
            guo 国果过
            hai 海
            han 汉
            hang 航
            hao 浩豪好号
            he 何和合河鹤核荷
            heng 恒
            hong 红宏鸿
            hou 后
            hu 胡湖护户互
            hua 华花化划
            huan 焕环换
            huang 黄皇
            hui 辉会慧惠汇挥绘
            huo 活火
            ji 基机技计纪级急集继济疾积记际圾季
            jia 家嘉佳加价
            jian 建健检监件简坚间
            jiang 江讲
            jiao 教交角郊缴
            jie 杰街洁节介解借
            jin 金锦进今禁近
            jing 景静京经精警境敬
            jiu 九就救纠
            ju 居局具据举剧
            juan 娟捐
            jun 军俊骏
            kai 凯开
            kang 康
            kao 考
            ke 科课
            keng 坑
            kong 控空
            kou 口
            ku 库
            kuan 款
            la 垃
            lai 来
            lan 兰蓝
            lang 朗
            lao 老劳涝
            lei 雷类
            li 李丽立利力理里莉礼
            lian 联莲廉
            liang 梁量亮粮
            liao 疗料
            lin 林琳临邻
            ling 玲岭灵龄领
            liu 刘流留六
            long 龙隆
            lou 楼
            lu 卢路陆录
            luo 罗络
            lv 绿律旅铝
            ma 马
            mai 麦
            man 满慢
            mao 茂矛
            mei 梅美媒
            men 门
            meng 盟
            mi 秘
            mian 免
            min 民敏
            ming 明铭名
            mo 莫模
            mu 木牧目
            nan 南
            nei 内
            neng 能
            nian 年
            ning 宁
            nong 农
            nv 女
            ou 欧
            pai 牌排派
            pan 潘
            pao 抛
            pei 佩培配
            peng 鹏
            pi 皮
            pian 片骗
            pin 品聘
            ping 平坪萍评
            pu 埔普
            qi 启期其气七企旗器汽
            qian 迁前千
            qiang 强墙
            qiao 桥侨
            qin 勤
            qing 青清庆情
            qiong 琼
            qiu 秋
            qu 区取
            quan 泉权全劝
            que 确
            qun 群
            ran 然燃
            rao 扰
            ren 人任
            rong 荣容融
            ru 入
            rui 瑞
            sai 塞
            san 三
            sao 扫
            sen 森
            sha 沙
            shan 山善
            shang 商上赏
            shao 少
            she 社设
            shen 深审神身
            sheng 生盛省晟升
            shi 市石事室实施师史识视世十士示诗食
            shou 收售守寿手
            shu 书术数淑暑树属殊疏输
            shua 刷
            shuang 双
            shui 水税
            shun 顺
            si 司四
            song 松送
            su 苏塑
            suo 所
            tai 泰台态
            tan 谭探
            tang 塘堂
            tao 桃涛陶
            te 特
            teng 腾
            ti 体梯
            tian 天田填
            tiao 条
            tie 铁
            ting 婷庭停
            tong 通同统童
            tou 头投
            tu 图徒土涂
            tuan 团
            tui 退推
            tuo 托
            wai 外
            wan 湾万玩
            wang 网王
            wei 伟委卫威围维位为慰违
            wen 文温问
            wo 我
            wu 吴五伍务物梧午无
            xi 西溪习席息系
            xia 霞下
            xian 冼县线先限险
            xiang 乡祥项向象
            xiao 晓小校消销
            xie 谢协械鞋
            xin 新欣信鑫心
            xing 兴星型性行
            xiong 雄
            xiu 秀修锈
            xu 许续畜
            xuan 宣选
            xue 雪学
            xun 训汛询
            ya 雅
            yan 燕艳妍研沿演炎烟验
            yang 杨阳养
            yao 瑶耀药
            ye 叶业
            yi 义艺毅一医以易仪役怡疫移议
            yin 银引印音
            ying 英颖应营
            yong 永勇用
            you 优有幼游由邮
            yu 玉余宇育雨御浴渔预
            yuan 源园苑员院远袁援愿
            yue 月越粤约阅
            yun 云韵运
            zai 宅
            zao 造噪
            ze 泽责
            zeng 增赠
            zha 扎诈
            zhan 站展占战
            zhang 张章账障
            zhao 招照
            zhe 者
            zhen 珍振镇甄诊震
            zheng 郑政正征整证
            zhi 志智址支织治制直职至质指执植知
            zhong 中钟众种重
            zhou 洲周
            zhu 朱柱住助主驻竹
            zhuan 专转
            zhuang 庄装桩
            zi 资自子咨字
            zong 综总粽
            zou 走
            zu 组足
            zuo 作座
            """;

    /** Words whose characters are not read by default. */
    private static final String WORDS = """
            银行 yin hang
            支行 zhi hang
            长者 zhang zhe
            重阳 chong yang
            重复 chong fu
            模具 mu ju
            调解 tiao jie
            """;

    private static final Map<Character, String> SYLLABLES;
    private static final Map<String, List<String>> WORD_SYLLABLES;
    private static final int LONGEST_WORD;

    static {
        Map<Character, String> syllables = new HashMap<>();
        for (String line : READINGS.strip().split("\n")) {
            String[] parts = line.strip().split(" ");
            for (char c : parts[1].toCharArray()) {
                String previous = syllables.put(c, parts[0]);
                if (previous != null) {
                    throw new IllegalStateException(c + " has two default readings: " + previous + ", " + parts[0]);
                }
            }
        }
        Map<String, List<String>> words = new HashMap<>();
        int longest = 0;
        for (String line : WORDS.strip().split("\n")) {
            String[] parts = line.strip().split(" ");
            List<String> readings = List.of(parts).subList(1, parts.length);
            if (readings.size() != parts[0].length()) {
                throw new IllegalStateException("word " + parts[0] + " needs one syllable per character");
            }
            words.put(parts[0], readings);
            longest = Math.max(longest, parts[0].length());
        }
        SYLLABLES = Map.copyOf(syllables);
        WORD_SYLLABLES = Map.copyOf(words);
        LONGEST_WORD = longest;
    }

    /** The name with its pinyin and initials; throws for a character without a reading. */
    static ChineseName of(String name) {
        List<String> syllables = syllables(name);
        StringBuilder pinyin = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        for (String s : syllables) {
            pinyin.append(s);
            // a run of digits keeps all its digits in the initials: 第11网格 -> d11wg
            initials.append(Character.isDigit(s.charAt(0)) ? s : s.substring(0, 1));
        }
        return new ChineseName(name, pinyin.toString(), initials.toString());
    }

    /**
     * The syllables of a text: one per Chinese character, one per run of ASCII letters or digits (lower-cased);
     * punctuation and spaces are dropped.
     */
    static List<String> syllables(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    int j = i;
                    while (j < text.length() && text.charAt(j) < 128 && Character.isLetterOrDigit(text.charAt(j))) {
                        j++;
                    }
                    out.add(text.substring(i, j).toLowerCase(java.util.Locale.ROOT));
                    i = j;
                } else {
                    i++;
                }
                continue;
            }
            if (!Character.isIdeographic(c)) {
                i++; // full-width punctuation: （）“”、·
                continue;
            }
            int matched = 0;
            for (int len = Math.min(LONGEST_WORD, text.length() - i); len >= 2 && matched == 0; len--) {
                List<String> word = WORD_SYLLABLES.get(text.substring(i, i + len));
                if (word != null) {
                    out.addAll(word);
                    matched = len;
                }
            }
            if (matched == 0) {
                String s = SYLLABLES.get(c);
                if (s == null) {
                    throw new IllegalArgumentException("no pinyin for '" + c + "' (U+%04X) in \"%s\""
                            .formatted((int) c, text));
                }
                out.add(s);
                matched = 1;
            }
            i += matched;
        }
        return out;
    }

    /** Whether {@code c} has a reading (for tests that check the vocabulary). */
    static boolean knows(char c) {
        return SYLLABLES.containsKey(c);
    }
}
