package gov.longhua.assistant.kb;

import java.util.List;

/** Argument checks shared by the records of the knowledge base; each names the field it rejects. */
public final class Checks {

    private Checks() {
    }

    public static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be empty");
        }
        return value.strip();
    }

    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": is required");
        }
        return value;
    }

    public static List<String> texts(String field, List<String> values) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(field + ": needs at least one entry");
        }
        for (int i = 0; i < values.size(); i++) {
            text(field + "[" + i + "]", values.get(i));
        }
        return values.stream().map(String::strip).toList();
    }

    public static <T> List<T> nonEmpty(String field, List<T> values) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(field + ": needs at least one entry");
        }
        return List.copyOf(values);
    }

    /** Checks that an entry's period of force starts no later than it ends (either end may be open). */
    public static void period(java.time.LocalDate effective, java.time.LocalDate expires) {
        if (effective != null && expires != null && expires.isBefore(effective)) {
            throw new IllegalArgumentException("expires: " + expires + " is before the effective date " + effective);
        }
    }

    public static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
