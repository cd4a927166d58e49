package gov.longhua.assistant.kb.load;

/**
 * One thing wrong with a knowledge-base file.
 *
 * @param file the file, as the editor knows it
 * @param entry the id (or position) of the entry, or null for a problem with the whole file
 * @param field the field path inside the entry, or null
 * @param reason what is wrong
 */
public record Problem(String file, String entry, String field, String reason) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (entry != null) {
            text.append(entry.startsWith("row ") ? ", " : ", entry ").append(entry);
        }
        if (field != null && !field.isEmpty()) {
            text.append(field.startsWith("column") ? ", " : ", field ").append(field);
        }
        return text.append(": ").append(reason).toString();
    }
}
