package lab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import lab.backend.StandInBackend;
import org.junit.jupiter.api.Test;

class BatchServerTest {

    private final List<StandInBackend> started = new ArrayList<>();

    @Test
    void aServerServesItsShareOfSubmissionsThenAFreshOneTakesOver() {
        try (BatchServer servers = new BatchServer(this::start, 2)) {
            BatchServer.Lease first = servers.lease();
            BatchServer.Lease second = servers.lease();
            BatchServer.Lease third = servers.lease();
            assertThat(first.endpoint()).as("the first two submissions' server").isEqualTo(second.endpoint());
            assertThat(third.endpoint()).as("the third submission's server, a fresh one").isNotEqualTo(first.endpoint());
            assertThat(started).as("servers started for three submissions, two per server").hasSize(2);

            first.close();
            assertThat(started.get(0).closed()).as("the first server, while the second submission still uses it").isFalse();
            second.close();
            second.close();
            assertThat(started.get(0).closed()).as("the first server, once both its submissions are done").isTrue();
            assertThat(servers.running()).as("servers running once the first is done").isEqualTo(1);

            third.close();
            assertThat(started.get(1).closed()).as("the current server, between submissions").isFalse();
        }
        assertThat(started).as("servers once the batch is over").allMatch(server -> server.closed());
    }

    @Test
    void aServerStillServingWhenTheBatchEndsStopsWithItsLastSubmission() {
        BatchServer servers = new BatchServer(this::start, 5);
        BatchServer.Lease running = servers.lease();
        servers.close();
        assertThat(started.get(0).closed()).as("the server while a submission still runs on it").isFalse();
        running.close();
        assertThat(started.get(0).closed()).as("the server once that submission is done").isTrue();
        assertThatThrownBy(servers::lease).as("a lease once the batch is over").isInstanceOf(IllegalStateException.class);
    }

    private StandInBackend start() {
        StandInBackend server = new StandInBackend(URI.create("http://127.0.0.1:" + (9000 + started.size())));
        started.add(server);
        return server;
    }
}
