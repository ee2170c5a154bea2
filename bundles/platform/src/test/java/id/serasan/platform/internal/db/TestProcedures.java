package id.serasan.platform.internal.db;

/** Java procedures for the test databases (Derby calls public static methods of public classes). */
public final class TestProcedures {
    private TestProcedures() {
    }

    /** SLEEP_MS(ms): keeps a migration script busy. */
    public static void sleep(long ms) throws InterruptedException {
        Thread.sleep(ms);
    }
}
