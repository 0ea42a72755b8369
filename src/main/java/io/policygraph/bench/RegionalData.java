package io.policygraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The places and department types the generator writes about, read as plain TSV from the same data
 * files the extractor uses ({@code policygraph/gazetteer.tsv}, {@code policygraph/departments.tsv}), so
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
                readTsv("/policygraph/gazetteer.tsv").stream().map(RegionalData::city).toList(),
                readTsv("/policygraph/departments.tsv").stream().map(RegionalData::departmentType)
                        .filter(t -> t.kind().equals("DEPARTMENT") && !t.forms().isEmpty()).toList());
    }

    private static City city(String[] columns) {
        List<String> counties = columns.length > 2 && !columns[2].isBlank()
                ? List.of(columns[2].split(",")) : List.of();
        // County lists name some divisions (城区, 矿区) that only make sense with the city in front.
        return new City(columns[0], columns[1], counties.stream().filter(c -> c.length() > 2).toList());
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
