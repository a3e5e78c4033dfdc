package io.github.smimecheck.check.read.config;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Loads a Spring Boot {@code .properties} file into keys with values and the line each key is on. */
final class SpringProperties {

    private SpringProperties() {
    }

    static List<YamlNodes.Leaf> load(String text) throws ConfigSyntaxException {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigSyntaxException(0, "invalid properties file: " + e.getMessage());
        }

        Map<String, Integer> lines = keyLines(text);
        List<YamlNodes.Leaf> leaves = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            leaves.add(new YamlNodes.Leaf(key, properties.getProperty(key), lines.getOrDefault(key, 0)));
        }
        leaves.sort((left, right) -> Integer.compare(left.line(), right.line()));
        return leaves;
    }

    /** Finds the line each plain key starts on; keys with escapes get no line. */
    private static Map<String, Integer> keyLines(String text) {
        Map<String, Integer> lines = new HashMap<>();
        String[] physical = text.split("\r\n|\r|\n", -1);
        boolean continued = false;
        for (int i = 0; i < physical.length; i++) {
            String line = physical[i].stripLeading();
            boolean startsEntry = !continued && !line.isEmpty() && line.charAt(0) != '#' && line.charAt(0) != '!';
            if (startsEntry) {
                String key = line.split("[=:\\s]", 2)[0];
                lines.putIfAbsent(key, i + 1);
            }
            continued = endsWithOddBackslashes(physical[i]) && (continued || startsEntry);
        }
        return lines;
    }

    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }
}
