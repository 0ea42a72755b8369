package io.policygraph.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a surface form of a body (市发改委, 各县(市、区)政府, 工业园区管委会, 大友集团) into its canonical
 * identity: the city's full name plus the body's full official name. Pure and thread-safe.
 */
public final class DepartmentResolver {

    /** A resolved body: canonical name, name without the city, kind. */
    public record Body(String name, String type, DepartmentKind kind) {
    }

    private static final Pattern ZONE = Pattern.compile(
            "(.*?)(经济技术开发区|高新技术产业开发区|经济开发区|高新技术开发区|高新区|开发区|工业园区|产业园区|园区|风景名胜区|景区|新区|示范区|综合保税区)");
    /** A trailing second name in parentheses: 大景区管委会(丝路长城文化研究院). */
    private static final Pattern ALTERNATE_NAME = Pattern.compile("(.+?)\\(([^()、]{4,})\\)");
    private static final Pattern NOT_A_BODY = Pattern.compile("[\\d%。;:]|^(各有关|有关|相关|各级)|各部门|各单位");
    private static final Pattern COUNTY_PREFIX = Pattern.compile("[县区旗](?!级)");

    private final DepartmentCatalog catalog;
    private final Gazetteer gazetteer;

    public DepartmentResolver(DepartmentCatalog catalog, Gazetteer gazetteer) {
        this.catalog = catalog;
        this.gazetteer = gazetteer;
    }

    /** The body {@code surface} names in a plan for {@code city} (null when the plan never names it). */
    public Optional<Body> resolve(String surface, String city) {
        return resolve(surface, city, null);
    }

    /**
     * The body {@code surface} names in a plan of {@code county} (null for a city's own plan): there
     * "县发改局", "县政府" are the county's bodies, named after the county as a city's are after the city.
     */
    public Optional<Body> resolve(String surface, String city, String county) {
        String s = clean(surface);
        if (s.length() < 2 || NOT_A_BODY.matcher(s).find()) {
            return Optional.empty();
        }
        if (county != null && !s.startsWith("市") && (city == null || !s.startsWith(city))) {
            // In a county's plan every body not named after the city is the county's.
            boolean prefixed = s.startsWith(county) || COUNTY_PREFIX.matcher(s).lookingAt();
            String rest = s.startsWith(county) ? s.substring(county.length()) : prefixed ? s.substring(1) : s;
            return rest.isEmpty() ? Optional.empty() : Optional.of(resolveIn(rest, county, true));
        }
        boolean cityPrefixed = false;
        String rest = s;
        if (city != null && s.startsWith(city)) {
            rest = s.substring(city.length());
            cityPrefixed = true;
        } else if (s.startsWith("市") && s.length() >= 2) {
            rest = s.substring(1);
            cityPrefixed = true;
        }
        Optional<Body> countyGovernment = asCounty(s, city);
        if (!cityPrefixed && countyGovernment.isPresent()) {
            return countyGovernment;
        }
        return Optional.of(resolveIn(rest, city, cityPrefixed));
    }

    /** A body named {@code rest} after its owner (city or county) was taken off. */
    private Body resolveIn(String rest, String owner, boolean ownerPrefixed) {
        return fromCatalog(rest, owner)
                .or(() -> asZone(rest, owner, ownerPrefixed))
                .orElseGet(() -> new Body(withCity(rest, owner, ownerPrefixed), rest, kindBySuffix(rest)));
    }

    /** The canonical name of a catalog entry in a plan for {@code city}. */
    public Body canonical(DepartmentCatalog.Entry entry, String city) {
        String type = entry.type();
        if (entry.kind() == DepartmentKind.PARTY_COMMITTEE && type.equals("委员会")) {
            return new Body("中共" + (city == null ? "市" : city) + "委员会", "市委员会", entry.kind());
        }
        String shownType = type.startsWith("委") ? "市" + type : type;
        String name;
        if (city != null) {
            name = city + type;
        } else if (type.startsWith("市") || type.startsWith("各")) {
            name = type;
        } else {
            name = "市" + type;
        }
        return new Body(name, shownType, entry.kind());
    }

    private Optional<Body> fromCatalog(String rest, String city) {
        Optional<DepartmentCatalog.Entry> entry = catalog.lookup(rest);
        if (entry.isPresent()) {
            return entry.map(e -> canonical(e, city));
        }
        // 市政府金融办, 市政府国资委: a body attached to the government's general office.
        if (rest.startsWith("政府") && rest.length() > 3) {
            return catalog.lookup(rest.substring(2)).map(e -> {
                String type = e.type().startsWith("人民政府") ? e.type() : "人民政府" + e.type();
                return canonical(new DepartmentCatalog.Entry(type, e.kind()), city);
            });
        }
        return Optional.empty();
    }

    private static Optional<Body> asZone(String rest, String city, boolean cityPrefixed) {
        String base = rest.replaceAll("(管委会|管理委员会)$", "");
        boolean administration = !base.equals(rest);
        Matcher m = ZONE.matcher(base);
        if (!m.matches() || (!administration && m.group(1).isEmpty())) {
            return Optional.empty();
        }
        String qualifier = m.group(1);
        String name = base + "管理委员会";
        DepartmentKind kind = m.group(2).contains("景区") ? DepartmentKind.OTHER : DepartmentKind.DEVELOPMENT_ZONE;
        // A zone with a proper name (忻州经济开发区, 五台山风景名胜区) is named without the city;
        // a generic one (工业园区, 大景区) only makes sense with it.
        boolean proper = qualifier.length() >= 2 && !cityPrefixed;
        String type = proper ? m.group(2) + "管理委员会" : name;
        return Optional.of(new Body(proper ? name : withCity(name, city, true), type, kind));
    }

    private Optional<Body> asCounty(String s, String city) {
        if (city == null) {
            return Optional.empty();
        }
        String bare = s.replaceAll("(人民政府|政府)$", "");
        return gazetteer.findPlaces(bare).stream()
                .filter(m -> m.start() == 0 && m.end() == bare.length())
                .map(Gazetteer.Mention::place)
                .filter(p -> p.kind() == PlaceKind.COUNTY && city.equals(p.prefecture()))
                .findFirst()
                .map(p -> {
                    String government = p.name() + "人民政府";
                    String name = p.name().endsWith("市") ? government : city + government;
                    return new Body(name, government, DepartmentKind.COUNTY_GOVERNMENT);
                });
    }

    private static String withCity(String rest, String city, boolean cityPrefixed) {
        if (city != null) {
            // "国网天水供电公司" already says whose it is.
            String shortName = city.length() > 2 ? city.substring(0, city.length() - 1) : city;
            return rest.contains(shortName) ? rest : city + rest;
        }
        return cityPrefixed ? "市" + rest : rest;
    }

    private static DepartmentKind kindBySuffix(String name) {
        if (name.endsWith("集团") || name.endsWith("公司")) {
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

    private static String clean(String surface) {
        String s = surface.strip()
                .replaceAll("^(由|和|及|以及)|(按职责分工|按职责|按照职责|按属地|分别|共同)$", "")
                .replaceAll("(等|等单位|等部门)$", "").strip();
        Matcher alt = ALTERNATE_NAME.matcher(s);
        return alt.matches() ? alt.group(1) : s;
    }
}
