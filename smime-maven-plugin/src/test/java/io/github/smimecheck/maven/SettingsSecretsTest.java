package io.github.smimecheck.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;

class SettingsSecretsTest {

    @Test
    void listedServerPasswordsAreCollected() throws MojoExecutionException {
        Settings settings = settings(server("mail-keystore", "from-settings"), server("other", "unused"));

        Map<String, String> passwords = SettingsSecrets.passwords(List.of("mail-keystore"), settings, server -> server);

        assertThat(passwords).containsExactly(Map.entry("mail-keystore", "from-settings"));
    }

    @Test
    void decryptedPasswordIsUsed() throws MojoExecutionException {
        Settings settings = settings(server("mail-keystore", "{encrypted}"));

        Map<String, String> passwords = SettingsSecrets.passwords(List.of("mail-keystore"), settings,
                server -> server("mail-keystore", "plain"));

        assertThat(passwords).containsEntry("mail-keystore", "plain");
    }

    @Test
    void unknownServerFailsWithId() {
        Settings settings = settings(server("other", "x"));

        assertThatThrownBy(() -> SettingsSecrets.passwords(List.of("mail-keystore"), settings, server -> server))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("'mail-keystore'")
                .hasMessageContaining("settings.xml");
    }

    @Test
    void serverWithoutPasswordFails() {
        Settings settings = settings(server("mail-keystore", null));

        assertThatThrownBy(() -> SettingsSecrets.passwords(List.of("mail-keystore"), settings, server -> server))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("has no password");
    }

    @Test
    void noListedServersGivesNoSecrets() throws MojoExecutionException {
        assertThat(SettingsSecrets.passwords(null, new Settings(), server -> server)).isEmpty();
    }

    private static Settings settings(Server... servers) {
        Settings settings = new Settings();
        for (Server server : servers) {
            settings.addServer(server);
        }
        return settings;
    }

    private static Server server(String id, String password) {
        Server server = new Server();
        server.setId(id);
        server.setPassword(password);
        return server;
    }
}
