package org.orggraph.names;

import org.junit.jupiter.api.Test;
import org.orggraph.names.ChinesePinyin.Spelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Pinyin and initials of any Chinese text, in the format the {@code names} index stores: joined, lower case. */
class ChinesePinyinTest {

    @Test
    void anyNameGetsPinyinAndInitialsNotOnlyTheGeneratedVocabulary() {
        assertThat(ChinesePinyin.ofPerson("曾小贤")).isEqualTo(new Spelling("zengxiaoxian", "zxx"));
        assertThat(ChinesePinyin.of("鹤山市龙口镇三洞村")).isEqualTo(new Spelling("heshanshilongkouzhensandongcun", "hsslkzsdc"));
    }

    @Test
    void theFirstCharacterOfAPersonsNameIsReadAsASurname() {
        assertThat(ChinesePinyin.ofPerson("曾小贤").pinyin()).isEqualTo("zengxiaoxian");
        assertThat(ChinesePinyin.ofPerson("单雄信").pinyin()).isEqualTo("shanxiongxin");
        assertThat(ChinesePinyin.ofPerson("解缙").pinyin()).isEqualTo("xiejin");
        assertThat(ChinesePinyin.ofPerson("区志明").pinyin()).isEqualTo("ouzhiming");
        assertThat(ChinesePinyin.ofPerson("仇英").pinyin()).isEqualTo("qiuying");
        assertThat(ChinesePinyin.ofPerson("朴树").pinyin()).isEqualTo("piaoshu");
        assertThat(ChinesePinyin.ofPerson("查良镛")).isEqualTo(new Spelling("zhaliangyong", "zly"));
        assertThat(ChinesePinyin.ofPerson("欧阳德华").pinyin()).isEqualTo("ouyangdehua");
    }

    @Test
    void theSameCharactersInOtherTextKeepTheirOrdinaryReading() {
        assertThat(ChinesePinyin.of("曾经").pinyin()).isEqualTo("cengjing");
        assertThat(ChinesePinyin.of("单位").pinyin()).isEqualTo("danwei");
        assertThat(ChinesePinyin.of("调解").pinyin()).isEqualTo("tiaojie");
        assertThat(ChinesePinyin.of("社区").pinyin()).isEqualTo("shequ");
        assertThat(ChinesePinyin.of("检查").pinyin()).isEqualTo("jiancha");
    }

    @Test
    void aSurnameNeverMakesAPhraseWithTheGivenName() {
        // 叶韵 alone is the phrase xie-yun ("to rhyme"); as a name it is Ye Yun
        assertThat(ChinesePinyin.ofPerson("叶韵")).isEqualTo(new Spelling("yeyun", "yy"));
    }

    @Test
    void polyphonesAreReadByTheWordTheyAreIn() {
        assertThat(ChinesePinyin.of("银行").pinyin()).isEqualTo("yinhang");
        assertThat(ChinesePinyin.of("行政执法").pinyin()).isEqualTo("xingzhengzhifa");
        assertThat(ChinesePinyin.of("重阳敬老").pinyin()).isEqualTo("chongyangjinglao");
        assertThat(ChinesePinyin.of("重要").pinyin()).isEqualTo("zhongyao");
        assertThat(ChinesePinyin.of("长者关爱").initials()).isEqualTo("zzga");
    }

    @Test
    void theCorrectionsToTheDictionaryApply() {
        assertThat(ChinesePinyin.of("中国银行鹤山支行").pinyin()).isEqualTo("zhongguoyinhangheshanzhihang");
        assertThat(ChinesePinyin.of("云门名都").pinyin()).isEqualTo("yunmenmingdu");
        assertThat(ChinesePinyin.of("广东盛晟医药有限公司").pinyin()).isEqualTo("guangdongshengshengyiyaoyouxiangongsi");
        assertThat(ChinesePinyin.of("征地拆迁").pinyin()).isEqualTo("zhengdichaiqian");
        assertThat(ChinesePinyin.of("出具无法核实的证明").pinyin()).isEqualTo("chujuwufaheshidezhengming");
    }

    @Test
    void aNameOfPartsIsReadPartByPart() {
        // read whole, 山庄重阳 would give 庄重 zhuang-zhong
        assertThat(ChinesePinyin.ofParts("河冈山庄", "重阳敬老", "活动").pinyin())
                .isEqualTo("hegangshanzhuangchongyangjinglaohuodong");
        assertThat(ChinesePinyin.ofParts("翠园", "12", "栋")).isEqualTo(ChinesePinyin.of("翠园12栋"));
    }

    @Test
    void digitsAndLatinLettersPassThroughAndPunctuationIsLeftOut() {
        assertThat(ChinesePinyin.of("翠园12栋")).isEqualTo(new Spelling("cuiyuan12dong", "cy12d"));
        assertThat(ChinesePinyin.of("联席会议（2019年上半年）").pinyin()).isEqualTo("lianxihuiyi2019nianshangbannian");
        assertThat(ChinesePinyin.of("A座 3单元")).isEqualTo(new Spelling("azuo3danyuan", "az3dy"));
        assertThat(ChinesePinyin.of("ＴＣＬ大厦１２号")).isEqualTo(new Spelling("tcldasha12hao", "tds12h"));
        assertThat(ChinesePinyin.ofPerson("阿里·巴巴")).isEqualTo(new Spelling("alibaba", "albb"));
        assertThat(ChinesePinyin.of("Café 咖啡")).isEqualTo(new Spelling("cafekafei", "ckf"));
        assertThat(ChinesePinyin.of("绿女")).isEqualTo(new Spelling("lvnv", "ln"));
    }

    @Test
    void rareCharactersAndOddInputNeverThrow() {
        assertThat(ChinesePinyin.of("龘")).isEqualTo(new Spelling("da", "d"));
        assertThat(ChinesePinyin.of("〇")).isEqualTo(new Spelling("ling", "l"));
        // a character outside the basic plane, which the dictionary cannot read, is left out
        assertThat(ChinesePinyin.of("𠀀字")).isEqualTo(new Spelling("zi", "z"));
        assertThatCode(() -> {
            for (String text : new String[] {"", " ", "😀", "·", "김민준", "ㄅㄆㄇ", "\u0000", "龘靐齉齾爩鱻麤"}) {
                ChinesePinyin.of(text);
                ChinesePinyin.ofPerson(text);
            }
        }).doesNotThrowAnyException();
        assertThat(ChinesePinyin.ofPerson("")).isEqualTo(new Spelling("", ""));
    }
}
