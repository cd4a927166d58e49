package gov.longhua.assistant.kb;

/** Whether an entry rests on a cited source or stands in until the district supplies official data. */
public enum Status implements Coded {
    CONFIRMED,
    PLACEHOLDER
}
