package io.policygraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the place a plan is issued for: the place its title names (most specific first: 辽宁省鞍山市立山区 →
 * 立山区), else a national issuer (国务院, a 国发 number), else the city the text names most often, its
 * counties counting for it (a 自治州's plan may only write 州 and name its counties). Pure and thread-safe.
 */
public final class IssuingPlaceFinder {

    /**
     * A title of the central government or of a national plan: "国务院关于…", "国务院办公厅印发…",
     * "国家职业教育改革实施方案", "全国安全生产专项整治三年行动计划".
     */
    private static final Pattern NATIONAL_ISSUER = Pattern.compile("^(国务院|中共中央|中央|国家|全国)");
    /** A document number of the State Council or its office: 国发〔2019〕3号, 国办发〔2023〕12号. */
    private static final Pattern NATIONAL_NUMBER = Pattern.compile("国(发|办发|函|办函)[〔\\[【]\\d{4}[〕\\]】]\\d+号");
    /**
     * A provincial issuer's header: its addressees ("各市、县（区）人民政府，省政府各部门", "各市、县（区）市场监管局",
     * "省直各单位") or the provincial government's assent ("已经省政府同意，现印发给你们").
     */
    private static final Pattern PROVINCIAL_ADDRESSEES = Pattern.compile(
            "省(人民)?政府各(部门|委、厅|委厅)|省直各(部门|单位)|各(设区)?市、县|经省(人民)?政府同意");
    /** A province named in full ("江西省") is the issuer writing its own name; a short form ("湖北") is more often cited. */
    private static final int FULL_PROVINCE_NAME_WEIGHT = 3;
    /** How far into the text a national document number counts as the document's own. */
    private static final int HEADER_LENGTH = 400;

    private final Gazetteer gazetteer;

    public IssuingPlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public IssuingPlace find(String text, String title) {
        // "国务院关于支持贵州…的意见" is national although it names a province.
        if (title != null && NATIONAL_ISSUER.matcher(title).find()) {
            return IssuingPlace.NATIONAL;
        }
        Optional<Place> inTitle = title == null ? Optional.empty() : mostSpecific(gazetteer.findPlaces(title));
        if (inTitle.isPresent()) {
            return of(inTitle.get(), text);
        }
        if (NATIONAL_NUMBER.matcher(text.substring(0, Math.min(text.length(), HEADER_LENGTH))).find()) {
            return IssuingPlace.NATIONAL;
        }
        if (PROVINCIAL_ADDRESSEES.matcher(text.substring(0, Math.min(text.length(), HEADER_LENGTH))).find()) {
            Optional<String> province = mostNamedProvince(text);
            if (province.isPresent()) {
                return IssuingPlace.province(province.get());
            }
        }
        return mostNamedCity(text).map(p -> of(p, text)).orElse(IssuingPlace.UNNAMED_CITY);
    }

    /** The province whose places the text names most often. */
    private Optional<String> mostNamedProvince(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (Gazetteer.Mention m : gazetteer.findPlaces(text)) {
            boolean fullProvinceName = m.place().kind() == PlaceKind.PROVINCE && m.surface().equals(m.place().name());
            counts.merge(m.place().province(), fullProvinceName ? FULL_PROVINCE_NAME_WEIGHT : 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** The place of a plan for the named province, city or county ("晋城市", "平遥县"); an unknown name is taken as a city's. */
    public IssuingPlace ofName(String name, String text) {
        return gazetteer.place(name).map(p -> of(p, text))
                .orElseGet(() -> new IssuingPlace(PlaceLevel.CITY, null, name, null, name, "市", name, "市"));
    }

    /** The first place named, narrowed by the places right after it that lie inside it (安徽省合肥市 → 合肥市). */
    private static Optional<Place> mostSpecific(List<Gazetteer.Mention> mentions) {
        if (mentions.isEmpty()) {
            return Optional.empty();
        }
        Place place = mentions.get(0).place();
        int end = mentions.get(0).end();
        for (Gazetteer.Mention m : mentions.subList(1, mentions.size())) {
            if (m.start() != end || !inside(m.place(), place)) {
                break;
            }
            place = m.place();
            end = m.end();
        }
        return Optional.of(place);
    }

    private static boolean inside(Place inner, Place outer) {
        return switch (outer.kind()) {
            case PROVINCE -> inner.province().equals(outer.name()) && inner.kind() != PlaceKind.PROVINCE;
            case PREFECTURE -> !inner.name().equals(outer.name()) && outer.name().equals(inner.prefecture());
            default -> false;
        };
    }

    /** The city named most often, each of its counties' mentions counting for it. */
    private Optional<Place> mostNamedCity(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (Gazetteer.Mention m : gazetteer.findPlaces(text)) {
            Place p = m.place();
            if (p.kind() == PlaceKind.PREFECTURE || p.kind() == PlaceKind.COUNTY) {
                counts.merge(p.prefecture(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .flatMap(e -> gazetteer.city(e.getKey()));
    }

    private IssuingPlace of(Place place, String text) {
        return switch (place.kind()) {
            case PROVINCE -> IssuingPlace.province(place.name());
            case PREFECTURE -> {
                String owner = owner(place, text);
                String markers = markers(place);
                yield new IssuingPlace(PlaceLevel.CITY, place.province(), place.name(), null, owner, markers, owner, markers);
            }
            case COUNTY, AREA -> {
                Place city = gazetteer.city(place.prefecture()).orElse(place);
                String cityOwner = owner(city, text);
                // A district's official name includes its city (鞍山市立山区); a county's and a county-level city's do not.
                boolean district = place.kind() == PlaceKind.COUNTY && place.name().endsWith("区");
                String name = district && !place.name().startsWith(cityOwner) ? cityOwner + place.name() : place.name();
                yield new IssuingPlace(PlaceLevel.COUNTY, place.province(), city.name(), name, name,
                        place.name().substring(place.name().length() - 1), cityOwner, markers(city));
            }
        };
    }

    /** The name a city's bodies carry: its full name, or its 州 short form when the text never writes the full one. */
    private String owner(Place city, String text) {
        if (city.name().endsWith("自治州") && !text.contains(city.name())) {
            return gazetteer.shortForms(city).stream().filter(f -> f.endsWith("州")).findFirst().orElse(city.name());
        }
        return city.name();
    }

    /** The word a text writes for the city itself in front of its bodies: 市发改委, 州财政局, 盟, 区 of 平潭综合实验区. */
    private static String markers(Place city) {
        String name = city.name();
        if (name.endsWith("自治州")) {
            return "州";
        }
        if (name.endsWith("盟")) {
            return "盟";
        }
        if (name.endsWith("区")) {
            return "区";
        }
        return name.endsWith("市") ? "市" : "";
    }
}
