package io.policygraph.extract;

/**
 * The place a plan is issued for, at its level, with the places above it: a county's plan has its county,
 * city and province; a city's its city and province; a province's its province; a national plan none.
 *
 * <p>{@code city} and {@code county} are the names the graph shows (恩施土家族苗族自治州, 鞍山市立山区).
 * {@code owner} is the name the place's own bodies carry (鞍山市立山区, 平遥县, 安徽省, or 恩施州 when the text
 * never writes the full name) and {@code cityOwner} the name the city's bodies carry. {@code markers} are the
 * words that stand for the place in front of a body's name (区 in 区发改局, 州 in 州财政局),
 * {@code cityMarkers} those of its city (市 in 市发改委 in a district's plan).
 */
public record IssuingPlace(PlaceLevel level, String province, String city, String county,
                           String owner, String markers, String cityOwner, String cityMarkers) {

    public static final IssuingPlace NATIONAL = new IssuingPlace(PlaceLevel.NATIONAL, null, null, null, null, "", null, "");

    /** A city's plan that never names its city: bodies keep the printed 市 in front (市发展和改革委员会). */
    public static final IssuingPlace UNNAMED_CITY = new IssuingPlace(PlaceLevel.CITY, null, null, null, null, "市", null, "市");

    public static IssuingPlace province(String province) {
        return new IssuingPlace(PlaceLevel.PROVINCE, province, null, null, province,
                province.endsWith("自治区") ? "省区" : province.endsWith("市") ? "市" : "省", null, "");
    }

    /** A 市's plan: its bodies are named after it and written 市X局. */
    public static IssuingPlace city(String city, String province) {
        return new IssuingPlace(PlaceLevel.CITY, province, city, null, city, "市", city, "市");
    }

    public boolean isNational() {
        return level == PlaceLevel.NATIONAL;
    }

    /** Whether {@code marker} (市, 州, 区 …) in front of a body's name stands for this place. */
    public boolean isOwnMarker(String marker) {
        return markers.contains(marker);
    }

    /** Whether {@code marker} stands for the city above this county. */
    public boolean isCityMarker(String marker) {
        return level == PlaceLevel.COUNTY && cityMarkers.contains(marker);
    }
}
