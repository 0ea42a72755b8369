package io.policygraph.extract;

import com.hankcs.hanlp.dictionary.CustomDictionary;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bodies municipal governments commonly have, loaded once from {@code policygraph/departments.tsv}:
 * every surface form (市发改委, 发展改革委, 发改) mapped to the full type name without the city.
 * Immutable after loading, therefore thread-safe.
 */
public final class DepartmentCatalog {

    /** A kind of body: its full name without the city, and what sort of actor it is. */
    public record Entry(String type, DepartmentKind kind) {
    }

    /** How a form may be recognised in running text (see the header of departments.tsv). */
    private enum Use { AFTER_CITY, FUNCTION_ONLY, STANDALONE }

    private record Form(String text, Entry entry, Use use) {
    }

    private static final String RESOURCE = "/policygraph/departments.tsv";

    private final Map<String, Entry> byForm = new HashMap<>();
    private final List<Form> forms = new ArrayList<>();
    private final Set<String> fullTypes = new HashSet<>();

    private DepartmentCatalog(List<String> lines) {
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 3) {
                throw new IllegalStateException("departments.tsv: expected type<TAB>kind<TAB>forms: " + line);
            }
            Entry entry = new Entry(fields[0].strip(), DepartmentKind.valueOf(fields[1].strip()));
            fullTypes.add(entry.type());
            for (String raw : fields[2].split(",")) {
                String text = raw.strip();
                Use use = text.startsWith("~") ? Use.FUNCTION_ONLY : text.startsWith("!") ? Use.STANDALONE : Use.AFTER_CITY;
                if (use != Use.AFTER_CITY) {
                    text = text.substring(1);
                }
                byForm.putIfAbsent(text, entry);
                forms.add(new Form(text, entry, use));
            }
        }
        registerWithHanLP();
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

    /** Forms that name a body when written right after 市, longest first. */
    public List<String> formsAfterCity() {
        return formsOf(Use.AFTER_CITY);
    }

    /** Forms that name a body in a list of bodies ("各县(市、区)、开发区"), longest first. */
    public List<String> listForms() {
        return forms.stream().filter(f -> f.use() != Use.FUNCTION_ONLY).map(Form::text).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Forms that name a body even without 市 before them, longest first. */
    public List<String> standaloneForms() {
        return formsOf(Use.STANDALONE);
    }

    private List<String> formsOf(Use use) {
        return forms.stream().filter(f -> f.use() == use).map(Form::text)
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
                    CustomDictionary.insert(form.entry().type(), "nt 1024");
                }
            }
        }
    }

    private static List<String> readLines() {
        try (InputStream in = DepartmentCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Standard {
        static final DepartmentCatalog INSTANCE = new DepartmentCatalog(readLines());
    }
}
