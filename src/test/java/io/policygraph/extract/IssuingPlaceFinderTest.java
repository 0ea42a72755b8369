package io.policygraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IssuingPlaceFinderTest {

    private final IssuingPlaceFinder finder = new IssuingPlaceFinder(Gazetteer.standard());

    @Test
    void provincialPlansAreTheProvincesWithoutACity() {
        // 安徽省 (皖政办) and 江西省 plans: a provincial capital named in the text is not the plan's city.
        IssuingPlace anhui = finder.find("责任单位：省经济和信息化厅、人行合肥中心支行", "安徽省工业互联网创新发展行动计划(2021—2023年)");
        assertThat(anhui.level()).isEqualTo(PlaceLevel.PROVINCE);
        assertThat(anhui.province()).isEqualTo("安徽省");
        assertThat(anhui.city()).isNull();
        IssuingPlace jiangxi = finder.find("人行南昌中心支行给予支持", "江西省数字经济发展实施方案");
        assertThat(jiangxi.level()).isEqualTo(PlaceLevel.PROVINCE);
        assertThat(jiangxi.owner()).isEqualTo("江西省");
    }

    @Test
    void aProvincialNoticeIsKnownByItsAddressees() {
        // A 海南省 notice naming only a county, and a 安徽省 one whose title names no place.
        IssuingPlace hainan = finder.find("各市、县（区）人民政府，省政府各部门：\n定安县要加强医疗废物处置。", "医疗卫生机构医疗废物管理办法");
        assertThat(hainan.level()).isEqualTo(PlaceLevel.PROVINCE);
        assertThat(hainan.province()).isEqualTo("海南省");
        IssuingPlace anhui = finder.find("各市人民政府，省政府各部门，各直属机构：\n人行合肥中心支行、安徽银保监局负责。", "支持工业互联网发展若干政策");
        assertThat(anhui.province()).isEqualTo("安徽省");
        assertThat(anhui.city()).isNull();
    }

    @Test
    void theProvinceWritingItsOwnNameOutweighsProvincesItCites() {
        // Epidemic-era notices cite 湖北 and 北京; the issuer writes 江西省 in full. 稳定安全 and 规定安排 hide no 定安.
        IssuingPlace jiangxi = finder.find("各市、县（区）人民政府，省政府各部门：\n对来自湖北、北京的人员，按照规定安排专人，"
                + "保持稳定安全。湖北疫情……江西省新冠肺炎疫情防控应急指挥部", null);
        assertThat(jiangxi.level()).isEqualTo(PlaceLevel.PROVINCE);
        assertThat(jiangxi.province()).isEqualTo("江西省");
        // Measures issued "with the provincial government's assent" name their capital more often than the province.
        IssuingPlace assent = finder.find("《关于金融支持防控疫情稳定经济增长的若干措施》已经省政府同意，现印发给你们。\n"
                + "江西省各金融机构对南昌、九江的企业……南昌", "关于金融支持防控疫情稳定经济增长的若干措施");
        assertThat(assent.level()).isEqualTo(PlaceLevel.PROVINCE);
        assertThat(assent.city()).isNull();
    }

    @Test
    void nationalPlansHaveNoPlace() {
        IssuingPlace opinion = finder.find("（税务总局、财政部、海关总署负责）", "国务院关于促进综合保税区高水平开放高质量发展的若干意见");
        assertThat(opinion.level()).isEqualTo(PlaceLevel.NATIONAL);
        // "国务院关于支持贵州…" names a province and is still national.
        assertThat(finder.find("", "国务院关于支持贵州在新时代西部大开发上闯新路的意见").level()).isEqualTo(PlaceLevel.NATIONAL);
        // National plans of the State Council's bodies, titled after the country.
        assertThat(finder.find("市场监管总局牵头", "全国安全生产专项整治三年行动计划").level()).isEqualTo(PlaceLevel.NATIONAL);
        assertThat(finder.find("教育部牵头", "国家职业教育改革实施方案").level()).isEqualTo(PlaceLevel.NATIONAL);
        IssuingPlace byNumber = finder.find("国办发〔2023〕12号\n各省、自治区、直辖市人民政府：", "关于加快发展外贸新业态的意见");
        assertThat(byNumber.level()).isEqualTo(PlaceLevel.NATIONAL);
        assertThat(byNumber.province()).isNull();
    }

    @Test
    void districtAndCountyPlansHaveTheirCityAndProvince() {
        IssuingPlace lishan = finder.find("区发改局、区工信局", "立山区政府2023年重点工作任务分解和责任分工方案");
        assertThat(lishan.level()).isEqualTo(PlaceLevel.COUNTY);
        assertThat(lishan.county()).isEqualTo("鞍山市立山区");
        assertThat(lishan.city()).isEqualTo("鞍山市");
        assertThat(lishan.province()).isEqualTo("辽宁省");
        IssuingPlace pingyao = finder.find("县政务服务中心牵头", "平遥县优化营商环境工作方案");
        assertThat(pingyao.county()).isEqualTo("平遥县");
        assertThat(pingyao.owner()).isEqualTo("平遥县");
        assertThat(pingyao.city()).isEqualTo("晋中市");
        // Province and city in front narrow down to the county.
        assertThat(finder.find("", "山西省晋中市平遥县古城保护行动方案").county()).isEqualTo("平遥县");
    }

    @Test
    void autonomousPrefectureKnownOnlyByItsCountiesAndTheWord州() {
        String enshi = "恩施市、建始县、巴东县人民政府，州政府有关部门：\n州交通运输局牵头，恩施市政府、建始县政府配合。";
        IssuingPlace place = finder.find(enshi, "州七届人大一次会议代表议案办理方案");
        assertThat(place.level()).isEqualTo(PlaceLevel.CITY);
        assertThat(place.city()).isEqualTo("恩施土家族苗族自治州");
        assertThat(place.owner()).isEqualTo("恩施州");
        assertThat(place.isOwnMarker("州")).isTrue();
        IssuingPlace yanbian = finder.find("延边朝鲜族自治州人民政府\n州住建局负责", "延边州城市更新行动方案");
        assertThat(yanbian.owner()).isEqualTo("延边朝鲜族自治州");
    }

    @Test
    void specialAreasAreCities() {
        IssuingPlace pingtan = finder.find("区经济发展局牵头", "平潭综合实验区社会信用体系建设规划任务分工实施方案");
        assertThat(pingtan.level()).isEqualTo(PlaceLevel.CITY);
        assertThat(pingtan.city()).isEqualTo("平潭综合实验区");
        assertThat(pingtan.province()).isEqualTo("福建省");
        assertThat(pingtan.isOwnMarker("区")).isTrue();
        assertThat(finder.find("", "雄安新区数字城市建设方案").city()).isEqualTo("河北雄安新区");
    }

    @Test
    void cityPlans() {
        IssuingPlace guangzhou = finder.find("市卫生健康委", "关于推进广州市家庭医生签约服务高质量发展实施方案");
        assertThat(guangzhou.level()).isEqualTo(PlaceLevel.CITY);
        assertThat(guangzhou.city()).isEqualTo("广州市");
        assertThat(guangzhou.province()).isEqualTo("广东省");
        IssuingPlace nanjing = finder.find("南京市人民政府\n各区人民政府，市府各委办局：南京江北新区", "2021年市政府主要工作目标任务分解落实方案");
        assertThat(nanjing.city()).isEqualTo("南京市");
        assertThat(finder.find("市发改委牵头", "2023年投资增长专项攻坚行动方案")).isEqualTo(IssuingPlace.UNNAMED_CITY);
    }
}
