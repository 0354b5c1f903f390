package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    @Test
    void helpDescribesTheWorkspaceAndBindsToLoopbackByDefault() {
        CliRun run = CliRun.execute("serve", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("WORKSPACE").contains("--port").contains("default: 8080").contains("default: 127.0.0.1");
    }

    @Test
    void aPortOutOfRangeExitsWithTwoAndSaysTheRange() {
        CliRun run = CliRun.execute("serve", "--port", "70000");
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("dossier serve: --port must be between 0 and 65535, was 70000");
    }

    @Test
    void helpDescribesTheWarmUpAndItsDefault() {
        assertThat(CliRun.execute("serve", "--help").out()).contains("--warm-up=ROUNDS")
                .contains("default: 300");
    }

    @Test
    void aNegativeWarmUpExitsWithTwoAndSaysTheRange() {
        CliRun run = CliRun.execute("serve", "--port", "0", "--warm-up", "-1");
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("dossier serve: --warm-up must be between 0 and 100000, was -1");
    }

    @Test
    void aTooShortAccessTokenExitsWithTwoBeforeListening() {
        CliRun run = CliRun.execute("serve", "--port", "0", "--token", "short");
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "dossier serve: the access token must be at least 16 printable ASCII characters without spaces");
    }

    @Test
    void helpSaysOtherAddressesNeedAToken() {
        assertThat(CliRun.execute("serve", "--help").out()).contains("--token").contains("requires an access token");
    }

    @Test
    void aWorkspaceThatIsAFileExitsWithTwo(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        CliRun run = CliRun.execute("serve", file.toString());
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("dossier serve: " + file + " is not a folder");
    }
}
