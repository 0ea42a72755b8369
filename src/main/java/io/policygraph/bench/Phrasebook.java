package io.policygraph.bench;

import java.util.List;

/**
 * The vocabulary of municipal investment and project plans, in pieces the composer recombines: task
 * headings, working methods, target metrics, deadlines, project names. Written for the generator; no
 * sentence of a real plan is copied.
 */
final class Phrasebook {

    private Phrasebook() {
    }

    static final List<String> THEMES = List.of(
            "项目建设提速", "扩大有效投资", "重点项目攻坚", "招商引资提质增效", "工业项目高质量建设",
            "营商环境优化提升", "项目落地见效", "投资增长专项攻坚", "产业链延链补链", "城市更新",
            "县域经济高质量发展", "开发区改革创新", "新型基础设施建设", "稳增长促投资", "项目建设冬季攻坚");

    static final List<String> TASK_VERBS = List.of(
            "加快推进", "全力推动", "持续深化", "着力强化", "扎实开展", "统筹推进", "大力实施", "积极争取",
            "切实做好", "健全完善", "全面提升", "精准实施");

    static final List<String> TASK_OBJECTS = List.of(
            "重大项目前期工作", "精准招商引资", "项目审批服务", "土地要素保障", "专项债券项目储备",
            "工业企业技术改造", "新型基础设施建设", "现代物流体系建设", "老旧小区改造", "农业农村基础设施建设",
            "文旅康养项目开发", "营商环境优化", "民间投资激励", "项目入库纳统", "重点企业帮扶",
            "能源项目建设", "生态环境治理工程", "数字经济项目培育", "县域特色产业发展", "开发区项目承载能力建设",
            "政府投资项目管理", "项目融资对接", "重点产业链项目谋划", "交通基础设施建设", "水利工程建设",
            "社会民生项目建设", "市级领导包抓项目机制", "项目建设督导考核");

    static final List<String> METHODS = List.of(
            "建立项目清单", "实行挂图作战", "压实包抓责任", "定期会商调度", "倒排工期", "逐项对账销号",
            "强化督导考核", "做好跟踪服务", "落实容缺受理", "推行并联审批", "开展联合踏勘", "精准对接企业需求",
            "及时协调解决问题", "实行周调度月通报", "建立问题台账", "推动要素跟着项目走", "开辟绿色通道",
            "提供全周期帮办代办服务", "做实项目储备库", "分级分类推进");

    static final List<String> REASONS = List.of(
            "确保项目早开工、早投产、早见效", "形成更多实物工作量", "为全年经济稳定增长提供有力支撑",
            "推动投资规模稳步扩大", "切实解决项目推进中的堵点难点", "持续掀起项目建设热潮",
            "提升项目谋划质量和成熟度", "推动更多项目纳入省级盘子");

    static final List<String> SUBJECTS = List.of(
            "各县(市、区)", "市直各部门", "各开发区", "各级各部门", "各责任单位", "各项目单位");

    static final List<String> METRICS = List.of(
            "固定资产投资", "产业项目投资", "工业固定资产投资", "社会消费品零售总额", "招商引资到位资金",
            "新签约项目总投资", "民间投资", "技术改造投资", "专项债券资金", "基础设施投资", "年度计划投资");

    static final List<String> RATE_METRICS = List.of(
            "项目开工率", "手续办结率", "项目入统率", "资金到位率", "投资完成率");

    static final List<String> COUNT_METRICS = List.of(
            "项目储备数量", "新开工项目", "亿元以上项目", "签约项目", "入库项目");

    static final List<String> AT_LEAST = List.of("以上", "");
    static final List<String> AMBITION = List.of("力争完成", "确保完成", "完成", "力争达到", "实现");

    /** Deadline phrases; %1$d is the plan year, %2$d a month. Weighted toward year end, as plans are. */
    static final List<String> DEADLINES = List.of(
            "12月底完成", "%1$d年12月底前", "每月推进,季度考核,12月底完成", "四季度", "%1$d年四季度",
            "按月调度,年底前完成", "%2$d月底前完成", "%1$d年%2$d月底前", "%1$d年三季度末", "二季度",
            "上半年完成", "持续推进", "长期坚持", "适时推进", "每季度调度,持续推进", "%1$d年11月30日前",
            "立即启动,%2$d月底前完成", "年底前", "一季度");

    static final List<String> PROJECT_PRODUCTS = List.of(
            "光伏发电", "氢冶金", "污水处理厂", "物流园", "冷链仓储中心", "数据中心", "抽水蓄能电站",
            "智能制造产业园", "保障性租赁住房", "城市供热管网改造", "锂电池负极材料", "新材料产业园",
            "农产品加工园", "现代煤化工", "风电场", "综合客运枢纽", "医院门诊综合楼", "中小学校舍改扩建",
            "生活垃圾焚烧发电", "工业园区基础设施配套", "高标准农田", "文化旅游综合体", "固废综合利用");

    static final List<String> PROJECT_SCALES = List.of(
            "", "", "年产20万吨", "100MW", "200MW", "5万吨", "10万平方米", "年产30万套", "一期", "二期");

    static final List<String> PROJECT_STATES = List.of("续建", "新建", "新开工", "计划开工");

    static final List<String> NEWS_DEMANDS = List.of(
            "抓认识", "抓谋划", "抓招商", "抓前期", "抓要素", "抓进度", "抓服务", "抓作风", "抓落实", "抓统计");

    static final List<String> SAFEGUARDS = List.of(
            "加强组织领导", "强化要素保障", "严格督导考核", "营造良好氛围", "优化服务环境", "强化资金支持");
}
