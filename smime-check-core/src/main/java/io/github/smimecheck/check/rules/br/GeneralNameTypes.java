package io.github.smimecheck.check.rules.br;

/** Names of the GeneralName CHOICE alternatives (RFC 5280 4.2.1.6), for messages. */
final class GeneralNameTypes {

    private static final String[] NAMES = {"otherName", "rfc822Name", "dNSName", "x400Address", "directoryName",
        "ediPartyName", "uniformResourceIdentifier", "iPAddress", "registeredID"};

    private GeneralNameTypes() {
    }

    static String typeName(int tag) {
        return tag >= 0 && tag < NAMES.length ? NAMES[tag] : "[" + tag + "]";
    }
}
