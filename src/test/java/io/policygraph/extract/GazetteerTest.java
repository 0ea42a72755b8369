package io.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.standard();

    @Test
    void findsCitiesByFullAndShortNameAcrossProvinces() {
        assertThat(gazetteer.city("晋城市")).contains(new Place("晋城市", "山西省", PlaceKind.PREFECTURE, "晋城市"));
        assertThat(gazetteer.city("晋城")).map(Place::name).contains("晋城市");
        assertThat(gazetteer.city("嘉峪关")).map(Place::province).contains("甘肃省");
        assertThat(gazetteer.city("桂林市")).map(Place::province).contains("广西壮族自治区");
        assertThat(gazetteer.city("延边")).map(Place::name).contains("延边朝鲜族自治州");
        assertThat(gazetteer.city("克孜勒苏")).map(Place::name).contains("克孜勒苏柯尔克孜自治州");
        assertThat(gazetteer.city("锡林郭勒")).map(Place::name).contains("锡林郭勒盟");
        assertThat(gazetteer.city("上海")).map(Place::name).contains("上海市");
    }

    @Test
    void shortNameSharedWithAProvinceIsNotACity() {
        assertThat(gazetteer.city("吉林")).isEmpty();
        assertThat(gazetteer.city("吉林市")).map(Place::province).contains("吉林省");
        assertThat(gazetteer.city("海南")).isEmpty();
    }

    @Test
    void mapsCountiesToTheirCity() {
        assertThat(gazetteer.cityOfCounty("霍州市")).map(Place::name).contains("临汾市");
        assertThat(gazetteer.cityOfCounty("忻府区")).map(Place::name).contains("忻州市");
        assertThat(gazetteer.cityOfCounty("洪洞")).map(Place::name).contains("临汾市");
        assertThat(gazetteer.cityOfCounty("积石山保安族东乡族撒拉族自治县")).map(Place::name).contains("临夏回族自治州");
        assertThat(gazetteer.cityOfCounty("积石山")).map(Place::name).contains("临夏回族自治州");
        assertThat(gazetteer.cityOfCounty("敦煌市")).map(Place::name).contains("酒泉市");
        assertThat(gazetteer.cityOfCounty("海淀区")).map(Place::name).contains("北京市");
        assertThat(gazetteer.cityOfCounty("义乌市")).map(Place::name).contains("金华市");
        assertThat(gazetteer.cityOfCounty("凯里市")).map(Place::name).contains("黔东南苗族侗族自治州");
        assertThat(gazetteer.cityOfCounty("库车市")).map(Place::name).contains("阿克苏地区");
        assertThat(gazetteer.cityOfCounty("公主岭市")).map(Place::name).contains("长春市");
    }

    @Test
    void countyNameUsedByTwoCitiesIsNotResolved() {
        assertThat(gazetteer.cityOfCounty("城区")).isEmpty();
        assertThat(gazetteer.cityOfCounty("朝阳区")).isEmpty();
        assertThat(gazetteer.cityOfCounty("鼓楼区")).isEmpty();
    }

    @Test
    void unknownNamesAreAbsent() {
        assertThat(gazetteer.city("霍格沃茨市")).isEmpty();
        assertThat(gazetteer.cityOfCounty("晋城市")).isEmpty();
        assertThat(gazetteer.provinceOf("霍格沃茨市")).isNull();
    }

    @Test
    void knowsTheProvinceOfCitiesAndCounties() {
        assertThat(gazetteer.provinceOf("临汾")).isEqualTo("山西省");
        assertThat(gazetteer.provinceOf("敦煌市")).isEqualTo("甘肃省");
        assertThat(gazetteer.provinceOf("遵义市")).isEqualTo("贵州省");
        assertThat(gazetteer.provinceOf("广西")).isEqualTo("广西壮族自治区");
    }

    @Test
    void listsEveryPrefectureLevelDivision() {
        String[] sample = {"石家庄市", "呼伦贝尔市", "大兴安岭地区", "阿拉善盟", "湘西土家族苗族自治州",
                "黔东南苗族侗族自治州", "那曲市", "海西蒙古族藏族自治州", "中卫市", "阿勒泰地区", "儋州市"};
        for (String name : sample) {
            assertThat(gazetteer.city(name)).as(name).isPresent();
        }
    }

    @Test
    void findsCityMentionsWithOffsets() {
        String text = "临汾市召开会议,晋城、忻州两地代表和霍州市参加。";
        List<Gazetteer.Mention> mentions = gazetteer.findCities(text);

        assertThat(mentions).extracting(m -> m.place().name()).containsExactly("临汾市", "晋城市", "忻州市");
        Gazetteer.Mention jincheng = mentions.get(1);
        assertThat(text.substring(jincheng.start(), jincheng.end())).isEqualTo("晋城");
        assertThat(gazetteer.findPlaces(text)).extracting(m -> m.place().name()).contains("霍州市");
    }

    @Test
    void ambiguousShortNamesNeedTheirSuffixInRunningText() {
        assertThat(gazetteer.findCities("确保长治久安,欢迎各位来宾")).isEmpty();
        assertThat(gazetteer.findCities("长治市和来宾市")).extracting(m -> m.place().name())
                .containsExactly("长治市", "来宾市");
    }

    @Test
    void provinceNamesBlockShortNamesThatStraddleThem() {
        assertThat(gazetteer.findCities("河南平顶山")).extracting(m -> m.place().name()).containsExactly("平顶山市");
    }

    @Test
    void countyNamesThatAreOrdinaryWordsAreNotMentions() {
        assertThat(gazetteer.findPlaces("推进老城区改造,濒临县城的解放区纪念馆")).isEmpty();
        assertThat(gazetteer.findPlaces("洪洞县和霍州市")).extracting(m -> m.place().prefecture())
                .containsExactly("临汾市", "临汾市");
    }

    @Test
    void shortNameBeforeACountySuffixIsNotTheCity() {
        assertThat(gazetteer.findCities("兰州市和定西县")).extracting(m -> m.place().name()).containsExactly("兰州市");
        assertThat(gazetteer.findCities("定西县")).isEmpty();
    }

    @Test
    void coversEveryProvinceAndPrefectureOfTheCountry() {
        for (String p : new String[] {"北京市", "河北省", "内蒙古自治区", "西藏自治区", "新疆维吾尔自治区", "香港特别行政区"}) {
            assertThat(gazetteer.province(p)).as(p).map(Place::kind).contains(PlaceKind.PROVINCE);
        }
        assertThat(gazetteer.province("内蒙古")).map(Place::name).contains("内蒙古自治区");
        // Tibet's counties (the old file had none) and a 2023 county-to-city change.
        assertThat(gazetteer.cityOfCounty("巴宜区")).map(Place::name).contains("林芝市");
        assertThat(gazetteer.cityOfCounty("色尼区")).map(Place::name).contains("那曲市");
        // Banners of 盟, counties of 地区.
        assertThat(gazetteer.cityOfCounty("阿拉善左旗")).map(Place::name).contains("阿拉善盟");
        assertThat(gazetteer.cityOfCounty("漠河市")).map(Place::name).contains("大兴安岭地区");
    }

    @Test
    void autonomousAreasAreFoundByTheShortFormsTextsUse() {
        assertThat(gazetteer.city("恩施州")).map(Place::name).contains("恩施土家族苗族自治州");
        assertThat(gazetteer.city("延边州")).map(Place::name).contains("延边朝鲜族自治州");
        assertThat(gazetteer.county("石柱县")).map(Place::name).contains("石柱土家族自治县");
        assertThat(gazetteer.findCities("州人民政府办公室关于印发恩施州农村人居环境整治方案的通知"))
                .extracting(m -> m.place().name()).containsExactly("恩施土家族苗族自治州");
        assertThat(gazetteer.findCities("湘西州、延边州两地")).extracting(m -> m.surface()).containsExactly("湘西州", "延边州");
    }

    @Test
    void countyLevelDivisionsUnderTheirProvinceActAsCities() {
        assertThat(gazetteer.city("济源市")).map(Place::province).contains("河南省");
        assertThat(gazetteer.city("仙桃市")).map(Place::kind).contains(PlaceKind.PREFECTURE);
        assertThat(gazetteer.city("五指山市")).map(Place::province).contains("海南省");
    }

    @Test
    void specialAreasHaveTheirLevelAndParent() {
        Place pingtan = gazetteer.place("平潭综合实验区").orElseThrow();
        assertThat(pingtan.kind()).isEqualTo(PlaceKind.PREFECTURE);
        assertThat(pingtan.province()).isEqualTo("福建省");
        Place jiangbei = gazetteer.place("江北新区").orElseThrow();
        assertThat(jiangbei.name()).isEqualTo("南京江北新区");
        assertThat(jiangbei.kind()).isEqualTo(PlaceKind.AREA);
        assertThat(jiangbei.prefecture()).isEqualTo("南京市");
        assertThat(gazetteer.findPlaces("兰州新区管委会")).extracting(m -> m.place().prefecture()).containsExactly("兰州市");
    }

    @Test
    void provincesAreFoundInText() {
        assertThat(gazetteer.findPlaces("安徽省工业互联网创新发展行动计划")).extracting(m -> m.place().kind())
                .containsExactly(PlaceKind.PROVINCE);
        assertThat(gazetteer.findPlaces("江西省人民政府办公厅关于印发江西省数字经济发展方案的通知"))
                .extracting(m -> m.place().name()).containsExactly("江西省", "江西省");
    }
}
