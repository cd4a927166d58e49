package gov.longhua.assistant.kb.exchange;

/**
 * How big a sheet may be before it is read: an XLSX archive's uncompressed size and its ratio to the file's
 * size (a small file that unpacks to gigabytes of sheet XML would run the heap out), and the number of data
 * rows of XLSX and CSV alike.
 */
public record SheetLimits(long maxUncompressedBytes, int maxCompressionRatio, int maxRows) {

    /** The command line's and the console's defaults: 50 MB unpacked, a ratio of 100, 20,000 rows. */
    public static final SheetLimits DEFAULT = new SheetLimits(50L * 1024 * 1024, 100, 20_000);

    public SheetLimits {
        if (maxUncompressedBytes < 1 || maxCompressionRatio < 1 || maxRows < 1) {
            throw new IllegalArgumentException("sheet limits must be positive");
        }
    }

    /** A limit a sheet went over. */
    public enum Limit {
        UNCOMPRESSED_BYTES("max-uncompressed-bytes"),
        COMPRESSION_RATIO("max-compression-ratio"),
        ROWS("max-rows");

        private final String setting;

        Limit(String setting) {
            this.setting = setting;
        }

        /** The setting's name, as configured under a prefix the application chooses. */
        public String setting() {
            return setting;
        }
    }

    /** Thrown before a sheet over a limit is read any further. */
    public static final class Exceeded extends RuntimeException {

        private final Limit limit;
        private final long value;

        Exceeded(Limit limit, long value, String message) {
            super(message);
            this.limit = limit;
            this.value = value;
        }

        public Limit limit() {
            return limit;
        }

        /** The limit's configured value. */
        public long value() {
            return value;
        }
    }
}
