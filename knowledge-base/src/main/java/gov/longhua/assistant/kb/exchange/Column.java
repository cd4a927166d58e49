package gov.longhua.assistant.kb.exchange;

/**
 * A column of an exchange sheet: its Chinese header, as official catalogues write it, and the English
 * header accepted in its place.
 */
record Column(String zh, String en, boolean required) {

    /** Whether a header cell names this column; case, white space and full-width brackets do not matter. */
    boolean matches(String header) {
        String h = normalise(header);
        return h.equals(normalise(zh)) || h.equalsIgnoreCase(normalise(en));
    }

    private static String normalise(String header) {
        return header.replace('（', '(').replace('）', ')').replaceAll("\\s+", "");
    }

    /** Spreadsheet letters of a 0-based column index: 0 → A, 26 → AA. */
    static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }
}
