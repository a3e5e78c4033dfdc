package io.github.smimecheck.check.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a JAR laid out like a Spring Boot executable ("fat") JAR: a manifest naming the Spring
 * Boot launcher, application classes and resources under {@code BOOT-INF/classes/}, dependency
 * JARs stored uncompressed under {@code BOOT-INF/lib/}, and the {@code BOOT-INF/classpath.idx}
 * index. No Spring code is needed, because the scan only reads the layout.
 */
public final class SpringBootFatJar {

    private final Map<String, byte[]> resources = new LinkedHashMap<>();
    private final Map<String, byte[]> libraries = new LinkedHashMap<>();
    private List<String> classpathIndex;

    public static SpringBootFatJar create() {
        return new SpringBootFatJar();
    }

    /** Adds a classpath resource, such as {@code application.yml} or {@code mail.p12}. */
    public SpringBootFatJar resource(String path, byte[] bytes) {
        resources.put(path, bytes);
        return this;
    }

    public SpringBootFatJar resource(String path, String text) {
        return resource(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds a dependency JAR by file name, such as {@code mail-trust-1.0.jar}. */
    public SpringBootFatJar library(String fileName, byte[] jar) {
        libraries.put(fileName, jar);
        return this;
    }

    /**
     * Sets the order of the JAR file names in {@code classpath.idx}, which otherwise lists the
     * libraries in the order they were added; names left out are not indexed.
     */
    public SpringBootFatJar classpathIndex(String... fileNames) {
        classpathIndex = List.of(fileNames);
        return this;
    }

    public byte[] build() {
        ArchiveBuilder jar = ArchiveBuilder.entries()
                .add("META-INF/MANIFEST.MF", """
                        Manifest-Version: 1.0
                        Main-Class: org.springframework.boot.loader.launch.JarLauncher
                        Start-Class: com.example.mail.MailApplication
                        Spring-Boot-Classes: BOOT-INF/classes/
                        Spring-Boot-Lib: BOOT-INF/lib/
                        Spring-Boot-Classpath-Index: BOOT-INF/classpath.idx
                        """.replace("\n", "\r\n"));
        resources.forEach((path, bytes) -> jar.add("BOOT-INF/classes/" + path, bytes));
        libraries.forEach((fileName, bytes) -> jar.addStored("BOOT-INF/lib/" + fileName, bytes));
        List<String> index = new ArrayList<>();
        for (String fileName : classpathIndex == null ? libraries.keySet() : classpathIndex) {
            index.add("- \"BOOT-INF/lib/" + fileName + "\"\n");
        }
        jar.add("BOOT-INF/classpath.idx", String.join("", index));
        return jar.zip();
    }
}
