package io.github.smimecheck.check.report;

/** Groups of certificates by whole days left until notAfter at the as-of instant. */
enum ExpiryBucket {
    EXPIRED("Expired", "expired", Long.MIN_VALUE, -1),
    WITHIN_30_DAYS("0 to 30 days", "soon", 0, 30),
    WITHIN_90_DAYS("31 to 90 days", "soon", 31, 90),
    WITHIN_180_DAYS("91 to 180 days", "later", 91, 180),
    WITHIN_365_DAYS("181 to 365 days", "later", 181, 365),
    LATER("More than a year", "later", 366, Long.MAX_VALUE);

    private final String label;
    private final String cssClass;
    private final long minDays;
    private final long maxDays;

    ExpiryBucket(String label, String cssClass, long minDays, long maxDays) {
        this.label = label;
        this.cssClass = cssClass;
        this.minDays = minDays;
        this.maxDays = maxDays;
    }

    String label() {
        return label;
    }

    String cssClass() {
        return cssClass;
    }

    static ExpiryBucket of(long daysToExpiry) {
        for (ExpiryBucket bucket : values()) {
            if (daysToExpiry >= bucket.minDays && daysToExpiry <= bucket.maxDays) {
                return bucket;
            }
        }
        throw new IllegalStateException("the buckets cover every day count; " + daysToExpiry + " fell through");
    }
}
