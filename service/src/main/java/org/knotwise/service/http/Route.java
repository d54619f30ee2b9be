package org.knotwise.service.http;

import java.util.HashMap;
import java.util.Map;

/**
 * A method and a path template such as {@code /cds-services/{id}/feedback}.
 *
 * @param authenticated needs a CDS Hooks client JWT (unless the service runs without auth)
 * @param limited       takes a worker slot (everything but the probes, so they answer when saturated)
 */
public record Route(String method, String template, Endpoint endpoint, boolean authenticated, boolean limited) {

    public static Route open(String method, String template, Endpoint e) {
        return new Route(method, template, e, false, true);
    }

    public static Route probe(String method, String template, Endpoint e) {
        return new Route(method, template, e, false, false);
    }

    public static Route secured(String method, String template, Endpoint e) {
        return new Route(method, template, e, true, true);
    }

    /** The path parameters when the path fits the template, else null. */
    Map<String, String> match(String path) {
        String[] want = template.split("/", -1);
        String[] got = path.split("/", -1);
        if (want.length != got.length) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < want.length; i++) {
            if (want[i].startsWith("{") && want[i].endsWith("}")) {
                if (got[i].isEmpty()) {
                    return null;
                }
                params.put(want[i].substring(1, want[i].length() - 1), got[i]);
            } else if (!want[i].equals(got[i])) {
                return null;
            }
        }
        return params;
    }
}
