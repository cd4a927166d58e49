package gov.longhua.assistant.channels.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import gov.longhua.assistant.channels.support.Readiness;
import gov.longhua.assistant.channels.support.StaffApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in hardened: repeated failures lock the account name (known or not) and the address for a while, even
 * for the right password; every failure is audited; passwords are 12 to 72 UTF-8 bytes and not common. Each
 * test signs in from addresses of its own (X-Forwarded-For, trusted in the test profile).
 */
@QuarkusTest
class StaffSignInTest {

    @BeforeEach
    void ready() {
        Readiness.awaitReady();
    }

    private static Response me(String user, String password, String address) {
        return given().header("X-Forwarded-For", address).auth().preemptive().basic(user, password)
                .get("/staff/api/me");
    }

    @Test
    void should_lock_an_account_after_five_failures_even_for_its_right_password() {
        // given
        assertThat(StaffApi.ADMIN.post("accounts", Map.of("name", "locked-out", "password", "the-right-password-1",
                "roles", List.of("editor"))).statusCode()).isEqualTo(200);

        // when
        List<Integer> failures = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            failures.add(me("locked-out", "a-wrong-password", "198.51.100.1").statusCode());
        }
        Response right = me("locked-out", "the-right-password-1", "198.51.100.2");

        // then
        assertThat(failures).containsOnly(401);
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.header("Retry-After")).matches("\\d+");
        assertThat(right.asString()).contains("登录失败次数过多").contains("Too many failed sign-ins");
        assertThat(StaffApi.ADMIN.get("audit?limit=500").jsonPath().getList("findAll { it.action == 'sign-in-failed' "
                + "&& it.actor == 'locked-out' }.subject")).hasSize(5).containsOnly("198.51.100.1");
    }

    @Test
    void should_lock_a_name_that_is_no_account_exactly_as_one_that_is() {
        for (int i = 0; i < 5; i++) {
            assertThat(me("no-such-account", "a-wrong-password", "198.51.100.3").statusCode()).isEqualTo(401);
        }

        assertThat(me("no-such-account", "a-wrong-password", "198.51.100.4").statusCode()).isEqualTo(429);
        assertThat(StaffApi.ADMIN.get("audit?limit=500").jsonPath().getList("findAll { it.action == 'sign-in-failed' "
                + "&& it.actor == 'no-such-account' }")).hasSize(5);
    }

    @Test
    void should_lock_an_address_after_twenty_failures_and_no_other() {
        for (int i = 0; i < 20; i++) {
            assertThat(me("guess-" + i, "a-wrong-password", "198.51.100.5").statusCode()).isEqualTo(401);
        }

        assertThat(me("admin", "test-admin-password", "198.51.100.5").statusCode()).isEqualTo(429);
        assertThat(me("admin", "test-admin-password", "198.51.100.6").statusCode()).isEqualTo(200);
    }

    @Test
    void should_accept_passwords_of_12_to_72_utf8_bytes_that_are_not_common_and_not_the_name() {
        assertThat(save("pw-short", "eleven-byte")).as("11 bytes").isEqualTo(400);
        assertThat(save("pw-twelve", "twelve-bytes")).as("12 bytes").isEqualTo(200);
        assertThat(save("pw-han", "龙华政务")).as("4 characters, 12 bytes").isEqualTo(200);
        assertThat(save("pw-long", "x".repeat(72))).as("72 bytes").isEqualTo(200);
        assertThat(save("pw-too-long", "x".repeat(73))).as("73 bytes").isEqualTo(400);
        assertThat(save("pw-han-long", "龙".repeat(25))).as("25 characters, 75 bytes").isEqualTo(400);
        assertThat(save("pw-common", "Password1234")).as("a common password").isEqualTo(400);
        assertThat(save("pw-own-name-1", "PW-OWN-NAME-1")).as("the account's name").isEqualTo(400);
        assertThat(StaffApi.ADMIN.post("accounts", Map.of("name", "pw-common", "password", "qwerty123456",
                "roles", List.of("editor"))).jsonPath().getString("problems[0].reason"))
                .contains("常见密码").contains("common password");
    }

    private static int save(String name, String password) {
        return StaffApi.ADMIN.post("accounts", Map.of("name", name, "password", password, "roles", List.of("editor")))
                .statusCode();
    }
}
