package gov.longhua.assistant.core.language;

/** How many characters of each script a text has, and how many Latin words. */
record ScriptCounts(int han, int kana, int hangul, int latinWords, int otherLetters) {

    static ScriptCounts of(String text) {
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int latinWords = 0;
        int other = 0;
        boolean inLatinWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean latinLetter = script == Character.UnicodeScript.LATIN && Character.isLetter(cp);
            if (latinLetter && !inLatinWord) {
                latinWords++;
            }
            inLatinWord = latinLetter;
            switch (script) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case LATIN, COMMON, INHERITED -> { }
                default -> {
                    if (Character.isLetter(cp)) {
                        other++;
                    }
                }
            }
        }
        return new ScriptCounts(han, kana, hangul, latinWords, other);
    }
}
