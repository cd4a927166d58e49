package gov.longhua.assistant.channels.robot;

import static org.assertj.core.api.Assertions.assertThat;

import gov.longhua.assistant.channels.support.Readiness;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** The reference robot client, playing recognised speech against the running application. */
@QuarkusTest
class RobotClientTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void should_print_what_the_robot_would_say_and_show() throws Exception {
        Readiness.awaitReady();
        StringWriter printed = new StringWriter();
        URI robot = URI.create(base.toString().replaceFirst("^http", "ws") + "ws/robot");

        new RobotClient(new PrintWriter(printed, true), false).run(robot,
                new StringReader("补贴\n二\n申请政府信息公开多久答复\n/cancel\n"));

        String output = printed.toString();
        assertThat(output).contains("SESSION ", "SAY 您想了解的是哪一项？请说一", "OPTION ", "SHOW [faq]",
                "SOURCE ", "CANCELLED u3");
        assertThat(output.lines().filter(line -> line.startsWith("SAY "))).hasSize(3)
                .allSatisfy(line -> assertThat(line).doesNotContain("www.", "http", "\n"));
    }
}
