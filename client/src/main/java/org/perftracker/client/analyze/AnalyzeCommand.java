package org.perftracker.client.analyze;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.perftracker.core.changepoint.ChangePointDetector;
import org.perftracker.core.changepoint.InvalidSeriesFileException;
import org.perftracker.core.changepoint.LabelledSeries;
import org.perftracker.core.changepoint.LabelledSeriesReader;
import org.perftracker.core.changepoint.Score;
import org.perftracker.core.changepoint.Scoring;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pt analyze FILE.json [--out detections.json]}: runs change-point detection over every series of a file
 * in the labelled format ({@code data/changepoints/README.md}) and writes {@code {"series name": [indexes…]}}.
 * When the file carries labels it also prints precision, recall, F1 and false alarms per 1,000 points.
 */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        description = {"Find the change points of the series in a labelled JSON file.",
            "Reads a file of the labelled format ({\"series\": [{\"name\": …, \"values\": […], \"changes\": […]}, …]})"
                + " and writes {\"series name\": [index, …]} to --out, or else to standard output.",
            "When the series carry labels (\"changes\"), also prints precision, recall, F1 and false alarms per"
                + " 1,000 points: on standard output with --out, on standard error without."},
        footer = {"", "Exit codes: 0 ok, 2 usage, 3 unreadable or invalid file."})
public final class AnalyzeCommand implements Callable<Integer> {
    /** Exit code of a file that cannot be read, parsed or written. */
    static final int EXIT_FILE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "series in the labelled format")
    Path input;

    @Option(names = "--out", paramLabel = "FILE.json", description = "write the detections here")
    Path output;

    @Option(names = "--window", paramLabel = "POINTS", description = "points per window (default: ${DEFAULT-VALUE})")
    int windowSize = ChangePointDetector.Config.defaults().windowSize();

    @Option(names = "--p-value", paramLabel = "ALPHA",
            description = "significance after the Bonferroni adjustment (default: ${DEFAULT-VALUE})")
    double pValue = ChangePointDetector.Config.defaults().pValue();

    @Option(names = "--min-change", paramLabel = "FRACTION",
            description = "smallest relative change reported, 0.01 = 1%% (default: ${DEFAULT-VALUE})")
    double minRelativeChange = ChangePointDetector.Config.defaults().minRelativeChange();

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public Integer call() {
        ChangePointDetector detector = new ChangePointDetector(config());
        List<LabelledSeries> series;
        try (InputStream in = Files.newInputStream(input)) {
            series = new LabelledSeriesReader(mapper).read(in);
        } catch (NoSuchFileException e) {
            return fail(input + ": no such file");
        } catch (IOException e) {
            return fail(input + ": cannot be read: " + e.getMessage());
        } catch (InvalidSeriesFileException e) {
            return fail(input + ": " + e.getMessage());
        }
        List<List<Integer>> detections = series.stream().map(s -> detector.detect(s.values()).indexes()).toList();
        try {
            write(series, detections);
        } catch (IOException e) {
            return fail(output + ": cannot be written: " + e.getMessage());
        }
        if (series.stream().anyMatch(LabelledSeries::labelled)) {
            PrintWriter report = output == null ? spec.commandLine().getErr() : spec.commandLine().getOut();
            ScoreReport.print(series, Scoring.score(series, detections), report);
            report.flush();
        }
        return 0;
    }

    /** The detector's settings from the options, each checked with the option's own name. */
    private ChangePointDetector.Config config() {
        ChangePointDetector.Config defaults = ChangePointDetector.Config.defaults();
        int smallestWindow = 4 * defaults.minSegment();
        if (windowSize < smallestWindow) {
            throw usage("--window must be at least " + smallestWindow + ", got " + windowSize);
        }
        if (!(pValue > 0 && pValue < 1)) {
            throw usage("--p-value must be in (0, 1), got " + pValue);
        }
        if (!(minRelativeChange >= 0)) {
            throw usage("--min-change must be 0 or more, got " + minRelativeChange);
        }
        return defaults.withWindowSize(windowSize).withPValue(pValue).withMinRelativeChange(minRelativeChange);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private void write(List<LabelledSeries> series, List<List<Integer>> detections) throws IOException {
        StringWriter json = new StringWriter();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
        try (JsonGenerator out = mapper.createGenerator(json).setPrettyPrinter(printer)) {
            out.writeStartObject();
            for (int i = 0; i < series.size(); i++) {
                out.writeArrayFieldStart(series.get(i).name());
                for (int index : detections.get(i)) {
                    out.writeNumber(index);
                }
                out.writeEndArray();
            }
            out.writeEndObject();
        }
        json.write(System.lineSeparator());
        if (output == null) {
            spec.commandLine().getOut().print(json);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(output, json.toString(), StandardCharsets.UTF_8);
        }
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("pt analyze: " + message);
        spec.commandLine().getErr().flush();
        return EXIT_FILE;
    }

    /** The scores in a few lines, numbers to 3 decimals. */
    static final class ScoreReport {
        private ScoreReport() {
        }

        static void print(List<LabelledSeries> series, Score s, PrintWriter out) {
            long labelled = series.stream().filter(LabelledSeries::labelled).count();
            long quiet = series.stream().filter(x -> x.labelled() && x.labels().isEmpty()).count();
            out.printf("labelled series: %d (%d changes; %d series without change, %,d points)%n", labelled,
                    s.truePositives() + s.falseNegatives(), quiet, s.noChangePoints());
            out.printf("precision %.3f  recall %.3f  F1 %.3f  (%d found, %d false positives, %d missed)%n",
                    s.precision(), s.recall(), s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives());
            out.printf("false alarms: %.3f per 1,000 points of the no-change series (%d)%n",
                    s.falseAlarmsPer1000Points(), s.falseAlarms());
            StringBuilder buckets = new StringBuilder("recall by snr:");
            for (Score.Bucket b : s.recallBySnr()) {
                buckets.append(String.format("  %s: %.3f (%d/%d)", b.name(), b.recall(), b.found(), b.labels()));
            }
            out.println(buckets);
        }
    }
}
