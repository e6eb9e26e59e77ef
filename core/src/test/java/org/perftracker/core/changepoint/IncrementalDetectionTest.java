package org.perftracker.core.changepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.perftracker.core.changepoint.SeriesBuilder.Noise;

/** {@link ChangePointDetector#update} must give exactly what {@link ChangePointDetector#detect} gives. */
class IncrementalDetectionTest {
    private final ChangePointDetector detector = new ChangePointDetector(ChangePointDetector.Config.defaults());

    /** 1,500 builds with spikes and six shifts of 1.5% to 30%, two of them 15 builds apart. */
    private static double[] longSeries() {
        return SeriesBuilder.seed(99).noise(Noise.OUTLIERS, 0.01)
                .level(100, 130).level(103, 220).level(97, 15).level(103, 300).level(133, 90).level(131, 360)
                .level(120, 385).build();
    }

    @Test
    void appending_point_by_point_gives_the_batch_result_after_every_point() {
        double[] z = longSeries();
        Detection incremental = detector.detect(new double[0]);
        for (int n = 1; n <= z.length; n++) {
            double[] prefix = Arrays.copyOf(z, n);
            incremental = detector.update(incremental, prefix);
            assertThat(incremental).as("after %d points", n).isEqualTo(detector.detect(prefix));
        }
        assertThat(incremental.indexes()).containsExactly(130, 350, 365, 665, 757, 1115);
    }

    @Test
    void appending_in_chunks_of_any_size_gives_the_batch_result() {
        double[] z = longSeries();
        Detection incremental = detector.detect(Arrays.copyOf(z, 10));
        int n = 10;
        for (int chunk : new int[] {1, 7, 50, 99, 100, 101, 333, 5}) {
            n += chunk;
            incremental = detector.update(incremental, Arrays.copyOf(z, n));
        }
        incremental = detector.update(incremental, z);
        assertThat(incremental).isEqualTo(detector.detect(z));
    }

    @Test
    void an_update_re_examines_only_the_tail() {
        double[] z = longSeries();
        Detection d = detector.detect(z);
        // the walk resumes at the first window reaching the end: at most one window from it
        assertThat(d.resumeIndex()).isGreaterThanOrEqualTo(z.length - 100);
        assertThat(d.changePoints()).filteredOn(c -> c.index() <= d.resumeIndex()).hasSize(6);
    }

    @Test
    void the_detection_javadoc_example_resumes_after_the_change() {
        double[] z = SeriesBuilder.seed(1).noise(Noise.GAUSS, 0.01).level(100, 120).level(110, 180).build();
        Detection d = detector.detect(z);
        assertThat(d.indexes()).containsExactly(120);
        assertThat(d.resumeIndex()).isEqualTo(220);
    }

    @Test
    void a_shorter_series_is_refused() {
        Detection d = detector.detect(new double[50]);
        assertThatThrownBy(() -> detector.update(d, new double[49]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fewer than the 50");
    }
}
