package io.policygraph.bench;

import io.policygraph.bench.RegionalData.City;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A deterministic national corpus of synthetic plans: plan {@code i} depends only on the seed and
 * {@code i} (and the data files), so the same seed gives byte-identical files and a larger corpus
 * extends a smaller one.
 * Cities are drawn from every province, so departments of the same type recur across cities as they do
 * in a real national load.
 */
public final class SyntheticCorpus {

    /** One generated file: its name, its text, and the encoding its bytes are written in. */
    public record Plan(String fileName, String text, Charset charset) {

        public byte[] bytes() {
            return text.getBytes(charset);
        }
    }

    private static final Charset GB18030 = Charset.forName("GB18030");

    private final RegionalData data;
    private final List<City> cities;
    private final long seed;

    public SyntheticCorpus(long seed) {
        this.data = RegionalData.standard();
        // Autonomous prefectures and leagues write 州/盟 before their bodies, which the role lines here do not.
        this.cities = data.cities().stream().filter(c -> c.name().endsWith("市")).toList();
        this.seed = seed;
    }

    public Plan plan(int index) {
        var random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        City city = cities.get(random.nextInt(cities.size()));
        Layout layout = Layout.values()[random.nextInt(Layout.values().length)];
        String text = new PlanComposer(random, data, city, layout).compose();
        // Some local sites still serve GBK; a simplified plan in five is written in GB18030.
        Charset charset = layout != Layout.NEWS_REPORT && random.nextInt(5) == 0 ? GB18030 : StandardCharsets.UTF_8;
        return new Plan("gen_%06d.txt".formatted(index), text, charset);
    }

    public List<Plan> plans(int count) {
        return IntStream.range(0, count).parallel().mapToObj(this::plan).toList();
    }

    /** Writes each plan as its file into {@code directory} (created if missing); returns the files in order. */
    public static List<Path> write(List<Plan> plans, Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return plans.stream().map(plan -> {
            try {
                return Files.write(directory.resolve(plan.fileName()), plan.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
