package io.github.smimecheck.check;

/**
 * A file the scan read from disk, with its size and SHA-256, so the evidence proves which bytes
 * were checked.
 *
 * @param path the file as shown in locations (relative to the base directory when inside it)
 * @param size size in bytes
 * @param sha256 lower-case hexadecimal SHA-256 of the file's bytes
 */
public record ScannedFile(String path, long size, String sha256) {
}
