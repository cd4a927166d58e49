package gov.longhua.assistant.channels.app;

import static org.assertj.core.api.Assertions.assertThat;

import gov.longhua.assistant.kb.exchange.Folders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged application refuses to start on a broken knowledge base and says where it is broken. */
class BadKnowledgeBaseIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Path DEFAULT_KB = Path.of("../src/kb");

    @Test
    void should_stop_start_up_naming_file_entry_and_field(@TempDir Path dir) throws Exception {
        // given: the default knowledge base with one item's disclosure mode misspelt
        Path kb = dir.resolve("kb");
        Folders.copy(DEFAULT_KB, kb);
        Path file = kb.resolve("catalogue/12-social-assistance.yaml");
        Files.writeString(file, Files.readString(file).replace("  mode: proactive", "  mode: proactiv"));

        // when
        Process app = new ProcessBuilder("java", "-Dquarkus.http.port=0",
                "-Dassistant.kb.dir=" + kb.toAbsolutePath(), "-jar", JAR.toString())
                .redirectErrorStream(true).start();
        boolean exited = app.waitFor(2, TimeUnit.MINUTES);
        String output = new String(app.getInputStream().readAllBytes());
        if (!exited) {
            app.destroyForcibly();
        }

        // then
        assertThat(exited).as("the application exits by itself").isTrue();
        assertThat(app.exitValue()).isNotZero();
        assertThat(output).contains(file.toString(), "entry 'sa.policy-documents'", "field mode",
                "'proactiv' is not one of: proactive, on-application");
    }
}
