package org.perftracker.core.changepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The rules of data/changepoints/README.md, case by case. */
class ScoringTest {

    private static LabelledSeries labelled(String name, int length, LabelledSeries.Label... labels) {
        return new LabelledSeries(name, new double[length], true, List.of(labels));
    }

    private static LabelledSeries.Label label(int index, double snr) {
        return new LabelledSeries.Label(index, OptionalDouble.empty(), OptionalDouble.of(snr));
    }

    @Test
    void the_javadoc_example_has_one_match_two_false_positives_and_one_miss() {
        Score s = Scoring.score(List.of(labelled("a", 300, LabelledSeries.Label.at(50), LabelledSeries.Label.at(120))),
                List.of(List.of(48, 52, 200)));
        assertThat(s.truePositives()).isEqualTo(1);
        assertThat(s.falsePositives()).isEqualTo(2);
        assertThat(s.falseNegatives()).isEqualTo(1);
    }

    @Test
    void a_detection_three_away_matches_and_four_away_does_not() {
        assertThat(Scoring.matchedLabels(List.of(100), List.of(97))).containsExactly(true);
        assertThat(Scoring.matchedLabels(List.of(100), List.of(103))).containsExactly(true);
        assertThat(Scoring.matchedLabels(List.of(100), List.of(96))).containsExactly(false);
        assertThat(Scoring.matchedLabels(List.of(100), List.of(104))).containsExactly(false);
    }

    @Test
    void each_label_and_each_detection_match_at_most_once() {
        assertThat(Scoring.matchedLabels(List.of(100), List.of(99, 101))).containsExactly(true);
        assertThat(Scoring.matchedLabels(List.of(99, 101), List.of(100))).containsExactly(true, false);
        // a pairing that takes 101–103 first would leave 98 alone; the walk finds both matches
        assertThat(Scoring.matchedLabels(List.of(98, 103), List.of(101, 105))).containsExactly(true, true);
    }

    @Test
    void the_score_javadoc_example_gives_its_precision_recall_and_f1() {
        Score s = new Score(8, 1, 2, List.of(), 0, 0);
        assertThat(s.precision()).isCloseTo(0.889, within(5e-4));
        assertThat(s.recall()).isCloseTo(0.800, within(1e-12));
        assertThat(s.f1()).isCloseTo(0.842, within(5e-4));
    }

    @Test
    void recall_is_bucketed_by_signal_to_noise_ratio() {
        LabelledSeries s = labelled("a", 1000, label(100, 3.99), label(200, 4), label(300, 7.99), label(400, 8),
                label(500, 12));
        Score score = Scoring.score(List.of(s), List.of(List.of(100, 300, 500)));
        assertThat(score.recallBySnr()).extracting(Score.Bucket::name).containsExactly("< 4", "4–8", "≥ 8");
        assertThat(score.recallBySnr()).extracting(Score.Bucket::labels).containsExactly(1, 2, 2);
        assertThat(score.recallBySnr()).extracting(Score.Bucket::found).containsExactly(1, 1, 1);
        assertThat(score.recallBySnr().get(1).recall()).isEqualTo(0.5);
    }

    @Test
    void false_alarms_count_only_on_series_without_a_label() {
        Score s = Scoring.score(
                List.of(labelled("quiet", 4000), labelled("busy", 1000, LabelledSeries.Label.at(500)),
                        new LabelledSeries("unlabelled", new double[1000], false, List.of())),
                List.of(List.of(1234), List.of(200, 500), List.of(10, 20, 30)));
        assertThat(s.falseAlarms()).isEqualTo(1);
        assertThat(s.noChangePoints()).isEqualTo(4000);
        assertThat(s.falseAlarmsPer1000Points()).isEqualTo(0.25);
        assertThat(s.truePositives()).isEqualTo(1);
        assertThat(s.falsePositives()).isEqualTo(2);
    }

    @Test
    void nothing_to_find_and_nothing_found_is_perfect() {
        Score s = Scoring.score(List.of(labelled("quiet", 100)), List.of(List.of()));
        assertThat(s.precision()).isEqualTo(1);
        assertThat(s.recall()).isEqualTo(1);
        assertThat(s.f1()).isEqualTo(1);
        assertThat(s.falseAlarmsPer1000Points()).isZero();
    }
}
