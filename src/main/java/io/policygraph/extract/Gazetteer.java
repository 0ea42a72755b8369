package io.policygraph.extract;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * China's administrative divisions down to county level and the special areas plans are issued for, loaded
 * once from {@code policygraph/divisions.tsv} and {@code policygraph/special-areas.tsv}
 * ({@code name<TAB>level<TAB>parent<TAB>short forms}). Immutable and therefore thread-safe.
 *
 * <p>Looking a name up ({@link #city}, {@link #cityOfCounty}, {@link #place}) accepts a short form (晋城,
 * 恩施州, 洪洞) when it is at least two characters, names exactly one place and is not also a province's
 * short form (吉林, 海南). Finding places in running text ({@link #findPlaces}) is stricter, because a bare
 * short form can be an ordinary word: a city's short form only when not listed in
 * {@code policygraph/ambiguous-place-names.txt} (大同, 来宾, 白银, ...) and not directly followed by 县, 区
 * or 旗 (then it names a county, not the city); a county only by a name of at least three characters that
 * is unique in the country (城区, 朝阳区 are not; 临县 hides in 濒临县城) and not listed as ambiguous
 * (老城区, 解放区). Text is scanned left to right taking the longest known name; provinces are found
 * too, which also keeps 河南平顶山 from yielding 南平.
 */
public final class Gazetteer {

    /** A place named in a text: [start, end) is the surface form, which may be a short form. */
    public record Mention(Place place, String surface, int start, int end) {
    }

    private record Row(String name, String level, String parent, List<String> shortForms, String source) {
    }

    private static final String RESOURCE_DIR = "/policygraph/";
    private static final int SHORTEST_TEXT_COUNTY = 3;
    private static final int SHORTEST_TEXT_AREA_FORM = 4;

    private final Map<String, Place> provinces = new HashMap<>();
    private final Map<String, Place> cities = new HashMap<>();
    private final Map<String, Place> counties = new HashMap<>();
    private final Map<String, Place> areas = new HashMap<>();
    private final Map<String, List<String>> shortForms = new HashMap<>();
    private final Map<String, Place> textNames = new HashMap<>();
    /** The names of {@link #textNames} in a trie: a text is scanned once, not once per name length at every character. */
    private final DoubleArrayTrie<Place> textNameTrie = new DoubleArrayTrie<>();

    private Gazetteer(List<Row> rows, Set<String> ambiguousNames) {
        Map<String, Row> byName = new HashMap<>();
        // Parents are provinces and prefectures, whose names are unique; county names repeat (城区).
        rows.stream().filter(r -> r.level().equals("province") || r.level().equals("prefecture"))
                .forEach(r -> byName.putIfAbsent(r.name(), r));
        Map<String, List<Place>> cityNames = new LinkedHashMap<>();
        Map<String, List<Place>> countyNames = new LinkedHashMap<>();
        Map<String, List<Place>> areaNames = new LinkedHashMap<>();
        Set<String> fullNames = new HashSet<>();
        for (Row r : rows) {
            Place place = place(r, byName);
            fullNames.add(r.name());
            shortForms.putIfAbsent(r.name(), r.shortForms());
            switch (place.kind()) {
                case PROVINCE -> {
                    provinces.put(r.name(), place);
                    r.shortForms().forEach(f -> provinces.put(f, place));
                    if (r.name().endsWith("市")) {
                        // A 直辖市 is also the city its districts belong to.
                        Place municipality = new Place(r.name(), r.name(), PlaceKind.PREFECTURE, r.name());
                        add(cityNames, r.name(), municipality);
                        r.shortForms().forEach(f -> add(cityNames, f, municipality));
                    }
                }
                case PREFECTURE -> {
                    add(cityNames, r.name(), place);
                    r.shortForms().forEach(f -> add(cityNames, f, place));
                }
                case COUNTY -> {
                    add(countyNames, r.name(), place);
                    r.shortForms().forEach(f -> add(countyNames, f, place));
                }
                case AREA -> {
                    add(areaNames, r.name(), place);
                    r.shortForms().forEach(f -> add(areaNames, f, place));
                }
            }
        }
        cityNames.forEach((name, places) -> {
            boolean municipality = places.get(0).name().equals(places.get(0).province());
            boolean namesProvince = provinces.containsKey(name) && !name.equals(places.get(0).name()) && !municipality;
            if (places.size() == 1 && name.length() >= 2 && !namesProvince) {
                cities.put(name, places.get(0));
            }
        });
        countyNames.forEach((name, places) -> {
            // 吉安 is the city, not 吉安县.
            boolean shortForm = !name.equals(places.get(0).name());
            if (places.size() == 1 && name.length() >= 2 && !(shortForm && (cities.containsKey(name) || provinces.containsKey(name)))) {
                counties.put(name, places.get(0));
            }
        });
        areaNames.forEach((name, places) -> {
            if (places.size() == 1) {
                areas.put(name, places.get(0));
            }
        });
        indexTextNames(fullNames, ambiguousNames);
        textNameTrie.build(new TreeMap<>(textNames));
    }

    private static void add(Map<String, List<Place>> index, String name, Place place) {
        List<Place> places = index.computeIfAbsent(name, k -> new ArrayList<>());
        if (!places.contains(place)) {
            places.add(place);
        }
    }

    /** The place a row describes; a county-level division or area governed directly by a province acts as a city. */
    private static Place place(Row r, Map<String, Row> byName) {
        return switch (r.level()) {
            case "province" -> new Place(r.name(), r.name(), PlaceKind.PROVINCE, null);
            case "prefecture" -> new Place(r.name(), provinceOf(r, byName), PlaceKind.PREFECTURE, r.name());
            case "county", "area" -> {
                Row parent = parentOf(r, byName);
                boolean underProvince = parent.level().equals("province");
                if (underProvince && !parent.name().endsWith("市")) {
                    yield new Place(r.name(), parent.name(), PlaceKind.PREFECTURE, r.name());
                }
                yield new Place(r.name(), provinceOf(r, byName),
                        r.level().equals("county") ? PlaceKind.COUNTY : PlaceKind.AREA, parent.name());
            }
            default -> throw new IllegalStateException(r.source() + ": unknown level " + r.level() + " of " + r.name());
        };
    }

    private static Row parentOf(Row r, Map<String, Row> byName) {
        Row parent = byName.get(r.parent());
        if (parent == null) {
            throw new IllegalStateException(r.source() + ": unknown parent " + r.parent() + " of " + r.name());
        }
        return parent;
    }

    private static String provinceOf(Row r, Map<String, Row> byName) {
        Row at = r;
        while (!at.level().equals("province")) {
            at = parentOf(at, byName);
        }
        return at.name();
    }

    private void indexTextNames(Set<String> fullNames, Set<String> ambiguousNames) {
        provinces.forEach(textNames::put);
        counties.forEach((name, place) -> {
            // A full name, or a short form that keeps its suffix (石柱县 for 石柱土家族自治县).
            boolean named = fullNames.contains(name) || "县旗".indexOf(name.charAt(name.length() - 1)) >= 0;
            if (named && name.length() >= SHORTEST_TEXT_COUNTY && !ambiguousNames.contains(name)) {
                textNames.put(name, place);
            }
        });
        areas.forEach((name, place) -> {
            if (name.equals(place.name()) || name.length() >= SHORTEST_TEXT_AREA_FORM) {
                textNames.put(name, place);
            }
        });
        cities.forEach((name, place) -> {
            if (name.equals(place.name()) || !ambiguousNames.contains(name)) {
                textNames.put(name, place);
            }
        });
    }

    /** The gazetteer shipped with the application. */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    /** A prefecture-level division (or municipality) by full or short name: "晋城市" or "晋城". */
    public Optional<Place> city(String name) {
        return Optional.ofNullable(cities.get(name.strip()));
    }

    /** A province-level division by full or short name: "安徽省" or "安徽". */
    public Optional<Place> province(String name) {
        return Optional.ofNullable(provinces.get(name.strip()));
    }

    /** A county-level division by full or unique short name: "立山区", "洪洞". */
    public Optional<Place> county(String name) {
        return Optional.ofNullable(counties.get(name.strip()));
    }

    /** A place of any level by full or short name; the higher level wins where names coincide. */
    public Optional<Place> place(String name) {
        String key = name.strip();
        return province(key).or(() -> city(key)).or(() -> county(key)).or(() -> Optional.ofNullable(areas.get(key)));
    }

    /** The prefecture-level division a county-level one belongs to: 霍州市 → 临汾市. */
    public Optional<Place> cityOfCounty(String county) {
        return county(county).flatMap(c -> city(c.prefecture()));
    }

    /** The province of a city, county or area, or of a province given by short name; null if unknown. */
    public String provinceOf(String name) {
        return place(name).map(Place::province).orElse(null);
    }

    /** The short forms of a place, as the data file lists them (恩施土家族苗族自治州 → 恩施州, 恩施). */
    public List<String> shortForms(Place place) {
        return shortForms.getOrDefault(place.name(), List.of());
    }

    /**
     * Every mention of a prefecture-level division in {@code text}, in order of appearance. A mention of
     * one of its counties is not a mention of the city; see {@link #findPlaces} for those.
     */
    public List<Mention> findCities(String text) {
        return findPlaces(text).stream().filter(m -> m.place().kind() == PlaceKind.PREFECTURE).toList();
    }

    /** Every mention of a division of any level or of a special area in {@code text}, in order of appearance. */
    public List<Mention> findPlaces(String text) {
        List<Mention> mentions = new ArrayList<>();
        char[] chars = text.toCharArray();
        int i = 0;
        while (i < chars.length) {
            int matched = 0;
            // The names that start here, shortest first: the longest one that stands for its place here wins.
            var names = textNameTrie.commonPrefixSearchWithValue(chars, i).descendingIterator();
            while (matched == 0 && names.hasNext()) {
                var name = names.next();
                String candidate = name.getKey();
                if (candidate.length() >= 2 && !namesCountyInstead(name.getValue(), candidate, text, i + candidate.length())) {
                    mentions.add(new Mention(name.getValue(), candidate, i, i + candidate.length()));
                    matched = candidate.length();
                }
            }
            i += Math.max(matched, 1);
        }
        return List.copyOf(mentions);
    }

    private static boolean namesCountyInstead(Place place, String surface, String text, int end) {
        boolean shortName = !surface.equals(place.name()) && place.kind() == PlaceKind.PREFECTURE;
        return shortName && end < text.length() && "县区旗".indexOf(text.charAt(end)) >= 0;
    }

    private static List<Row> parse(String resource) {
        List<Row> rows = new ArrayList<>();
        for (String line : DataFiles.lines(RESOURCE_DIR + resource)) {
            String[] f = line.split("\t", -1);
            if (f.length < 3 || f[0].isBlank() || f[1].isBlank() || (f[2].isBlank() && !f[1].equals("province"))) {
                throw new IllegalStateException(resource + ": expected name<TAB>level<TAB>parent<TAB>short forms: " + line);
            }
            List<String> forms = f.length > 3 && !f[3].isBlank()
                    ? List.of(f[3].strip().split(",")).stream().map(String::strip).toList() : List.of();
            rows.add(new Row(f[0].strip(), f[1].strip(), f[2].strip(), forms, resource));
        }
        return rows;
    }

    private static final class Standard {
        static final Gazetteer INSTANCE;

        static {
            List<Row> rows = new ArrayList<>(parse("divisions.tsv"));
            rows.addAll(parse("special-areas.tsv"));
            INSTANCE = new Gazetteer(rows, Set.copyOf(DataFiles.lines(RESOURCE_DIR + "ambiguous-place-names.txt")));
        }
    }
}
