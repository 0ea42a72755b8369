package io.policygraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * China's administrative divisions down to county level, loaded once from
 * {@code policygraph/gazetteer.tsv} ({@code province<TAB>prefecture<TAB>county,county,...}).
 * Immutable and therefore thread-safe.
 *
 * <p>Short names. A prefecture's short name drops its generic suffix: 市, 地区, 盟, or 自治州 together
 * with the ethnic names before it (延边朝鲜族自治州 → 延边). Looking a name up ({@link #city},
 * {@link #cityOfCounty}) accepts a short name when it is at least two characters and names exactly one
 * place and is not also a province's short name (吉林, 海南). Finding places in running text
 * ({@link #findCities}) is stricter, because a bare short name can be an ordinary word: a short name is
 * only recognised when it is also not listed in {@code policygraph/ambiguous-place-names.txt} (大同, 来宾, 白银, ...), and
 * not directly followed by 县, 区 or 旗 (then it names a county, not the city). County names are only
 * recognised in full, when unique in the country (城区, 朝阳区 are not), at least three characters long
 * (临县 hides in 濒临县城) and not listed as ambiguous (老城区, 解放区). Text is scanned left to
 * right taking the longest known name, with province names as blockers so that 河南平顶山 yields
 * 平顶山 rather than 南平.
 */
public final class Gazetteer {

    /** A place named in a text: [start, end) is the surface form, which may be a short name. */
    public record Mention(Place place, String surface, int start, int end) {
    }

    private static final String RESOURCE_DIR = "/policygraph/";

    private final Map<String, Place> cities = new HashMap<>();
    private final Map<String, Place> counties = new HashMap<>();
    private final Map<String, String> provinces = new HashMap<>();
    /** Names recognised in running text; a null value marks a blocker (province) that is not reported. */
    private final Map<String, Place> textNames = new HashMap<>();
    private final int longestTextName;

    private Gazetteer(List<String> tsvLines, Set<String> ethnicNames, Set<String> ambiguousNames) {
        List<Place> prefectures = new ArrayList<>();
        List<Place> countyPlaces = new ArrayList<>();
        parse(tsvLines, prefectures, countyPlaces);
        ShortNames shortNames = new ShortNames(ethnicNames);
        for (Place p : prefectures) {
            provinces.put(p.province(), p.province());
            provinces.put(shortNames.ofProvince(p.province()), p.province());
        }
        indexCities(prefectures, shortNames);
        indexCounties(countyPlaces, shortNames);
        indexTextNames(countyPlaces, ambiguousNames);
        longestTextName = textNames.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    private void indexCities(List<Place> prefectures, ShortNames shortNames) {
        Map<String, List<Place>> candidates = new LinkedHashMap<>();
        for (Place p : prefectures) {
            candidates.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
            String shortName = shortNames.ofPrefecture(p.name());
            boolean municipality = p.name().equals(p.province());
            boolean namesProvince = provinces.containsKey(shortName) && !municipality;
            if (!shortName.equals(p.name()) && !namesProvince) {
                candidates.computeIfAbsent(shortName, k -> new ArrayList<>()).add(p);
            }
        }
        candidates.forEach((name, places) -> {
            if (places.size() == 1 && name.length() >= 2) {
                cities.put(name, places.get(0));
            }
        });
    }

    private void indexCounties(List<Place> countyPlaces, ShortNames shortNames) {
        Map<String, List<Place>> candidates = new LinkedHashMap<>();
        for (Place c : countyPlaces) {
            candidates.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c);
            String shortName = shortNames.ofCounty(c.name());
            // 吉安 is the city, not 吉安县.
            if (shortName.length() >= 2 && !shortName.equals(c.name()) && !cities.containsKey(shortName)) {
                candidates.computeIfAbsent(shortName, k -> new ArrayList<>()).add(c);
            }
        }
        candidates.forEach((name, places) -> {
            if (places.size() == 1) {
                counties.put(name, places.get(0));
            }
        });
    }

    private void indexTextNames(List<Place> countyPlaces, Set<String> ambiguousNames) {
        provinces.keySet().forEach(name -> textNames.put(name, null));
        Set<String> countyFullNames = new HashSet<>();
        countyPlaces.forEach(c -> countyFullNames.add(c.name()));
        counties.forEach((name, place) -> {
            if (countyFullNames.contains(name) && name.length() >= 3 && !ambiguousNames.contains(name)) {
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

    /** The prefecture-level division a county-level one belongs to: 霍州市 → 临汾市. */
    public Optional<Place> cityOfCounty(String county) {
        return Optional.ofNullable(counties.get(county.strip())).flatMap(c -> city(c.prefecture()));
    }

    /** The province of a city or county, or of a province given by short name; null if unknown. */
    public String provinceOf(String name) {
        String key = name.strip();
        return city(key).or(() -> Optional.ofNullable(counties.get(key)))
                .map(Place::province)
                .orElse(provinces.get(key));
    }

    /**
     * Every mention of a prefecture-level division in {@code text}, in order of appearance. A mention of
     * one of its counties is not a mention of the city; see {@link #findPlaces} for those.
     */
    public List<Mention> findCities(String text) {
        return findPlaces(text).stream().filter(m -> m.place().kind() == PlaceKind.PREFECTURE).toList();
    }

    /** Every mention of a prefecture- or county-level division in {@code text}, in order of appearance. */
    public List<Mention> findPlaces(String text) {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int matched = 0;
            for (int len = Math.min(longestTextName, text.length() - i); len >= 2 && matched == 0; len--) {
                String candidate = text.substring(i, i + len);
                if (textNames.containsKey(candidate)) {
                    Place place = textNames.get(candidate);
                    if (place == null) {
                        matched = len;
                    } else if (!namesCountyInstead(place, candidate, text, i + len)) {
                        mentions.add(new Mention(place, candidate, i, i + len));
                        matched = len;
                    }
                }
            }
            i += Math.max(matched, 1);
        }
        return List.copyOf(mentions);
    }

    private static boolean namesCountyInstead(Place place, String surface, String text, int end) {
        boolean shortName = !surface.equals(place.name());
        return shortName && end < text.length() && "县区旗".indexOf(text.charAt(end)) >= 0;
    }

    private static void parse(List<String> lines, List<Place> prefectures, List<Place> countyPlaces) {
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = lines.get(n).split("\t", -1);
            if (fields.length < 2 || fields.length > 3 || fields[0].isBlank() || fields[1].isBlank()) {
                throw new IllegalStateException("gazetteer.tsv line " + (n + 1) + ": expected province<TAB>prefecture<TAB>counties");
            }
            String province = fields[0].strip();
            String prefecture = fields[1].strip();
            prefectures.add(new Place(prefecture, province, PlaceKind.PREFECTURE, prefecture));
            if (fields.length == 3 && !fields[2].isBlank()) {
                for (String county : fields[2].split(",")) {
                    countyPlaces.add(new Place(county.strip(), province, PlaceKind.COUNTY, prefecture));
                }
            }
        }
    }

    private static List<String> readLines(String resource) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE_DIR + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE_DIR + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> readWordList(String resource) {
        Set<String> words = new HashSet<>();
        for (String line : readLines(resource)) {
            String word = line.strip();
            if (!word.isEmpty() && !word.startsWith("#")) {
                words.add(word);
            }
        }
        return Set.copyOf(words);
    }

    /** Derives short names by removing generic suffixes and the ethnic names of autonomous areas. */
    private record ShortNames(List<String> ethnicNames) {

        ShortNames(Set<String> ethnicNames) {
            // Longest first, so that 土家族 is removed before a one-character name could match.
            this(ethnicNames.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
        }

        String ofProvince(String name) {
            return withoutEthnicNames(stripSuffix(name, "特别行政区", "自治区", "省", "市"));
        }

        String ofPrefecture(String name) {
            if (name.endsWith("自治州")) {
                return withoutEthnicNames(stripSuffix(name, "自治州"));
            }
            return atLeastTwo(name, stripSuffix(name, "地区", "盟", "市"));
        }

        String ofCounty(String name) {
            if (name.endsWith("自治县") || name.endsWith("自治旗")) {
                return withoutEthnicNames(name.substring(0, name.length() - 3));
            }
            return atLeastTwo(name, stripSuffix(name, "县", "区", "市", "旗"));
        }

        private String withoutEthnicNames(String name) {
            String rest = name;
            boolean removed = true;
            while (removed) {
                removed = false;
                for (String ethnic : ethnicNames) {
                    // One-character names (回, 藏) only count with 族, or they would eat place names.
                    for (String form : ethnic.length() > 1 ? List.of(ethnic + "族", ethnic) : List.of(ethnic + "族")) {
                        if (rest.endsWith(form) && rest.length() - form.length() >= 2) {
                            rest = rest.substring(0, rest.length() - form.length());
                            removed = true;
                            break;
                        }
                    }
                    if (removed) {
                        break;
                    }
                }
            }
            return rest;
        }

        private static String atLeastTwo(String full, String shortName) {
            return shortName.length() >= 2 ? shortName : full;
        }

        private static String stripSuffix(String name, String... suffixes) {
            for (String suffix : suffixes) {
                if (name.endsWith(suffix) && name.length() > suffix.length()) {
                    return name.substring(0, name.length() - suffix.length());
                }
            }
            return name;
        }
    }

    private static final class Standard {
        static final Gazetteer INSTANCE = new Gazetteer(
                readLines("gazetteer.tsv"),
                readWordList("ethnic-groups.txt"),
                readWordList("ambiguous-place-names.txt"));
    }
}
