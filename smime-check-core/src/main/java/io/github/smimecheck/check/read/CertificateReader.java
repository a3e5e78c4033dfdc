package io.github.smimecheck.check.read;

/**
 * Reads one container or configuration format. Readers are tried in {@link ReaderRegistry}
 * order and the first that accepts a content reads it; a reader reports what it cannot read as a
 * problem instead of throwing.
 */
public interface CertificateReader {

    /** Returns whether this reader handles the content, judged from its bytes first. */
    boolean accepts(Content content);

    /** Reads the content, reporting certificates, nested contents and problems to the context. */
    void read(Content content, ReadContext context);
}
