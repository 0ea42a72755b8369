package io.policygraph.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DepartmentResolverTest {

    private final DepartmentResolver resolver = new DepartmentResolver(DepartmentCatalog.standard(), Gazetteer.standard());

    private DepartmentResolver.Body resolve(String surface, String city) {
        return resolver.resolve(surface, city).orElseThrow();
    }

    @Test
    void abbreviationsResolveToTheCityAndTheFullOfficialName() {
        assertThat(resolve("市发改委", "晋城市").name()).isEqualTo("晋城市发展和改革委员会");
        assertThat(resolve("市发展改革委", "晋城市").name()).isEqualTo("晋城市发展和改革委员会");
        assertThat(resolve("市住建局", "嘉峪关市").name()).isEqualTo("嘉峪关市住房和城乡建设局");
        assertThat(resolve("市卫生健康委", "嘉峪关市").name()).isEqualTo("嘉峪关市卫生健康委员会");
        assertThat(resolve("市行政审批局", "忻州市").name()).isEqualTo("忻州市行政审批服务管理局");
        assertThat(resolve("忻州市工业和信息化局", "忻州市").name()).isEqualTo("忻州市工业和信息化局");
    }

    @Test
    void typeIsTheSameInEveryCitySoCrossCityQueriesWork() {
        DepartmentResolver.Body a = resolve("市发改委", "晋城市");
        DepartmentResolver.Body b = resolve("市发展改革委", "嘉峪关市");
        assertThat(a.type()).isEqualTo(b.type()).isEqualTo("发展和改革委员会");
        assertThat(a.kind()).isEqualTo(DepartmentKind.DEPARTMENT);
    }

    @Test
    void bodiesUnderTheGovernmentOffice() {
        assertThat(resolve("市政府金融办", "嘉峪关市").name()).isEqualTo("嘉峪关市人民政府金融工作办公室");
        assertThat(resolve("市政府国资委", "嘉峪关市").name()).isEqualTo("嘉峪关市人民政府国有资产监督管理委员会");
        assertThat(resolve("市国资委", "嘉峪关市").name()).isEqualTo("嘉峪关市人民政府国有资产监督管理委员会");
        assertThat(resolve("市政府", "临汾市").name()).isEqualTo("临汾市人民政府");
    }

    @Test
    void countyGovernmentsInAnyWordingAreOneActor() {
        for (String surface : new String[] {"各县(市、区)人民政府", "各县市、区人民政府", "各县(市、区)政府", "各县(市、区)"}) {
            DepartmentResolver.Body b = resolve(surface, "忻州市");
            assertThat(b.name()).as(surface).isEqualTo("忻州市各县(市、区)人民政府");
            assertThat(b.kind()).isEqualTo(DepartmentKind.COUNTY_GOVERNMENT);
        }
    }

    @Test
    void aShortFormMeansTheBodyOfThatNameNotASimilarOne() {
        // 经信局 and 工信局 are different bodies, as are 卫健局 (a county's) and 卫健委, 林业局 and 林草局.
        assertThat(resolve("市经信局", "丽水市").name()).isEqualTo("丽水市经济和信息化局");
        assertThat(resolve("市工信局", "嘉峪关市").name()).isEqualTo("嘉峪关市工业和信息化局");
        assertThat(resolve("县卫健局", "平遥县").name()).isEqualTo("平遥县卫生健康局");
        assertThat(resolve("市林业局", "韶关市").name()).isEqualTo("韶关市林业局");
    }

    @Test
    void theGovernmentsOfficeByItsShortestForm() {
        // 县府办 / 市府办: 浙江 and 江苏 plans shorten 政府 to 府.
        assertThat(resolve("县府办", "仙居县").name()).isEqualTo("仙居县人民政府办公室");
        assertThat(resolve("市府办", "南京市").name()).isEqualTo("南京市人民政府办公室");
    }

    @Test
    void povertyReliefOfficesBeforeAndAfterTheirRenaming() {
        IssuingPlace county = new IssuingPlaceFinder(Gazetteer.standard()).ofName("仙居县", "");
        assertThat(resolver.resolve("县扶贫办", county, 2019).orElseThrow().name()).isEqualTo("仙居县扶贫开发办公室");
        assertThat(resolver.resolve("县扶贫办", county, 2022).orElseThrow().name()).isEqualTo("仙居县乡村振兴局");
        // A State Council opinion's 扶贫办 is the national office.
        assertThat(resolver.resolve("扶贫办", IssuingPlace.NATIONAL, 2018).orElseThrow().name()).isEqualTo("国务院扶贫开发领导小组办公室");
        assertThat(resolver.resolve("标准委", IssuingPlace.NATIONAL, 2018).orElseThrow().name()).isEqualTo("国家标准化管理委员会");
    }

    @Test
    void aProvinceThatNamesABodyItsOwnWayKeepsItsName() {
        // regional-names.tsv: 山西's cities have a 行政审批服务管理局; elsewhere the body is a 行政审批局.
        assertThat(resolve("市行政审批局", "忻州市").name()).isEqualTo("忻州市行政审批服务管理局");
        assertThat(resolve("市行政审批局", "临汾市").name()).isEqualTo("临汾市行政审批服务管理局");
        assertThat(resolve("市行政审批局", "天水市").name()).isEqualTo("天水市行政审批局");
        assertThat(resolve("市审批局", "沧州市").name()).isEqualTo("沧州市行政审批局");
    }

    @Test
    void aCityOfDistrictsKeepsItsPrintedDistrictGovernments() {
        // 广州 and 南京 have districts only; their plans print 各区政府 / 各区人民政府 (B01's and h22's phrasings).
        assertThat(resolve("各区政府", "广州市").name()).isEqualTo("广州市各区人民政府");
        assertThat(resolve("各区人民政府", "南京市").name()).isEqualTo("南京市各区人民政府");
        assertThat(resolve("各区政府", "南京市").kind()).isEqualTo(DepartmentKind.COUNTY_GOVERNMENT);
        assertThat(resolve("各区县政府", "南京市").name()).isEqualTo("南京市各县(市、区)人民政府");
    }

    @Test
    void zonesWithAProperNameStandAloneGenericOnesTakeTheCity() {
        assertThat(resolve("忻州经济开发区管委会", "忻州市").name()).isEqualTo("忻州经济开发区管理委员会");
        assertThat(resolve("工业园区管委会", "嘉峪关市").name()).isEqualTo("嘉峪关市工业园区管理委员会");
        assertThat(resolve("大景区管委会(丝路长城文化研究院)", "嘉峪关市").name()).isEqualTo("嘉峪关市大景区管理委员会");
        assertThat(resolve("工业园区管委会", "嘉峪关市").kind()).isEqualTo(DepartmentKind.DEVELOPMENT_ZONE);
    }

    @Test
    void partyBodies() {
        assertThat(resolve("市委", "临汾市").name()).isEqualTo("中共临汾市委员会");
        assertThat(resolve("市委宣传部", "临汾市").name()).isEqualTo("中共临汾市委宣传部");
        assertThat(resolve("市委宣传部", null).name()).isEqualTo("市委宣传部");
    }

    @Test
    void withoutACityTheNameKeepsThePrintedPrefix() {
        assertThat(resolve("市发改委", null).name()).isEqualTo("市发展和改革委员会");
        assertThat(resolve("各县(市、区)政府", null).name()).isEqualTo("各县(市、区)人民政府");
    }

    @Test
    void countyOfTheCityIsItsGovernment() {
        assertThat(resolve("尧都区", "临汾市").name()).isEqualTo("临汾市尧都区人民政府");
        assertThat(resolve("霍州市", "临汾市").name()).isEqualTo("霍州市人民政府");
    }

    @Test
    void unknownBodiesKeepTheirNameUnderTheCity() {
        DepartmentResolver.Body group = resolve("建投集团", "嘉峪关市");
        assertThat(group.name()).isEqualTo("嘉峪关市建投集团");
        assertThat(group.kind()).isEqualTo(DepartmentKind.ENTERPRISE);
        assertThat(resolve("市房产服务中心", "嘉峪关市").name()).isEqualTo("嘉峪关市房产服务中心");
        assertThat(resolve("国网天水供电公司", "天水市").name()).isEqualTo("国网天水供电公司");
    }

    @Test
    void qualifiersAfterTheNameAreNotPartOfIt() {
        assertThat(resolve("市财政局按职责分工", "兰州市").name()).isEqualTo("兰州市财政局");
        assertThat(resolve("各县(区)政府按属地", "兰州市").name()).isEqualTo("兰州市各县(市、区)人民政府");
    }

    @Test
    void genericGroupsAreNotBodies() {
        assertThat(resolver.resolve("各有关部门", "晋城市")).isEmpty();
        assertThat(resolver.resolve("各部门", "晋城市")).isEmpty();
    }

    @Test
    void catalogKeepsOrganisationNamesWholeForHanLP() {
        DepartmentCatalog.standard();
        assertThat(HanLP.segment("忻州市工业和信息化局负责技术改造").stream().map((Term t) -> t.word))
                .anyMatch(w -> w.endsWith("工业和信息化局"));
    }
}
