package io.github.smimecheck.maven;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;

/**
 * Collects the passwords of the {@code settings.xml} servers listed in
 * {@code smime.passwordServers}, by server id, so configuration placeholders such as
 * {@code ${mail-keystore}} can name them. Passwords are never logged.
 */
final class SettingsSecrets {

    /** Decrypts a server's password, as Maven's SettingsDecrypter does. */
    @FunctionalInterface
    interface Decryption {

        /** Returns the server with its password decrypted; an unencrypted password comes back unchanged. */
        Server decrypt(Server server) throws MojoExecutionException;
    }

    private SettingsSecrets() {
    }

    /**
     * Returns the password of each listed server by its id.
     *
     * @param decryption decrypts passwords encrypted with Maven password encryption
     * @throws MojoExecutionException when a listed server is missing, has no password or cannot
     *     be decrypted
     */
    static Map<String, String> passwords(List<String> serverIds, Settings settings, Decryption decryption)
            throws MojoExecutionException {
        Map<String, String> passwords = new LinkedHashMap<>();
        if (serverIds == null) {
            return passwords;
        }
        for (String id : serverIds) {
            Server server = settings == null ? null : settings.getServer(id);
            if (server == null) {
                throw new MojoExecutionException("smime.passwordServers names server '" + id + "', which settings.xml"
                        + " does not define; add <server><id>" + id + "</id><password>...</password></server> to"
                        + " settings.xml or remove the id");
            }
            String password = decryption.decrypt(server).getPassword();
            if (password == null || password.isEmpty()) {
                throw new MojoExecutionException("settings.xml server '" + id + "' has no password; add one or"
                        + " remove '" + id + "' from smime.passwordServers");
            }
            passwords.put(id, password);
        }
        return passwords;
    }
}
