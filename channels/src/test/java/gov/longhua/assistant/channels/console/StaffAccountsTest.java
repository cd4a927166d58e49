package gov.longhua.assistant.channels.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.longhua.assistant.channels.console.store.FileStaffStorage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffAccountsTest {

    private static StaffAccounts accounts(Path dir) {
        FileStaffStorage storage = new FileStaffStorage(dir);
        Json json = new Json(new ObjectMapper().findAndRegisterModules());
        Clock clock = Clock.systemUTC();
        return new StaffAccounts(storage, json, clock, new AuditLog(storage, json, clock));
    }

    @Test
    void should_refuse_to_start_with_an_initial_password_that_breaks_the_policy_and_name_the_setting(@TempDir Path dir) {
        StaffAccounts accounts = accounts(dir);

        assertThatThrownBy(() -> accounts.bootstrap(Map.of("admin", Set.of(StaffRole.ADMIN)),
                Map.of("admin", "short-pw")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("assistant.staff.initial-users.admin.password")
                .hasMessageContaining("at least 12 bytes");
        assertThatThrownBy(() -> accounts.bootstrap(Map.of("admin", Set.of(StaffRole.ADMIN)),
                Map.of("admin", "Password1234")))
                .hasMessageContaining("common password");
        assertThat(accounts.all()).isEmpty();
    }

    @Test
    void should_create_initial_accounts_with_good_passwords_and_verify_only_the_right_one(@TempDir Path dir) {
        StaffAccounts accounts = accounts(dir);

        accounts.bootstrap(Map.of("admin", Set.of(StaffRole.ADMIN)), Map.of("admin", "a-good-long-password"));

        assertThat(accounts.verify("admin", "a-good-long-password")).isPresent();
        assertThat(accounts.verify("admin", "a-wrong-password")).isEmpty();
        assertThat(accounts.verify("nobody", "a-good-long-password")).isEmpty();
    }
}
