package org.perftracker.core.changepoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The detector's defaults on the 200 labelled series of {@code data/changepoints/series.json} (copied to the test
 * resources). Apache Otava scores F1 0.64 with 2.8 false alarms per 1,000 points there at its defaults. The
 * timing of this analysis is measured in the bench module, not here.
 */
class LabelledSetQualityTest {
    private static List<LabelledSeries> series;
    private static Score score;

    @BeforeAll
    static void detectAll() throws IOException {
        try (InputStream in = LabelledSetQualityTest.class.getResourceAsStream("/changepoints/series.json")) {
            series = new LabelledSeriesReader(new ObjectMapper()).read(in);
        }
        ChangePointDetector detector = new ChangePointDetector(ChangePointDetector.Config.defaults());
        score = Scoring.score(series, series.stream().map(s -> detector.detect(s.values()).indexes()).toList());
    }

    @Test
    void the_defaults_meet_the_quality_bar() {
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.falseAlarmsPer1000Points()).isLessThanOrEqualTo(0.2);
    }

    @Test
    void the_defaults_keep_their_measured_scores() {
        // measured: 370 found, 2 false positives, 4 misses: precision 0.995, recall 0.989, F1 0.992, no false alarm
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.985);
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.99);
        assertThat(score.falseAlarms()).isZero();
        assertThat(score.noChangePoints()).isEqualTo(34_970);
    }

    @Test
    void even_the_faintest_shifts_are_mostly_found() {
        // measured: 0.949 below snr 4 (75 of 79), 1.000 from 4 to 8, 1.000 from 8 on
        assertThat(score.recallBySnr()).extracting(Score.Bucket::labels).containsExactly(79, 166, 129);
        assertThat(score.recallBySnr().get(0).recall()).isGreaterThanOrEqualTo(0.93);
        assertThat(score.recallBySnr().get(1).recall()).isGreaterThanOrEqualTo(0.99);
        assertThat(score.recallBySnr().get(2).recall()).isGreaterThanOrEqualTo(0.99);
    }
}
