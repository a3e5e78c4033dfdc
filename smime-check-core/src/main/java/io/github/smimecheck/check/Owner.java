package io.github.smimecheck.check;

import java.util.List;

/**
 * The named owner of a certificate, with RACI roles: who renews it (responsible), who answers for
 * it (accountable), who is asked (consulted) and who is kept informed (informed).
 *
 * @param id the owners-file entry that matched the certificate
 * @param contact how to reach the owner, such as a team mailbox
 */
public record Owner(String id, List<String> responsible, String accountable, List<String> consulted,
                    List<String> informed, String contact) {

    public Owner {
        responsible = List.copyOf(responsible);
        consulted = List.copyOf(consulted);
        informed = List.copyOf(informed);
    }
}
