package io.policygraph.extract;

import com.hankcs.hanlp.dictionary.CustomDictionary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The standard names of government bodies and the forms texts use for them, loaded once from data files:
 * {@code departments.tsv} (what a city or county has, named without the place: 市发改委 → 发展和改革委员会),
 * {@code provincial-bodies.tsv} (a province's 厅: 省科技厅 → 科学技术厅), {@code national-bodies.tsv}
 * (税务总局 → 国家税务总局) and {@code renamed-bodies.tsv} (what the 2018/2019 reform renamed).
 * Immutable after loading, therefore thread-safe.
 */
public final class DepartmentCatalog {

    /**
     * A kind of body: its full name without the place (or, for a template, with {@code {place}} where the
     * place's name goes: 中共{place}委组织部), and what sort of actor it is.
     */
    public record Entry(String type, DepartmentKind kind) {

        static final String PLACE = "{place}";

        public boolean isTemplate() {
            return type.contains(PLACE);
        }
    }

    /** A type's later name and the first plan year it holds for. */
    public record Renaming(String newType, int fromYear) {
    }

    /** How a form may be recognised in running text (see the header of departments.tsv). */
    private enum Use { AFTER_CITY, FUNCTION_ONLY, STANDALONE }

    private record Form(String text, Entry entry, Use use) {
    }

    private static final String DIR = "/policygraph/";

    private final Map<String, Entry> byForm = new HashMap<>();
    private final List<Form> forms = new ArrayList<>();
    private final Map<String, Entry> provincialByForm = new HashMap<>();
    private final List<Form> provincialForms = new ArrayList<>();
    private final Map<String, Entry> nationalAnywhere = new HashMap<>();
    private final Map<String, Entry> nationalInNationalText = new HashMap<>();
    private final Map<String, Renaming> renamings = new HashMap<>();
    /** province + "\t" + type → the type that province's places name the body by. */
    private final Map<String, String> regionalTypes = new HashMap<>();
    private final Set<String> fullTypes = new HashSet<>();

    private DepartmentCatalog(List<String> local, List<String> provincial, List<String> national, List<String> renamed) {
        load("departments.tsv", local, byForm, forms);
        load("provincial-bodies.tsv", provincial, provincialByForm, provincialForms);
        forms.forEach(f -> fullTypes.add(f.entry().type()));
        provincialForms.forEach(f -> fullTypes.add(f.entry().type()));
        for (String line : national) {
            String[] f = fields("national-bodies.tsv", line);
            Entry entry = new Entry(f[0], DepartmentKind.valueOf(f[1]));
            fullTypes.add(entry.type());
            for (String raw : f[2].split(",")) {
                String form = raw.strip();
                if (form.startsWith("~")) {
                    nationalInNationalText.putIfAbsent(form.substring(1), entry);
                } else {
                    nationalAnywhere.putIfAbsent(form, entry);
                }
            }
        }
        for (String line : renamed) {
            String[] f = fields("renamed-bodies.tsv", line);
            renamings.put(f[0], new Renaming(f[1], Integer.parseInt(f[2])));
        }
        for (String line : DataFiles.lines(DIR + "regional-names.tsv")) {
            String[] f = fields("regional-names.tsv", line);
            regionalTypes.put(f[0] + "\t" + f[1], f[2]);
        }
        registerWithHanLP();
    }

    private static void load(String file, List<String> lines, Map<String, Entry> index, List<Form> formList) {
        for (String line : lines) {
            String[] f = fields(file, line);
            Entry entry = new Entry(f[0], DepartmentKind.valueOf(f[1]));
            for (String raw : f[2].split(",")) {
                String text = raw.strip();
                Use use = text.startsWith("~") ? Use.FUNCTION_ONLY : text.startsWith("!") ? Use.STANDALONE : Use.AFTER_CITY;
                if (use != Use.AFTER_CITY) {
                    text = text.substring(1);
                }
                index.putIfAbsent(text, entry);
                formList.add(new Form(text, entry, use));
            }
        }
    }

    private static String[] fields(String file, String line) {
        String[] f = line.split("\t");
        if (f.length != 3) {
            throw new IllegalStateException(file + ": expected 3 tab-separated fields: " + line);
        }
        return new String[] {f[0].strip(), f[1].strip(), f[2].strip()};
    }

    public static DepartmentCatalog standard() {
        return Standard.INSTANCE;
    }

    /** The body a list item or mention names, given without the leading 市 ("发改委", "各县(市、区)"). */
    public Optional<Entry> lookup(String form) {
        return Optional.ofNullable(byForm.get(form));
    }

    /** Whether {@code type} is the full name of a body the catalog knows (发展和改革委员会 yes, 发改委 no). */
    public boolean knowsType(String type) {
        return fullTypes.contains(type);
    }

    /** A provincial body named without its province ("科技厅", "发展改革委"): a 厅 first, then what cities have too. */
    public Optional<Entry> lookupProvincial(String form) {
        return Optional.ofNullable(provincialByForm.get(form)).or(() -> lookup(form));
    }

    /**
     * A national body: "科技部", "税务总局" anywhere; "发展改革委", "统计局" only when {@code nationalText}
     * (elsewhere they are what a city calls its own body).
     */
    public Optional<Entry> lookupNational(String form, boolean nationalText) {
        Entry e = nationalAnywhere.get(form);
        if (e == null && nationalText) {
            e = nationalInNationalText.get(form);
        }
        return Optional.ofNullable(e);
    }

    /** What the reform renamed {@code type} into, if it did. */
    /** The type {@code province}'s places name a body of {@code type} by, when it differs from the usual one. */
    public Optional<String> regionalType(String province, String type) {
        return province == null ? Optional.empty() : Optional.ofNullable(regionalTypes.get(province + "\t" + type));
    }

    public Optional<Renaming> renaming(String type) {
        return Optional.ofNullable(renamings.get(type));
    }

    /** Forms that name a body when written right after 市 (or 县, 州 …), longest first. */
    public List<String> formsAfterCity() {
        return formsOf(forms, Use.AFTER_CITY);
    }

    /** Forms that name a body when written right after 省: a province's 厅 and what cities have too, longest first. */
    public List<String> formsAfterProvince() {
        List<String> all = new ArrayList<>(formsOf(provincialForms, Use.AFTER_CITY));
        all.addAll(formsAfterCity());
        return all.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** National forms that name a body standing alone in a text of that level, longest first. */
    public List<String> nationalForms(boolean nationalText) {
        List<String> all = new ArrayList<>(nationalAnywhere.keySet());
        if (nationalText) {
            all.addAll(nationalInNationalText.keySet());
        }
        return all.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Forms that name a body in a list of bodies ("各县(市、区)、开发区"), longest first. */
    public List<String> listForms() {
        return forms.stream().filter(f -> f.use() != Use.FUNCTION_ONLY).map(Form::text).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Forms that name a body even without 市 before them, longest first. */
    public List<String> standaloneForms() {
        return formsOf(forms, Use.STANDALONE);
    }

    /** A province's forms that name a body standing alone ("各市人民政府"), longest first. */
    public List<String> provincialStandaloneForms() {
        return formsOf(provincialForms, Use.STANDALONE);
    }

    private static List<String> formsOf(List<Form> list, Use use) {
        return list.stream().filter(f -> f.use() == use).map(Form::text).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * HanLP's organisation recognition splits names it does not know (忻州市工业和信息化局 → 忻州市工业 +
     * 和信息化局); the catalog's forms as organisation words keep them whole.
     */
    private void registerWithHanLP() {
        synchronized (CustomDictionary.class) {
            for (Form form : forms) {
                if (form.use() != Use.FUNCTION_ONLY && form.text().length() > 1) {
                    CustomDictionary.insert("市" + form.text(), "nt 1024");
                    if (!form.entry().isTemplate()) {
                        CustomDictionary.insert(form.entry().type(), "nt 1024");
                    }
                }
            }
            for (Form form : provincialForms) {
                if (form.use() == Use.AFTER_CITY && form.text().length() > 1) {
                    CustomDictionary.insert("省" + form.text(), "nt 1024");
                }
            }
        }
    }

    private static final class Standard {
        static final DepartmentCatalog INSTANCE = new DepartmentCatalog(DataFiles.lines(DIR + "departments.tsv"),
                DataFiles.lines(DIR + "provincial-bodies.tsv"), DataFiles.lines(DIR + "national-bodies.tsv"),
                DataFiles.lines(DIR + "renamed-bodies.tsv"));
    }
}
