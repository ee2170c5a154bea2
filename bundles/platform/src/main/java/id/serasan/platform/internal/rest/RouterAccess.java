package id.serasan.platform.internal.rest;

import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.security.SerasanPrincipal;
import id.serasan.platform.internal.model.Access;
import id.serasan.platform.internal.model.Endpoint;
import id.serasan.platform.internal.model.ResourceModel;
import java.util.List;

/** Deny by default: the router's access decision for one request against a module's resource model. */
public final class RouterAccess {
    private RouterAccess() {
    }

    /** Refuses unless every endpoint that {@code method path} could reach allows {@code caller}. */
    public static void authorize(ResourceModel model, String method, String path, SerasanPrincipal caller) {
        List<Endpoint> byPath = model.matchingPath(path);
        if (byPath.isEmpty()) {
            throw new ProblemException(404, null, null, "Alamat ini tidak ada / Nothing is served at this address", null);
        }
        List<Endpoint> candidates = ResourceModel.forMethod(byPath, method);
        if (candidates.isEmpty()) {
            if ("OPTIONS".equalsIgnoreCase(method)) {
                // answered here from the model, so Allow names only the methods this path serves
                throw new OptionsAnswer(ResourceModel.allowed(byPath));
            }
            throw new MethodNotAllowed(ResourceModel.allowed(byPath));
        }
        Access.Decision worst = Access.Decision.ALLOW;
        for (Endpoint e : candidates) {
            Access.Decision d = e.access().decide(caller);
            if (d.ordinal() > worst.ordinal()) {
                worst = d;
            }
        }
        switch (worst) {
            case ALLOW:
                return;
            case UNAUTHENTICATED:
                throw new ProblemException(401, "unauthorized", null,
                        "Silakan login terlebih dahulu / Please log in first", null);
            case PASSWORD_CHANGE_REQUIRED:
                throw new ProblemException(403, "password-change-required", null,
                        "Ganti kata sandi sekali pakai dulu (POST /api/v1/auth/password) / Change the one-time password "
                                + "first (POST /api/v1/auth/password)", null);
            default:
                throw new ProblemException(403, "forbidden", null,
                        "Anda tidak berhak mengakses ini / You are not allowed to do this", null);
        }
    }

    /**
     * The answer to OPTIONS on a module's path: 204 with {@code Allow} listing exactly the methods served there (HEAD
     * with GET, and OPTIONS itself), never one that would answer 405.
     */
    static final class OptionsAnswer extends javax.ws.rs.WebApplicationException {
        private static final long serialVersionUID = 1L;

        OptionsAnswer(java.util.Set<String> served) {
            super(javax.ws.rs.core.Response.noContent().header("Allow", String.join(", ", allow(served))).build());
        }

        static java.util.Set<String> allow(java.util.Set<String> served) {
            java.util.Set<String> all = new java.util.TreeSet<>(served);
            if (all.contains("GET")) {
                all.add("HEAD");
            }
            all.add("OPTIONS");
            return all;
        }
    }

    /** 405 with the Allow header. */
    static final class MethodNotAllowed extends ProblemException {
        private static final long serialVersionUID = 1L;

        MethodNotAllowed(java.util.Set<String> allowed) {
            super(405, null, null, "Metode yang didukung / Supported methods: " + String.join(", ", allowed), null);
            getResponse().getHeaders().putSingle("Allow", String.join(", ", allowed));
        }
    }
}
