package io.github.smimecheck.check.read.config;

import io.github.smimecheck.check.ScanLimits;
import io.github.smimecheck.check.discovery.ArtifactWalker;
import io.github.smimecheck.check.discovery.ContentDispatcher;
import io.github.smimecheck.check.discovery.ReferenceResolver;
import io.github.smimecheck.check.inventory.CertificateEntry;
import io.github.smimecheck.check.inventory.Inventory;
import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.read.CertificateReader;
import io.github.smimecheck.check.read.ConfigVariables;
import io.github.smimecheck.check.read.Content;
import io.github.smimecheck.check.read.PasswordSource;
import io.github.smimecheck.check.read.ReaderRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs discovery and reading (no rules) over a folder with the product's readers plus a stand-in
 * keystore reader, and returns the certificate locations and problems found.
 */
final class ConfigScan {

    private Map<String, String> environment = Map.of();
    private Map<String, String> secrets = Map.of();
    private ScanLimits limits = ScanLimits.defaults();
    final StandInKeystoreReader keystores = new StandInKeystoreReader();

    ConfigScan environment(Map<String, String> variables) {
        this.environment = variables;
        return this;
    }

    ConfigScan secrets(Map<String, String> named) {
        this.secrets = named;
        return this;
    }

    ConfigScan limits(ScanLimits value) {
        this.limits = value;
        return this;
    }

    /** What one scan found. */
    record Found(Inventory inventory, List<ContentDispatcher.Problem> problems) {

        /** Returns the display form of every location of every certificate, sorted. */
        List<String> locations() {
            List<String> displays = new ArrayList<>();
            for (CertificateEntry entry : inventory.entries()) {
                entry.locations().stream().map(Location::display).forEach(displays::add);
            }
            displays.sort(String::compareTo);
            return displays;
        }

        List<String> codes() {
            return problems.stream().map(problem -> problem.code().code()).toList();
        }

        ContentDispatcher.Problem onlyProblem() {
            if (problems.size() != 1) {
                throw new AssertionError("expected one problem but found " + problems);
            }
            return problems.get(0);
        }
    }

    /** Writes a UTF-8 text file below the folder, creating its parent folders. */
    static void write(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    Found scan(Path root) {
        return scan(root, root);
    }

    Found scan(Path baseDirectory, Path root) {
        Inventory inventory = new Inventory();
        ContentDispatcher dispatcher = dispatcher(inventory, baseDirectory, root);
        new ArtifactWalker(baseDirectory, dispatcher).walk(List.of(root));
        return new Found(inventory, dispatcher.problems());
    }

    /**
     * Reads one archive entry the way an archive reader hands it on, so configuration files
     * inside archives can be tested without the product's archive reader.
     */
    Found readEntry(Path root, Content entry) {
        Inventory inventory = new Inventory();
        ContentDispatcher dispatcher = dispatcher(inventory, root, root);
        dispatcher.nested(entry);
        return new Found(inventory, dispatcher.problems());
    }

    private ContentDispatcher dispatcher(Inventory inventory, Path baseDirectory, Path root) {
        List<CertificateReader> readers = new ArrayList<>();
        readers.add(keystores);
        readers.addAll(ReaderRegistry.allReaders());
        return new ContentDispatcher(readers, inventory, limits, PasswordSource.none(),
                new ReferenceResolver(baseDirectory, List.of(root), limits), new ConfigVariables(environment, secrets));
    }
}
