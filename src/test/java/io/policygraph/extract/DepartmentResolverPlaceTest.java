package io.policygraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Canonical names per issuing place: national, provincial, city, autonomous prefecture, district, county, special area. */
class DepartmentResolverPlaceTest {

    private final Gazetteer gazetteer = Gazetteer.standard();
    private final DepartmentResolver resolver = new DepartmentResolver(DepartmentCatalog.standard(), gazetteer);
    private final IssuingPlaceFinder places = new IssuingPlaceFinder(gazetteer);

    private String name(String surface, IssuingPlace place, Integer year) {
        return resolver.resolve(surface, place, year).orElseThrow().name();
    }

    private String name(String surface, IssuingPlace place) {
        return name(surface, place, 2023);
    }

    private IssuingPlace place(String name) {
        return places.ofName(name, "");
    }

    @Test
    void nationalPlansUseTheStateCouncilsFullNames() {
        IssuingPlace national = IssuingPlace.NATIONAL;
        // 国发〔2019〕3号: "（税务总局、财政部、海关总署…负责）", "（发展改革委、科技部…负责）".
        assertThat(name("税务总局", national)).isEqualTo("国家税务总局");
        assertThat(name("发展改革委", national)).isEqualTo("国家发展和改革委员会");
        assertThat(name("科技部", national)).isEqualTo("科学技术部");
        assertThat(name("市场监管总局", national)).isEqualTo("国家市场监督管理总局");
        assertThat(name("药监局", national)).isEqualTo("国家药品监督管理局");
        assertThat(name("证监会", national)).isEqualTo("中国证券监督管理委员会");
        // Another national plan: "（水利部、国家发展改革委负责）".
        assertThat(name("水利部", national)).isEqualTo("水利部");
        assertThat(name("国家发展改革委", national)).isEqualTo("国家发展和改革委员会");
        assertThat(name("有关部门", national)).isEqualTo("国务院有关部门");
    }

    @Test
    void aNationalAbbreviationSharedWithLocalBodiesIsLocalInALocalPlan() {
        assertThat(name("发展改革委", place("嘉峪关市"))).isEqualTo("嘉峪关市发展和改革委员会");
        assertThat(name("市发展改革委", place("嘉峪关市"))).isEqualTo("嘉峪关市发展和改革委员会");
        // Unambiguous national names stay national in any plan.
        assertThat(name("国家发展改革委", place("晋城市"))).isEqualTo("国家发展和改革委员会");
        assertThat(name("税务总局", place("晋城市"))).isEqualTo("国家税务总局");
    }

    @Test
    void provincialPlansNameTheProvincesBodies() {
        IssuingPlace anhui = IssuingPlace.province("安徽省");
        assertThat(name("省科技厅", anhui)).isEqualTo("安徽省科学技术厅");
        assertThat(name("省住建厅", anhui)).isEqualTo("安徽省住房和城乡建设厅");
        assertThat(name("省发展改革委", anhui)).isEqualTo("安徽省发展和改革委员会");
        assertThat(name("省国资委", anhui)).isEqualTo("安徽省人民政府国有资产监督管理委员会");
        assertThat(name("地方金融监管局", anhui)).isEqualTo("安徽省地方金融监督管理局");
        assertThat(name("各市人民政府", anhui)).isEqualTo("安徽省各市人民政府");
        assertThat(name("安徽省人民政府办公厅", anhui)).isEqualTo("安徽省人民政府办公厅");
        IssuingPlace jiangxi = IssuingPlace.province("江西省");
        assertThat(name("省应急厅", jiangxi)).isEqualTo("江西省应急管理厅");
        assertThat(name("省财政厅", jiangxi)).isEqualTo("江西省财政厅");
        assertThat(name("省政府", jiangxi)).isEqualTo("江西省人民政府");
    }

    @Test
    void partyBodiesAndMassOrganisations() {
        assertThat(name("市委组织部", place("晋城市"))).isEqualTo("中共晋城市委组织部");
        assertThat(name("县委组织部", place("平遥县"))).isEqualTo("中共平遥县委组织部");
        assertThat(name("团市委", place("晋城市"))).isEqualTo("共青团晋城市委员会");
        assertThat(name("市团委", place("忻州市"))).isEqualTo("共青团忻州市委员会");
        assertThat(name("市科协", place("忻州市"))).isEqualTo("忻州市科学技术协会");
        assertThat(name("县工商联", place("平遥县"))).isEqualTo("平遥县工商业联合会");
        assertThat(name("市妇联", place("晋城市"))).isEqualTo("晋城市妇女联合会");
    }

    @Test
    void verticalAgenciesCarryTheirOwnNames() {
        // 税务局 bare in a district's plan, 市税务局 in a city's.
        assertThat(name("税务局", place("立山区"))).isEqualTo("国家税务总局鞍山市立山区税务局");
        assertThat(name("市税务局", place("忻州市"))).isEqualTo("国家税务总局忻州市税务局");
        // The central bank's branches: 安徽省 plan, 平潭 plan, 江西省 plan; bare 人民银行 of a city.
        assertThat(name("人行合肥中心支行", IssuingPlace.province("安徽省"))).isEqualTo("中国人民银行合肥中心支行");
        assertThat(name("人民银行平潭支行", place("平潭综合实验区"))).isEqualTo("中国人民银行平潭支行");
        assertThat(name("人行南昌中心支行", IssuingPlace.province("江西省"))).isEqualTo("中国人民银行南昌中心支行");
        assertThat(name("市人民银行", place("忻州市"))).isEqualTo("中国人民银行忻州市中心支行");
        // Supervisors named after their province.
        assertThat(name("安徽银保监局", IssuingPlace.province("安徽省"))).isEqualTo("中国银行保险监督管理委员会安徽监管局");
        assertThat(name("江西银保监局", IssuingPlace.province("江西省"))).isEqualTo("中国银行保险监督管理委员会江西监管局");
        assertThat(name("安徽证监局", IssuingPlace.province("安徽省"))).isEqualTo("中国证券监督管理委员会安徽监管局");
        assertThat(name("平潭海关", place("平潭综合实验区"))).isEqualTo("平潭海关");
    }

    @Test
    void namesFromBeforeTheReformMeanTheBodyOfTheirTime() {
        IssuingPlace pingtan = place("平潭综合实验区");
        assertThat(name("国税局", pingtan, 2015)).isEqualTo("平潭综合实验区国家税务局");
        assertThat(name("地税局", pingtan, 2015)).isEqualTo("平潭综合实验区地方税务局");
        assertThat(name("国税局", place("忻州市"), 2020)).isEqualTo("国家税务总局忻州市税务局");
        IssuingPlace enshi = places.find("恩施市、建始县人民政府，州政府有关部门", "州七届人大一次会议代表议案办理方案");
        assertThat(name("州环保局", enshi, 2012)).isEqualTo("恩施州环境保护局");
        assertThat(name("市环保局", place("晋城市"), 2023)).isEqualTo("晋城市生态环境局");
        assertThat(name("市卫计委", place("忻州市"), 2016)).isEqualTo("忻州市卫生和计划生育委员会");
        assertThat(name("市卫计委", place("忻州市"), 2020)).isEqualTo("忻州市卫生健康委员会");
        assertThat(name("市工商局", place("晋城市"), 2017)).isEqualTo("晋城市工商行政管理局");
        assertThat(name("市食药监局", place("晋城市"), 2021)).isEqualTo("晋城市市场监督管理局");
    }

    @Test
    void autonomousPrefecturesBodiesAreNamedAfterWhatTheTextCallsIt() {
        IssuingPlace enshi = places.find("恩施市、建始县人民政府，州政府有关部门", "州七届人大一次会议代表议案办理方案");
        assertThat(name("州发改委", enshi)).isEqualTo("恩施州发展和改革委员会");
        assertThat(name("州财政局", enshi)).isEqualTo("恩施州财政局");
        assertThat(name("州政府", enshi)).isEqualTo("恩施州人民政府");
        assertThat(name("州政府督查室", enshi)).isEqualTo("恩施州人民政府督查室");
        assertThat(name("巴东县政府", enshi)).isEqualTo("巴东县人民政府");
        assertThat(name("恩施市政府", enshi)).isEqualTo("恩施市人民政府");
        // The congress's standing committee, whichever term sits (恩施州 2012, a city's 第十五届).
        assertThat(name("州七届人大常委会", enshi)).isEqualTo("恩施州人民代表大会常务委员会");
        assertThat(name("市第十五届人大常委会", place("晋城市"))).isEqualTo("晋城市人民代表大会常务委员会");
        IssuingPlace yanbian = places.find("延边朝鲜族自治州人民政府办公室", "延边州城市更新行动方案");
        assertThat(name("州住建局", yanbian)).isEqualTo("延边朝鲜族自治州住房和城乡建设局");
    }

    @Test
    void aDistrictsOrCountysPlanNamesItsBodiesAfterIt() {
        IssuingPlace lishan = place("立山区");
        assertThat(name("区发改局", lishan)).isEqualTo("鞍山市立山区发展和改革局");
        assertThat(name("区市场局", lishan)).isEqualTo("鞍山市立山区市场监督管理局");
        assertThat(name("区政府", lishan)).isEqualTo("鞍山市立山区人民政府");
        assertThat(name("立山区人民政府", lishan)).isEqualTo("鞍山市立山区人民政府");
        assertThat(name("全区经济运行各专班", lishan)).isEqualTo("鞍山市立山区经济运行各专班");
        assertThat(name("各区直部门", lishan)).isEqualTo("鞍山市立山区区直各部门");
        assertThat(name("市发改委", lishan)).isEqualTo("鞍山市发展和改革委员会");
        assertThat(name("立山经济开发区", lishan)).isEqualTo("鞍山市立山经济开发区");
        IssuingPlace pingyao = place("平遥县");
        assertThat(name("县政务服务中心", pingyao)).isEqualTo("平遥县政务服务中心");
        assertThat(name("县发改局", pingyao)).isEqualTo("平遥县发展和改革局");
        assertThat(name("市行政审批局", pingyao)).isEqualTo("晋中市行政审批服务管理局");
    }

    @Test
    void specialAreasBodiesAreNamedAfterTheArea() {
        IssuingPlace pingtan = place("平潭综合实验区");
        assertThat(name("区经济发展局", pingtan)).isEqualTo("平潭综合实验区经济发展局");
        assertThat(name("社会事业局", pingtan)).isEqualTo("平潭综合实验区社会事业局");
        assertThat(name("区直各相关单位", pingtan)).isEqualTo("平潭综合实验区区直各相关单位");
        assertThat(name("管委会", pingtan)).isEqualTo("平潭综合实验区管理委员会");
        IssuingPlace xiongan = place("雄安新区");
        assertThat(name("区公安局", xiongan)).isEqualTo("河北雄安新区公安局");
        // A city's plan naming a new area's administration by its short name.
        assertThat(name("江北新区管委会", place("南京市"))).isEqualTo("南京江北新区管理委员会");
        assertThat(name("兰州新区管委会", place("兰州市"))).isEqualTo("甘肃兰州新区管理委员会");
    }

    @Test
    void countyGovernmentsCarryTheirOfficialNames() {
        // A district's official name includes its city, a county's and a county-level city's do not.
        assertThat(name("尧都区", place("临汾市"))).isEqualTo("临汾市尧都区人民政府");
        assertThat(name("洪洞县", place("临汾市"))).isEqualTo("洪洞县人民政府");
        assertThat(name("霍州市", place("临汾市"))).isEqualTo("霍州市人民政府");
    }

    @Test
    void aLeagueAndAPrefectureAreaNameTheirBodiesAfterThemselves() {
        DepartmentResolver resolver = new DepartmentResolver(DepartmentCatalog.standard(), Gazetteer.standard());
        IssuingPlaceFinder places = new IssuingPlaceFinder(Gazetteer.standard());
        IssuingPlace aksu = places.find("", "阿克苏地区2023年优化营商环境行动方案");
        assertThat(resolver.resolve("地区发改委", aksu, 2023).orElseThrow().name()).isEqualTo("阿克苏地区发展和改革委员会");
        assertThat(resolver.resolve("地区政务服务中心", aksu, 2023).orElseThrow().name()).isEqualTo("阿克苏地区政务服务中心");
        IssuingPlace xilingol = places.find("", "锡林郭勒盟2023年稳经济工作方案");
        assertThat(resolver.resolve("盟发改委", xilingol, 2023).orElseThrow().name()).isEqualTo("锡林郭勒盟发展和改革委员会");
        assertThat(resolver.resolve("各旗县市区人民政府", xilingol, 2023).orElseThrow().name()).isEqualTo("锡林郭勒盟各县(市、区)人民政府");
    }
}
