package io.github.smimecheck.check.policy;

import io.github.smimecheck.check.Owner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads an owners file. Every entry needs a unique {@code id}, a {@code match} and exactly one
 * {@code accountable} person or team; {@code responsible}, {@code consulted}, {@code informed} and
 * {@code contact} are optional. The first entry that breaks a rule becomes a
 * {@link PolicyFileException} naming the file, the entry's line and id, and the fix.
 */
public final class OwnersReader {

    /** The owners file as written. */
    record OwnersDocument(List<Entry> owners) {
    }

    /** One entry as written; {@code accountable} is a single name, so a list there is a binding error. */
    record Entry(String id, MatchDocument match, List<String> responsible, String accountable,
                 List<String> consulted, List<String> informed, String contact) {
    }

    private OwnersReader() {
    }

    public static List<OwnerEntry> read(Path path) throws PolicyFileException {
        return read(YamlFile.read(path, "smime.owners"));
    }

    static List<OwnerEntry> read(YamlFile file) throws PolicyFileException {
        List<Entry> entries = file.bind(OwnersDocument.class).owners();
        if (entries == null) {
            return List.of();
        }

        Set<String> ids = new HashSet<>();
        List<OwnerEntry> owners = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String pointer = "/owners/" + i;
            Entry entry = entries.get(i);
            EntryCheck check = new EntryCheck(file, pointer, "owner", entry == null ? null : entry.id());
            check.required("id", entry == null ? null : entry.id());
            check.required("accountable", entry.accountable());
            CertificateMatcher matcher = check.matcher(entry.match());
            if (!ids.add(entry.id())) {
                throw check.error("id", "is used twice", "give each owner entry its own id");
            }

            Owner owner = new Owner(entry.id(), names(entry.responsible()), entry.accountable().trim(),
                    names(entry.consulted()), names(entry.informed()), entry.contact());
            owners.add(new OwnerEntry(matcher, owner, file.path() + ":" + file.lineOf(pointer)));
        }
        return owners;
    }

    private static List<String> names(List<String> names) {
        return names == null ? List.of() : names.stream().filter(Objects::nonNull).map(String::trim).toList();
    }
}
