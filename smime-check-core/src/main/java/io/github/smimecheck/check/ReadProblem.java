package io.github.smimecheck.check;

import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.rules.Finding;

/** A file, entry or block that could not be read, with the finding that reports it. */
public record ReadProblem(Location location, Finding finding) {
}
