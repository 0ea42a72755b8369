package io.policygraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The places and department types the generator writes about, read as plain TSV from the same data
 * files the extractor uses ({@code policygraph/divisions.tsv}, {@code policygraph/departments.tsv}), so
 * that a generated plan names only bodies and places the service is meant to recognise.
 */
record RegionalData(List<City> cities, List<DepartmentType> departmentTypes) {

    /** A prefecture-level division; {@code counties} is empty where the gazetteer lists none. */
    record City(String province, String name, List<String> counties) {

        /** The name without its generic suffix, as plans write it in compounds: 晋城市 → 晋城. */
        String shortName() {
            return name.length() > 2 && name.endsWith("市") ? name.substring(0, name.length() - 1) : name;
        }
    }

    /**
     * A body every municipal government has; {@code forms} are the surface forms a plan may write after
     * "市" (full name and abbreviations), {@code kind} as in departments.tsv.
     */
    record DepartmentType(String type, String kind, List<String> forms) {
    }

    RegionalData {
        cities = List.copyOf(cities);
        departmentTypes = List.copyOf(departmentTypes);
    }

    static RegionalData standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final RegionalData INSTANCE = new RegionalData(
                cities(readTsv("/policygraph/divisions.tsv")),
                readTsv("/policygraph/departments.tsv").stream().map(RegionalData::departmentType)
                        .filter(t -> t.kind().equals("DEPARTMENT") && !t.forms().isEmpty()).toList());
    }

    /** Prefecture-level divisions with their counties (name, level, parent per row). */
    private static List<City> cities(List<String[]> rows) {
        Map<String, String> provinceOf = new LinkedHashMap<>();
        Map<String, List<String>> counties = new LinkedHashMap<>();
        for (String[] r : rows) {
            if (r[1].equals("prefecture")) {
                provinceOf.put(r[0], r[2]);
                counties.put(r[0], new ArrayList<>());
            } else if (r[1].equals("county") && counties.containsKey(r[2]) && r[0].length() > 2) {
                // Some county names (城区, 矿区) only make sense with the city in front.
                counties.get(r[2]).add(r[0]);
            }
        }
        return provinceOf.entrySet().stream()
                .map(e -> new City(e.getValue(), e.getKey(), List.copyOf(counties.get(e.getKey())))).toList();
    }

    private static DepartmentType departmentType(String[] columns) {
        // "~" forms only name a body inside "X、Y等部门" lists and "!" forms are collective; a plan's
        // role line names bodies by their plain forms.
        List<String> forms = Arrays.stream(columns[2].split(","))
                .filter(f -> !f.startsWith("~") && !f.startsWith("!")).toList();
        return new DepartmentType(columns[0], columns[1], forms);
    }

    private static List<String[]> readTsv(String resource) {
        try (InputStream in = RegionalData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
