package gov.longhua.assistant.channels.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a staff password must be (OWASP ASVS 2.1): 12 to 72 bytes in UTF-8 (bcrypt ignores every byte after the
 * 72nd), not one of the common passwords in {@code common-passwords.txt}, and not the account's name. Checked
 * whenever a password is set: by an admin in the console, and for the configured initial users.
 */
final class PasswordPolicy {

    static final int MIN_BYTES = 12;
    static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Why the password may not be used, in Chinese and English; empty when it may. */
    static Optional<String> problem(String name, String password) {
        if (password == null) {
            return Optional.of("请设置密码 / set a password");
        }
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < MIN_BYTES) {
            return Optional.of("密码至少 " + MIN_BYTES + " 字节（UTF-8） / at least " + MIN_BYTES + " bytes (UTF-8)");
        }
        if (bytes > MAX_BYTES) {
            return Optional.of("密码至多 " + MAX_BYTES + " 字节（UTF-8） / at most " + MAX_BYTES + " bytes (UTF-8)");
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(folded)) {
            return Optional.of("这是常见密码，请换一个 / this is a common password; choose another");
        }
        if (name != null && folded.equals(name.toLowerCase(Locale.ROOT))) {
            return Optional.of("密码不能与账号名相同 / must not be the account name");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the application");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
