package gov.longhua.assistant.kb;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * An enum written in the data files and on the wire as its lower-case, hyphenated name
 * ({@code ON_APPLICATION} → {@code on-application}).
 */
public interface Coded {

    String name();

    @JsonValue
    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
