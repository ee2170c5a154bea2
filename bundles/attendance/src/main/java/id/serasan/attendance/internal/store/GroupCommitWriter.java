package id.serasan.attendance.internal.store;

import id.serasan.platform.api.persistence.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit of check-ins: request threads hand their rows to one writer thread, which writes whatever has
 * gathered (up to the batch size) in one transaction and one log sync, then completes every waiting request. A
 * request is answered only after its commit, so an acknowledged check-in survives a kill -9; under load a commit
 * carries hundreds of check-ins instead of one, which is what keeps the 07:30 burst from queueing up behind the
 * disk. When a batch fails (a duplicate written by another node, a database error), its rows are retried one by one
 * so each request gets its own answer.
 */
public final class GroupCommitWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);

    /** What became of a row. */
    public enum Outcome {
        /** Written now. */
        STORED,
        /** A row with the same employee and client id was there already. */
        DUPLICATE
    }

    /** Thrown (in the future) when the writer is closing or its queue is full: the phone retries. */
    public static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    private record Job(CheckInRow row, boolean bindDevice, CompletableFuture<Outcome> done) {
    }

    private final AttendanceDatabase db;
    private final CheckInRepository repo;
    private final IntSupplier batchSize;
    private final BlockingQueue<Job> queue;
    private final Thread thread;
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong rows = new AtomicLong();
    private volatile boolean closing;
    private Connection connection;

    public GroupCommitWriter(AttendanceDatabase db, CheckInRepository repo, IntSupplier batchSize, int capacity) {
        this.db = db;
        this.repo = repo;
        this.batchSize = batchSize;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::run, "serasan-attendance-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /**
     * Queues {@code row} for the next commit.
     *
     * @param bindDevice also bind the row's device to the employee when none is bound at commit time
     * @return completed after the commit, with STORED or DUPLICATE, or exceptionally ({@link Unavailable}, a database
     *         failure)
     */
    public CompletableFuture<Outcome> submit(CheckInRow row, boolean bindDevice) {
        CompletableFuture<Outcome> f = new CompletableFuture<>();
        if (closing) {
            f.completeExceptionally(new Unavailable("the attendance module is stopping"));
        } else if (!queue.offer(new Job(row, bindDevice, f))) {
            f.completeExceptionally(new Unavailable("too many check-ins waiting"));
        }
        return f;
    }

    /** Commits so far and check-ins written, since start. */
    public long[] counts() {
        return new long[] {batches.get(), rows.get()};
    }

    private void run() {
        List<Job> batch = new ArrayList<>();
        while (!closing || !queue.isEmpty()) {
            try {
                Job first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, Math.max(1, batchSize.getAsInt()) - 1);
                write(batch);
            } catch (InterruptedException e) {
                if (!closing) {
                    LOG.warn("The attendance writer was interrupted; it goes on");
                }
            } catch (RuntimeException e) {
                LOG.error("The attendance writer failed a batch", e);
                batch.forEach(j -> j.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
        closeConnection();
    }

    /**
     * Runs {@code work} in one transaction on the writer's own connection (kept open between batches, so the
     * writer never queues for the pool behind the requests it serves); a broken connection is replaced.
     */
    private void tx(Jdbc.Work<Void> work) {
        try {
            if (connection == null || connection.isClosed()) {
                connection = db.open();
                connection.setAutoCommit(false);
            }
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                    closeConnection();
                }
                throw e;
            }
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                closeConnection();
            }
            throw new Jdbc.DataAccessException(e);
        }
    }

    private void closeConnection() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            LOG.debug("closing the writer's connection", e);
        }
        connection = null;
    }

    private void write(List<Job> batch) {
        try {
            tx(c -> {
                List<CheckInRow> rs = new ArrayList<>(batch.size());
                batch.forEach(j -> rs.add(j.row()));
                repo.insert(c, rs);
                repo.summarise(c, rs);
                bindDevices(c, batch);
                return null;
            });
            batches.incrementAndGet();
            rows.addAndGet(batch.size());
            batch.forEach(j -> j.done().complete(Outcome.STORED));
        } catch (Jdbc.DataAccessException e) {
            if (batch.size() == 1 && !isDuplicate(e.getCause())) {
                batch.get(0).done().completeExceptionally(e);
                return;
            }
            for (Job j : batch) {
                writeOne(j);
            }
        }
    }

    private void writeOne(Job j) {
        try {
            tx(c -> {
                repo.insert(c, List.of(j.row()));
                repo.summarise(c, List.of(j.row()));
                bindDevices(c, List.of(j));
                return null;
            });
            batches.incrementAndGet();
            rows.incrementAndGet();
            j.done().complete(Outcome.STORED);
        } catch (Jdbc.DataAccessException e) {
            if (isDuplicate(e.getCause())) {
                j.done().complete(Outcome.DUPLICATE);
            } else {
                j.done().completeExceptionally(e);
            }
        }
    }

    private void bindDevices(Connection c, List<Job> batch) throws SQLException {
        Set<String> done = new HashSet<>();
        for (Job j : batch) {
            if (j.bindDevice() && done.add(j.row().nip()) && repo.boundDevice(c, j.row().nip()).isEmpty()) {
                repo.bind(c, j.row().nip(), j.row().deviceId(), j.row().receivedMs());
            }
        }
    }

    static boolean isDuplicate(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if ("23505".equals(x.getSQLState())) {
                return true;
            }
        }
        Throwable t = e == null ? null : e.getCause();
        return t instanceof SQLException s && s != e && isDuplicate(s);
    }

    /** Stops taking rows, writes every row already queued, and ends the writer thread. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Job j;
        while ((j = queue.poll()) != null) {
            j.done().completeExceptionally(new Unavailable("the attendance module stopped"));
        }
    }
}
