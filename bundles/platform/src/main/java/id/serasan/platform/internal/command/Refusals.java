package id.serasan.platform.internal.command;

import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;

/** A refused command's reason on the console: the problem's detail and each field error. */
final class Refusals {
    private Refusals() {
    }

    static String describe(ProblemException e) {
        StringBuilder sb = new StringBuilder("Ditolak / Refused: ").append(e.detail());
        for (FieldError f : e.errors()) {
            sb.append(System.lineSeparator()).append("  ").append(f.field()).append(": ").append(f.message());
        }
        return sb.toString();
    }
}
