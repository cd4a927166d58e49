package gov.longhua.assistant.kb.load;

/**
 * A value with where it came from (a file, or a sheet and row), for problems found after it was read.
 *
 * @param origin as a problem names it, e.g. {@code src/kb/faq/services.yaml} or {@code catalogue.xlsx, sheet 目录, row 12}
 */
public record Sourced<T>(String origin, T value) {
}
