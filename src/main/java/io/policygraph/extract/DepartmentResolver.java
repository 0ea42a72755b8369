package io.policygraph.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a surface form of a body (市发改委, 州财政局, 省科技厅, 税务总局, 人行合肥中心支行) into its canonical
 * identity for the place a plan is issued for: the owning place's name plus the body's full official name
 * (鞍山市立山区发展和改革局, 安徽省科学技术厅, 中共晋城市委组织部), the bare name for a national body
 * (国家税务总局), and the vertical agencies' own names (国家税务总局忻州市税务局). Pure and thread-safe.
 */
public final class DepartmentResolver {

    /** A resolved body: canonical name, name without the place, kind. */
    public record Body(String name, String type, DepartmentKind kind) {
    }

    /** Who a body belongs to: the name it carries (null when the text never names the place) and the word for it. */
    private record Owner(String name, String marker, PlaceLevel level) {
        Owner withMarker(String m) {
            return new Owner(name, m, level);
        }
    }

    private static final Pattern ZONE = Pattern.compile(
            "(.*?)(经济技术开发区|高新技术产业开发区|经济开发区|高新技术开发区|高新区|开发区|工业园区|产业园区|园区|风景名胜区|景区|新区|示范区|综合保税区)");
    /** A trailing second name in parentheses: 大景区管委会(丝路长城文化研究院). */
    private static final Pattern ALTERNATE_NAME = Pattern.compile("(.+?)\\(([^()、]{4,})\\)");
    private static final Pattern NOT_A_BODY = Pattern.compile("[\\d%。;:]|^(各有关|有关|相关|各级)|(?<!直)各(部门|单位)");
    /** A body of the whole country by its name: 中国信息通信研究院, 国家工业信息安全发展研究中心. */
    private static final Pattern NATIONAL_NAME = Pattern.compile("^(中国|国家|全国|中华)[\\u4e00-\\u9fa5]{3,}");
    /** The central bank's branches: 人行合肥中心支行, 人民银行平潭支行, 市人民银行. */
    private static final Pattern CENTRAL_BANK = Pattern.compile(
            "^[省市州县区]?(?:中国)?(?:人民银行|人行)([\\u4e00-\\u9fa5]{0,8}?)(中心支行|支行|分行|营业管理部)?$");
    /** Financial supervisors' local offices named after their place: 安徽银保监局, 忻州银保监分局, 安徽证监局. */
    private static final Pattern SUPERVISOR = Pattern.compile("^([\\u4e00-\\u9fa5]{2,8}?)(银保监|证监)(分)?局$");
    /** Supervisors' offices of before 2018 and customs, which belong to no local government: kept as printed. */
    private static final Pattern REGIONAL_AGENCY = Pattern.compile("^((银监|保监|证监)(局|分局|办)|[\\u4e00-\\u9fa5]{2,4}海关)$");
    /** 团市委 is the 市 committee of the Youth League, written 市团委 elsewhere. */
    private static final Pattern YOUTH_LEAGUE = Pattern.compile("^(?:共青)?团([省市州县区旗])委$");
    /** "各区直部门" is the district's own bodies, "区直各部门". */
    private static final Pattern EACH_DIRECT = Pattern.compile("^各([区县旗])直");
    /** The term of a people's congress or political consultative conference: 七届, 第十四届. */
    private static final Pattern TERM = Pattern.compile("第?[一二三四五六七八九十]{1,3}届(?=人大常委会|人民代表大会常务委员会|政协)");
    private static final String MARKERS = "省市州盟县区旗";
    private static final String SUPERVISOR_NAME = "中国银行保险监督管理委员会";
    private static final String SECURITIES_NAME = "中国证券监督管理委员会";

    private final DepartmentCatalog catalog;
    private final Gazetteer gazetteer;
    private final IssuingPlaceFinder places;

    public DepartmentResolver(DepartmentCatalog catalog, Gazetteer gazetteer) {
        this.catalog = catalog;
        this.gazetteer = gazetteer;
        this.places = new IssuingPlaceFinder(gazetteer);
    }

    /** The body {@code surface} names in a plan for {@code city} (null when the plan never names it). */
    public Optional<Body> resolve(String surface, String city) {
        return resolve(surface, city == null ? IssuingPlace.UNNAMED_CITY : places.ofName(city, ""), null);
    }

    /**
     * The body {@code surface} names in a plan issued for {@code place} in {@code year} (null when unknown;
     * the year decides whether a pre-2019 name such as 环保局 means the old body or its successor).
     */
    public Optional<Body> resolve(String surface, IssuingPlace place, Integer year) {
        String s = normalise(clean(surface));
        if (s.length() < 2) {
            return Optional.empty();
        }
        Optional<Body> national = catalog.lookupNational(s, place.isNational())
                .map(e -> new Body(e.type(), e.type(), e.kind()));
        if (national.isPresent()) {
            return national;
        }
        boolean catalogued = (place.level() == PlaceLevel.PROVINCE ? catalog.lookupProvincial(s) : catalog.lookup(s)).isPresent();
        if (!catalogued && NOT_A_BODY.matcher(s).find()) {
            return Optional.empty();
        }
        if (NATIONAL_NAME.matcher(s).find() || REGIONAL_AGENCY.matcher(s).matches() || place.isNational()) {
            return Optional.of(new Body(s, s, kindBySuffix(s)));
        }
        Optional<Body> agency = centralBank(s, place).or(() -> supervisor(s));
        if (agency.isPresent()) {
            return agency;
        }
        Optional<Body> zone = properZone(s, place);
        if (zone.isPresent()) {
            return zone;
        }
        if (place.level() == PlaceLevel.CITY && place.city() != null) {
            Optional<Body> county = asCounty(s, place.city());
            if (county.isPresent()) {
                return county;
            }
        }
        return Optional.of(owned(s, place, year));
    }

    /** The word a prefecture-level 地区 (阿克苏地区, 大兴安岭地区) calls itself by in front of its bodies. */
    private static final String PREFECTURE_AREA = "地区";

    /** A body named after its owner (a place name, or 市/州/区… standing for one) or after none (the plan's own place). */
    private Body owned(String s, IssuingPlace place, Integer year) {
        String body = s.startsWith("中共") ? s.substring(2) : s;
        Optional<Gazetteer.Mention> named = namedPlace(body);
        if (named.isPresent()) {
            Owner owner = ownerOfPlace(named.get().place(), place);
            String rest = body.substring(named.get().end());
            return resolveIn(rest, owner, year, place.province()).orElseGet(() -> fallback(rest, owner));
        }
        Owner own = ownOwner(place);
        if (own.name() != null && own.name().endsWith(PREFECTURE_AREA) && body.startsWith(PREFECTURE_AREA) && body.length() > 3) {
            // A 地区's plan writes 地区 for itself as a city writes 市: "地区发改委", "地区政务服务中心".
            String rest = body.substring(PREFECTURE_AREA.length());
            return resolveIn(rest, own, year, place.province()).orElseGet(() -> fallback(rest, own));
        }
        String first = body.substring(0, 1);
        Optional<Owner> marked = body.length() > 1 && MARKERS.contains(first) ? markerOwner(first, place) : Optional.empty();
        if (marked.isPresent()) {
            String rest = body.substring(1);
            Optional<Body> found = resolveIn(rest, marked.get(), year, place.province());
            if (found.isPresent()) {
                return found.get();
            }
            // 市场监督管理局 starts with 市 but is the name itself.
            Optional<Body> whole = resolveIn(body, own, year, place.province());
            if (whole.isPresent()) {
                return whole.get();
            }
            // 区直各相关单位 keeps its 区, as 市直部门 its 市.
            return rest.startsWith("直") ? fallback(body, marked.get()) : fallback(rest, marked.get());
        }
        return resolveIn(body, own, year, place.province()).orElseGet(() -> fallback(body, own));
    }

    private Optional<Body> resolveIn(String rest, Owner owner, Integer year, String province) {
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        Optional<DepartmentCatalog.Entry> entry = owner.level() == PlaceLevel.PROVINCE
                ? catalog.lookupProvincial(rest) : catalog.lookup(rest);
        if (entry.isEmpty() && rest.startsWith("政府") && rest.length() > 3) {
            // 市政府金融办, 市政府国资委: a body attached to the government.
            entry = catalog.lookup(rest.substring(2)).map(e -> new DepartmentCatalog.Entry(
                    e.type().startsWith("人民政府") ? e.type() : "人民政府" + e.type(), e.kind()));
        }
        if (entry.isPresent()) {
            return Optional.of(canonical(regional(renamed(entry.get(), year), province), owner));
        }
        if (rest.equals("管委会") || rest.equals("管理委员会")) {
            // The administration of a special area (平潭综合实验区管委会) is its government.
            return Optional.of(new Body(ownerName(owner) + "管理委员会", "管理委员会", DepartmentKind.OTHER));
        }
        return asZone(rest, owner);
    }

    /** A body some provinces name otherwise: a 山西 city's 行政审批局 is its 行政审批服务管理局. */
    private DepartmentCatalog.Entry regional(DepartmentCatalog.Entry entry, String province) {
        return catalog.regionalType(province, entry.type()).flatMap(catalog::lookup).orElse(entry);
    }

    /** A type the 2018/2019 reform renamed means its successor in a plan of a later year. */
    private DepartmentCatalog.Entry renamed(DepartmentCatalog.Entry entry, Integer year) {
        return catalog.renaming(entry.type())
                .filter(r -> year != null && year >= r.fromYear())
                .flatMap(r -> catalog.lookup(r.newType()))
                .orElse(entry);
    }

    /** The canonical name of a catalog entry of {@code owner}. */
    private static Body canonical(DepartmentCatalog.Entry entry, Owner owner) {
        String type = entry.type();
        if (type.equals("税务局")) {
            // Tax bureaus are the state's, one per place: 国家税务总局忻州市税务局.
            return new Body("国家税务总局" + ownerName(owner) + "税务局", "税务局", DepartmentKind.DEPARTMENT);
        }
        if (entry.isTemplate()) {
            String name = owner.name() == null
                    ? type.replace("中共", "").replace(DepartmentCatalog.Entry.PLACE, owner.marker())
                    : type.replace(DepartmentCatalog.Entry.PLACE, owner.name());
            return new Body(name, type.replace("中共", "").replace(DepartmentCatalog.Entry.PLACE, owner.marker()), entry.kind());
        }
        if (type.startsWith("市直")) {
            // 市直部门 of a city, 区直部门 of a district.
            type = owner.marker() + type.substring(1);
        }
        String name = owner.name() != null ? owner.name() + type
                : type.startsWith(owner.marker()) || type.startsWith("各") ? type : owner.marker() + type;
        return new Body(name, type, entry.kind());
    }

    private static String ownerName(Owner owner) {
        return owner.name() != null ? owner.name() : owner.marker();
    }

    /** A body the catalog does not know, named after its owner: 平潭综合实验区经济发展局, 嘉峪关市建投集团. */
    private static Body fallback(String rest, Owner owner) {
        // "各基础电信企业" is a group of enterprises, nobody's body.
        if (owner.name() == null || rest.startsWith("各") && rest.endsWith("企业")) {
            return new Body(rest, rest, kindBySuffix(rest));
        }
        // "国网天水供电公司" already says whose it is.
        String base = owner.name();
        String shortName = base.length() > 2 ? base.substring(0, base.length() - 1) : base;
        String name = rest.contains(shortName) ? rest : base + rest;
        return new Body(name, rest, kindBySuffix(rest));
    }

    /** A place name opening the surface ("鞍山市", "立山区", "安徽省", "恩施州"), when more follows it. */
    private Optional<Gazetteer.Mention> namedPlace(String s) {
        return gazetteer.findPlaces(s).stream().findFirst()
                .filter(m -> m.start() == 0 && m.end() < s.length() && m.surface().equals(m.place().name())
                        || m.start() == 0 && m.end() < s.length() && MARKERS.indexOf(m.surface().charAt(m.surface().length() - 1)) >= 0);
    }

    private Owner ownerOfPlace(Place p, IssuingPlace place) {
        switch (p.kind()) {
            case PROVINCE:
                return new Owner(p.name(), "省", PlaceLevel.PROVINCE);
            case PREFECTURE:
                if (p.name().equals(place.city())) {
                    return new Owner(place.level() == PlaceLevel.CITY ? place.owner() : place.cityOwner(), "市", PlaceLevel.CITY);
                }
                return new Owner(p.name(), "市", PlaceLevel.CITY);
            default:
                String name = place.county() != null && place.county().endsWith(p.name()) ? place.county()
                        : p.kind() == PlaceKind.COUNTY && p.name().endsWith("区") ? p.prefecture() + p.name() : p.name();
                return new Owner(name, p.name().substring(p.name().length() - 1), PlaceLevel.COUNTY);
        }
    }

    /** Whom 市, 州, 区, 省 … in front of a body's name stand for in a plan of {@code place}. */
    private static Optional<Owner> markerOwner(String marker, IssuingPlace place) {
        if (place.isOwnMarker(marker)) {
            return Optional.of(ownOwner(place).withMarker(marker));
        }
        if (place.isCityMarker(marker)) {
            return Optional.of(new Owner(place.cityOwner(), marker, PlaceLevel.CITY));
        }
        if (marker.equals("省")) {
            return Optional.of(new Owner(place.province(), "省", PlaceLevel.PROVINCE));
        }
        return Optional.empty();
    }

    private static Owner ownOwner(IssuingPlace place) {
        String marker = place.markers().isEmpty() ? "" : place.markers().substring(0, 1);
        return new Owner(place.owner(), marker, place.level());
    }

    /** A proper-named zone (忻州经济开发区管委会) is named on its own; one named after a district carries its city. */
    private Optional<Body> properZone(String s, IssuingPlace place) {
        String base = s.replaceAll("(管委会|管理委员会)$", "");
        boolean administration = !base.equals(s);
        Matcher m = ZONE.matcher(base);
        if (!m.matches() || m.group(1).length() < 2 || MARKERS.contains(m.group(1).substring(0, 1))) {
            return Optional.empty();
        }
        String qualifier = m.group(1);
        DepartmentKind kind = m.group(2).contains("景区") ? DepartmentKind.OTHER : DepartmentKind.DEVELOPMENT_ZONE;
        Optional<Place> area = gazetteer.place(base).filter(p -> p.kind() == PlaceKind.AREA || p.kind() == PlaceKind.PREFECTURE)
                .filter(p -> !p.name().equals(base));
        if (area.isPresent()) {
            // 江北新区 is 南京江北新区.
            return Optional.of(new Body(area.get().name() + "管理委员会", m.group(2) + "管理委员会", kind));
        }
        Optional<Place> county = gazetteer.county(qualifier).filter(p -> place.city() != null && place.city().equals(p.prefecture()));
        if (county.isPresent() && !administration) {
            String owner = place.level() == PlaceLevel.COUNTY ? place.cityOwner() : place.owner();
            return Optional.of(new Body(owner + base, base, kind));
        }
        return Optional.of(new Body(base + "管理委员会", m.group(2) + "管理委员会", kind));
    }

    /** A zone without a proper name (工业园区管委会, 大景区) only makes sense with its owner. */
    private static Optional<Body> asZone(String rest, Owner owner) {
        String base = rest.replaceAll("(管委会|管理委员会)$", "");
        boolean administration = !base.equals(rest);
        Matcher m = ZONE.matcher(base);
        if (!m.matches() || (!administration && m.group(1).isEmpty())) {
            return Optional.empty();
        }
        String name = base + "管理委员会";
        DepartmentKind kind = m.group(2).contains("景区") ? DepartmentKind.OTHER : DepartmentKind.DEVELOPMENT_ZONE;
        return Optional.of(new Body(owner.name() == null ? owner.marker() + name : owner.name() + name, name, kind));
    }

    private Optional<Body> asCounty(String s, String city) {
        String bare = s.replaceAll("(人民政府|政府)$", "");
        return gazetteer.findPlaces(bare).stream()
                .filter(m -> m.start() == 0 && m.end() == bare.length())
                .map(Gazetteer.Mention::place)
                .filter(p -> p.kind() == PlaceKind.COUNTY && city.equals(p.prefecture()))
                .findFirst()
                .map(p -> {
                    // Official names: a district's includes its city (临汾市尧都区人民政府), a county's does not.
                    String government = p.name() + "人民政府";
                    String name = p.name().endsWith("区") ? city + government : government;
                    return new Body(name, government, DepartmentKind.COUNTY_GOVERNMENT);
                });
    }

    /** The central bank's branch of a place: printed name, or the plan's own place for a bare 人民银行. */
    private static Optional<Body> centralBank(String s, IssuingPlace place) {
        Matcher m = CENTRAL_BANK.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String where = m.group(1);
        String branch = m.group(2);
        if (where.isEmpty() && branch == null) {
            if (place.level() == PlaceLevel.COUNTY && place.county() != null) {
                return Optional.of(bank(place.county() + "支行"));
            }
            if (place.level() == PlaceLevel.CITY && place.city() != null) {
                return Optional.of(bank(place.owner() + "中心支行"));
            }
            return Optional.empty();
        }
        return Optional.of(bank(where + (branch == null ? "" : branch)));
    }

    private static Body bank(String branch) {
        return new Body("中国人民银行" + branch, "中国人民银行" + branch, DepartmentKind.OTHER);
    }

    /** 安徽银保监局 → 中国银行保险监督管理委员会安徽监管局; a 分局 is a city's: …忻州监管分局. */
    private Optional<Body> supervisor(String s) {
        Matcher m = SUPERVISOR.matcher(s);
        if (!m.matches() || gazetteer.place(m.group(1)).isEmpty()) {
            return Optional.empty();
        }
        String head = m.group(2).equals("证监") ? SECURITIES_NAME : SUPERVISOR_NAME;
        String name = head + m.group(1) + (m.group(3) != null ? "监管分局" : "监管局");
        return Optional.of(new Body(name, name, DepartmentKind.OTHER));
    }

    private static DepartmentKind kindBySuffix(String name) {
        if (name.endsWith("集团") || name.endsWith("公司") || name.endsWith("企业")) {
            return DepartmentKind.ENTERPRISE;
        }
        if (name.endsWith("党委") || name.endsWith("党工委")) {
            return DepartmentKind.PARTY_COMMITTEE;
        }
        if (name.endsWith("局") || name.endsWith("委") || name.endsWith("中心") || name.endsWith("办")) {
            return DepartmentKind.DEPARTMENT;
        }
        return DepartmentKind.OTHER;
    }

    private static String normalise(String surface) {
        // 州七届人大常委会 is the 州's 人大常委会, whichever term sits.
        String s = TERM.matcher(surface).replaceFirst("");
        Matcher league = YOUTH_LEAGUE.matcher(s);
        if (league.matches()) {
            return league.group(1) + "团委";
        }
        String t = EACH_DIRECT.matcher(s).replaceFirst("$1直各");
        // 全区经济运行各专班: the district's own.
        return t.length() > 2 && t.startsWith("全") && MARKERS.indexOf(t.charAt(1)) >= 0 ? t.substring(1) : t;
    }

    private static String clean(String surface) {
        String s = surface.strip()
                .replaceAll("^(由|和|及|以及)|(按职责分工|按职责|按照职责|按属地|分别|共同)$", "")
                .replaceAll("(等有关部门|等相关部门|等有关单位|等单位|等部门|等)$", "").strip();
        Matcher alt = ALTERNATE_NAME.matcher(s);
        return alt.matches() ? alt.group(1) : s;
    }
}
