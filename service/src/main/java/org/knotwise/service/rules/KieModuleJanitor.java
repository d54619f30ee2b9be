package org.knotwise.service.rules;

import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.KieRepository;
import org.kie.api.builder.ReleaseId;

/**
 * Drools keeps every KIE module it builds in its process-wide repository, so a service that reloads
 * its rules would keep every old rule base alive. The engine builds a folder's rules under the group
 * {@code org.knotwise.user}, artifact {@code rules}, one increasing version a load; loads in the
 * service are serialized, so right after a load the newest such module is the one just built.
 */
final class KieModuleJanitor {
    private static final String GROUP = "org.knotwise.user";
    private static final String ARTIFACT = "rules";

    private KieModuleJanitor() {
    }

    /** The module the last folder load left in the repository, or null (built-in rules, or none). */
    static ReleaseId newestFolderModule() {
        try {
            KieServices ks = KieServices.get();
            KieModule m = ks.getRepository().getKieModule(ks.newReleaseId(GROUP, ARTIFACT, "[0,)"));
            return m == null ? null : m.getReleaseId();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static void remove(ReleaseId id) {
        if (id != null) {
            KieRepository repo = KieServices.get().getRepository();
            repo.removeKieModule(id);
        }
    }

    static boolean isHeld(ReleaseId id) {
        if (id == null) {
            return false;
        }
        KieServices ks = KieServices.get();
        KieModule m = ks.getRepository().getKieModule(id);
        return m != null && m.getReleaseId().toExternalForm().equals(id.toExternalForm());
    }
}
