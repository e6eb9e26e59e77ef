package org.perftracker.server.regression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.perftracker.server.ServerConfig;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * {@code --min-change}: the same series, login latency 3% slower from build 12 on, raises an alert at the default
 * minimum (1%) and none at 5%. The setting is the detector's, whatever the database (SQLite here).
 */
class MinimumChangeSettingTest {
    private static final String TAG = "webapp-min-change";

    private static long alertsAfterAStepOf3Percent(UnaryOperator<ServerConfig> configure) {
        try (RunningServer server = RunningServer.start(TestDatabase.SQLITE.create(), configure)) {
            for (int n = 1; n <= 20; n++) {
                assertThat(server.upload(Nightly.build(TAG, n, n >= 12 ? 103 : 100, 500)).status()).isEqualTo(200);
            }
            RegressionApiTest.awaitAnalysed(server, TAG, Nightly.uuid(TAG, 20));
            assertThat(server.getJson("/api/v1.0/1/regression/?search%5Bvalue%5D=" + TAG).get("data")).hasSize(1);
            return server.getJson("/api/v1.0/1/alert/").get("data").size();
        }
    }

    @Test
    void a_shift_smaller_than_the_minimum_change_raises_no_alert() {
        assertThat(alertsAfterAStepOf3Percent(c -> c)).as("at the default 1%").isEqualTo(1);
        assertThat(alertsAfterAStepOf3Percent(c -> c.withMinChangePercent(5))).as("at 5%").isZero();
    }
}
