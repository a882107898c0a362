package java.util.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A future completed by a value or an exception, with dependent stages.
 * Each stage registers a callback on its sources; a callback runs when its
 * source completes (in the completing thread, or through the executor for
 * *Async stages).  As in the JDK, an exception that reaches a dependent
 * stage is wrapped in a CompletionException, join() throws that and get()
 * an ExecutionException with the original cause.
 */
public class CompletableFuture<T> implements Future<T>, CompletionStage<T> {
    private static final Executor ASYNC_POOL = newAsyncPool();

    private static Executor newAsyncPool() {
        int n = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        int[] counter = new int[1];
        return new ThreadPoolExecutor(n, n, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<Runnable>(), r -> {
            Thread t;
            synchronized (counter) {
                t = new Thread(r, "ForkJoinPool.commonPool-worker-" + ++counter[0]);
            }
            t.setDaemon(true);
            return t;
        });
    }

    private boolean done;
    private Object result;         // the value, when done and ex == null
    private Throwable ex;          // the exception, as stored (maybe a CompletionException)
    private List<Runnable> dependents;

    public CompletableFuture() {
    }

    private CompletableFuture(Object r, Throwable x) {
        done = true;
        result = r;
        ex = x;
    }

    // ---- completion ----

    /** Completes with r or x if not yet done; runs the dependents. */
    final boolean completeWith(Object r, Throwable x) {
        List<Runnable> deps;
        synchronized (this) {
            if (done)
                return false;
            done = true;
            result = r;
            ex = x;
            deps = dependents;
            dependents = null;
            notifyAll();
        }
        if (deps != null)
            for (Runnable d : deps)
                d.run();
        return true;
    }

    private static Throwable wrap(Throwable x) {
        return (x instanceof CompletionException) ? x : new CompletionException(x);
    }

    /** Runs action once this is done (now if it already is). */
    private void onDone(Runnable action) {
        synchronized (this) {
            if (!done) {
                if (dependents == null)
                    dependents = new ArrayList<>();
                dependents.add(action);
                return;
            }
        }
        action.run();
    }

    private static Executor screen(Executor e) {
        return Objects.requireNonNull(e);
    }

    private static void run(Executor e, Runnable r) {
        if (e == null)
            r.run();
        else
            e.execute(r);
    }

    public boolean complete(T value) {
        return completeWith(value, null);
    }

    public boolean completeExceptionally(Throwable ex) {
        return completeWith(null, Objects.requireNonNull(ex));
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = completeWith(null, new CancellationException());
        return cancelled || isCancelled();
    }

    @Override
    public synchronized boolean isDone() {
        return done;
    }

    @Override
    public synchronized boolean isCancelled() {
        return done && ex instanceof CancellationException;
    }

    public synchronized boolean isCompletedExceptionally() {
        return done && ex != null;
    }

    public void obtrudeValue(T value) {
        synchronized (this) {
            done = true;
            result = value;
            ex = null;
        }
    }

    public void obtrudeException(Throwable ex) {
        synchronized (this) {
            done = true;
            result = null;
            this.ex = Objects.requireNonNull(ex);
        }
    }

    public synchronized int getNumberOfDependents() {
        return dependents == null ? 0 : dependents.size();
    }

    // ---- results ----

    private synchronized void waitDone() throws InterruptedException {
        while (!done)
            wait();
    }

    @SuppressWarnings("unchecked")
    private T reportGet() throws ExecutionException {
        Throwable x = ex;
        if (x == null)
            return (T) result;
        if (x instanceof CancellationException)
            throw (CancellationException) x;
        Throwable cause;
        if ((x instanceof CompletionException) && (cause = x.getCause()) != null)
            x = cause;
        throw new ExecutionException(x);
    }

    @SuppressWarnings("unchecked")
    private T reportJoin() {
        Throwable x = ex;
        if (x == null)
            return (T) result;
        if (x instanceof CancellationException)
            throw (CancellationException) x;
        if (x instanceof CompletionException)
            throw (CompletionException) x;
        throw new CompletionException(x);
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
        waitDone();
        return reportGet();
    }

    @Override
    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        synchronized (this) {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            while (!done) {
                long left = deadline - System.nanoTime();
                if (left <= 0)
                    throw new TimeoutException();
                wait(left / 1000000, (int) (left % 1000000));
            }
        }
        return reportGet();
    }

    public T join() {
        boolean interrupted = false;
        synchronized (this) {
            while (!done) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted)
            Thread.currentThread().interrupt();
        return reportJoin();
    }

    public T getNow(T valueIfAbsent) {
        synchronized (this) {
            if (!done)
                return valueIfAbsent;
        }
        return reportJoin();
    }

    // ---- factories ----

    public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier) {
        return supplyAsync(supplier, ASYNC_POOL);
    }

    public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier, Executor executor) {
        Objects.requireNonNull(supplier);
        CompletableFuture<U> d = new CompletableFuture<>();
        screen(executor).execute(() -> {
            try {
                d.completeWith(supplier.get(), null);
            } catch (Throwable t) {
                d.completeWith(null, wrap(t));
            }
        });
        return d;
    }

    public static CompletableFuture<Void> runAsync(Runnable runnable) {
        return runAsync(runnable, ASYNC_POOL);
    }

    public static CompletableFuture<Void> runAsync(Runnable runnable, Executor executor) {
        Objects.requireNonNull(runnable);
        CompletableFuture<Void> d = new CompletableFuture<>();
        screen(executor).execute(() -> {
            try {
                runnable.run();
                d.completeWith(null, null);
            } catch (Throwable t) {
                d.completeWith(null, wrap(t));
            }
        });
        return d;
    }

    public static <U> CompletableFuture<U> completedFuture(U value) {
        return new CompletableFuture<U>(value, null);
    }

    public static <U> CompletableFuture<U> failedFuture(Throwable ex) {
        return new CompletableFuture<U>(null, Objects.requireNonNull(ex));
    }

    public static <U> CompletionStage<U> completedStage(U value) {
        return new CompletableFuture<U>(value, null);
    }

    public static <U> CompletionStage<U> failedStage(Throwable ex) {
        return new CompletableFuture<U>(null, Objects.requireNonNull(ex));
    }

    public static CompletableFuture<Void> allOf(CompletableFuture<?>... cfs) {
        CompletableFuture<Void> d = new CompletableFuture<>();
        if (cfs.length == 0) {
            d.completeWith(null, null);
            return d;
        }
        int[] left = { cfs.length };
        for (CompletableFuture<?> f : cfs) {
            f.onDone(() -> {
                boolean last;
                synchronized (left) {
                    last = --left[0] == 0;
                }
                if (last) {
                    Throwable x = null;
                    for (CompletableFuture<?> g : cfs) {
                        synchronized (g) {
                            if (g.ex != null) {
                                x = g.ex;
                                break;
                            }
                        }
                    }
                    d.completeWith(null, x == null ? null : wrap(x));
                }
            });
        }
        return d;
    }

    public static CompletableFuture<Object> anyOf(CompletableFuture<?>... cfs) {
        CompletableFuture<Object> d = new CompletableFuture<>();
        for (CompletableFuture<?> f : cfs) {
            f.onDone(() -> {
                Object r;
                Throwable x;
                synchronized (f) {
                    r = f.result;
                    x = f.ex;
                }
                d.completeWith(r, x == null ? null : wrap(x));
            });
        }
        return d;
    }

    // ---- dependent stages ----

    /** The value or exception of a done future, read under its monitor. */
    private Object[] outcome() {
        synchronized (this) {
            return new Object[] { result, ex };
        }
    }

    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CompletableFuture<U>();
    }

    /** A dependent completed by fn(value), or with this stage's exception. */
    private <U> CompletableFuture<U> uniApply(Executor e, Function<? super T, ? extends U> fn) {
        Objects.requireNonNull(fn);
        CompletableFuture<U> d = newIncompleteFuture();
        onDone(() -> {
            Object[] o = outcome();
            if (o[1] != null) {
                d.completeWith(null, wrap((Throwable) o[1]));
                return;
            }
            run(e, () -> {
                try {
                    @SuppressWarnings("unchecked")
                    T t = (T) o[0];
                    d.completeWith(fn.apply(t), null);
                } catch (Throwable x) {
                    d.completeWith(null, wrap(x));
                }
            });
        });
        return d;
    }

    /** A dependent completed by fn(value, exception) whatever the outcome. */
    private <U> CompletableFuture<U> uniHandle(Executor e, BiFunction<? super T, Throwable, ? extends U> fn) {
        Objects.requireNonNull(fn);
        CompletableFuture<U> d = newIncompleteFuture();
        onDone(() -> run(e, () -> {
            Object[] o = outcome();
            try {
                @SuppressWarnings("unchecked")
                T t = (T) o[0];
                d.completeWith(fn.apply(t, (Throwable) o[1]), null);
            } catch (Throwable x) {
                d.completeWith(null, wrap(x));
            }
        }));
        return d;
    }

    @Override
    public <U> CompletableFuture<U> thenApply(Function<? super T, ? extends U> fn) {
        return uniApply(null, fn);
    }

    @Override
    public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn) {
        return uniApply(ASYNC_POOL, fn);
    }

    @Override
    public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn, Executor executor) {
        return uniApply(screen(executor), fn);
    }

    @Override
    public CompletableFuture<Void> thenAccept(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        return uniApply(null, t -> { action.accept(t); return null; });
    }

    @Override
    public CompletableFuture<Void> thenAcceptAsync(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        return uniApply(ASYNC_POOL, t -> { action.accept(t); return null; });
    }

    @Override
    public CompletableFuture<Void> thenAcceptAsync(Consumer<? super T> action, Executor executor) {
        Objects.requireNonNull(action);
        return uniApply(screen(executor), t -> { action.accept(t); return null; });
    }

    @Override
    public CompletableFuture<Void> thenRun(Runnable action) {
        Objects.requireNonNull(action);
        return uniApply(null, t -> { action.run(); return null; });
    }

    @Override
    public CompletableFuture<Void> thenRunAsync(Runnable action) {
        Objects.requireNonNull(action);
        return uniApply(ASYNC_POOL, t -> { action.run(); return null; });
    }

    @Override
    public CompletableFuture<Void> thenRunAsync(Runnable action, Executor executor) {
        Objects.requireNonNull(action);
        return uniApply(screen(executor), t -> { action.run(); return null; });
    }

    private <U, V> CompletableFuture<V> biApply(Executor e, CompletionStage<? extends U> other,
                                                BiFunction<? super T, ? super U, ? extends V> fn) {
        Objects.requireNonNull(fn);
        CompletableFuture<? extends U> o = other.toCompletableFuture();
        return uniApply(null, t -> t).thenCompose(t -> o.uniApply(e, u -> fn.apply(t, u)));
    }

    @Override
    public <U, V> CompletableFuture<V> thenCombine(CompletionStage<? extends U> other,
                                                   BiFunction<? super T, ? super U, ? extends V> fn) {
        return biApply(null, other, fn);
    }

    @Override
    public <U, V> CompletableFuture<V> thenCombineAsync(CompletionStage<? extends U> other,
                                                        BiFunction<? super T, ? super U, ? extends V> fn) {
        return biApply(ASYNC_POOL, other, fn);
    }

    @Override
    public <U, V> CompletableFuture<V> thenCombineAsync(CompletionStage<? extends U> other,
                                                        BiFunction<? super T, ? super U, ? extends V> fn, Executor executor) {
        return biApply(screen(executor), other, fn);
    }

    @Override
    public <U> CompletableFuture<Void> thenAcceptBoth(CompletionStage<? extends U> other,
                                                      BiConsumer<? super T, ? super U> action) {
        Objects.requireNonNull(action);
        return biApply(null, other, (t, u) -> { action.accept(t, u); return null; });
    }

    @Override
    public CompletableFuture<Void> runAfterBoth(CompletionStage<?> other, Runnable action) {
        Objects.requireNonNull(action);
        return biApply(null, other, (t, u) -> { action.run(); return null; });
    }

    @Override
    public <U> CompletableFuture<U> applyToEither(CompletionStage<? extends T> other, Function<? super T, U> fn) {
        Objects.requireNonNull(fn);
        @SuppressWarnings("unchecked")
        CompletableFuture<T> o = (CompletableFuture<T>) other.toCompletableFuture();
        CompletableFuture<T> first = new CompletableFuture<>();
        for (CompletableFuture<T> f : List.of(this, o)) {
            f.onDone(() -> {
                Object[] r = f.outcome();
                @SuppressWarnings("unchecked")
                T t = (T) r[0];
                first.completeWith(t, r[1] == null ? null : wrap((Throwable) r[1]));
            });
        }
        return first.uniApply(null, fn);
    }

    @Override
    public CompletableFuture<Void> acceptEither(CompletionStage<? extends T> other, Consumer<? super T> action) {
        Objects.requireNonNull(action);
        return applyToEither(other, t -> { action.accept(t); return null; });
    }

    @Override
    public CompletableFuture<Void> runAfterEither(CompletionStage<?> other, Runnable action) {
        Objects.requireNonNull(action);
        CompletableFuture<Object> first = anyOf(this, other.toCompletableFuture());
        return first.uniApply(null, t -> { action.run(); return null; });
    }

    private <U> CompletableFuture<U> uniCompose(Executor e, Function<? super T, ? extends CompletionStage<U>> fn) {
        Objects.requireNonNull(fn);
        CompletableFuture<U> d = newIncompleteFuture();
        onDone(() -> {
            Object[] o = outcome();
            if (o[1] != null) {
                d.completeWith(null, wrap((Throwable) o[1]));
                return;
            }
            run(e, () -> {
                try {
                    @SuppressWarnings("unchecked")
                    T t = (T) o[0];
                    CompletableFuture<U> g = fn.apply(t).toCompletableFuture();
                    g.onDone(() -> {
                        Object[] r = g.outcome();
                        d.completeWith(r[0], r[1] == null ? null : wrap((Throwable) r[1]));
                    });
                } catch (Throwable x) {
                    d.completeWith(null, wrap(x));
                }
            });
        });
        return d;
    }

    @Override
    public <U> CompletableFuture<U> thenCompose(Function<? super T, ? extends CompletionStage<U>> fn) {
        return uniCompose(null, fn);
    }

    @Override
    public <U> CompletableFuture<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn) {
        return uniCompose(ASYNC_POOL, fn);
    }

    @Override
    public <U> CompletableFuture<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn, Executor executor) {
        return uniCompose(screen(executor), fn);
    }

    @Override
    public <U> CompletableFuture<U> handle(BiFunction<? super T, Throwable, ? extends U> fn) {
        return uniHandle(null, fn);
    }

    @Override
    public <U> CompletableFuture<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn) {
        return uniHandle(ASYNC_POOL, fn);
    }

    @Override
    public <U> CompletableFuture<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn, Executor executor) {
        return uniHandle(screen(executor), fn);
    }

    private CompletableFuture<T> uniWhenComplete(Executor e, BiConsumer<? super T, ? super Throwable> action) {
        Objects.requireNonNull(action);
        CompletableFuture<T> d = newIncompleteFuture();
        onDone(() -> run(e, () -> {
            Object[] o = outcome();
            @SuppressWarnings("unchecked")
            T t = (T) o[0];
            Throwable x = (Throwable) o[1];
            try {
                action.accept(t, x);
            } catch (Throwable y) {
                if (x == null) {
                    d.completeWith(null, wrap(y));
                    return;
                }
                if (x != y)
                    x.addSuppressed(y);
            }
            d.completeWith(t, x == null ? null : wrap(x));
        }));
        return d;
    }

    @Override
    public CompletableFuture<T> whenComplete(BiConsumer<? super T, ? super Throwable> action) {
        return uniWhenComplete(null, action);
    }

    @Override
    public CompletableFuture<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action) {
        return uniWhenComplete(ASYNC_POOL, action);
    }

    @Override
    public CompletableFuture<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action, Executor executor) {
        return uniWhenComplete(screen(executor), action);
    }

    @Override
    public CompletableFuture<T> exceptionally(Function<Throwable, ? extends T> fn) {
        Objects.requireNonNull(fn);
        CompletableFuture<T> d = newIncompleteFuture();
        onDone(() -> {
            Object[] o = outcome();
            if (o[1] == null) {
                d.completeWith(o[0], null);
                return;
            }
            try {
                d.completeWith(fn.apply((Throwable) o[1]), null);
            } catch (Throwable x) {
                d.completeWith(null, wrap(x));
            }
        });
        return d;
    }

    public CompletableFuture<T> orTimeout(long timeout, TimeUnit unit) {
        Objects.requireNonNull(unit);
        long ms = unit.toMillis(timeout);
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException ignore) {
                return;
            }
            completeWith(null, new TimeoutException());
        }, "CompletableFutureDelayScheduler");
        t.setDaemon(true);
        t.start();
        onDone(t::interrupt);
        return this;
    }

    public CompletableFuture<T> completeOnTimeout(T value, long timeout, TimeUnit unit) {
        Objects.requireNonNull(unit);
        long ms = unit.toMillis(timeout);
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException ignore) {
                return;
            }
            completeWith(value, null);
        }, "CompletableFutureDelayScheduler");
        t.setDaemon(true);
        t.start();
        onDone(t::interrupt);
        return this;
    }

    public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier) {
        return completeAsync(supplier, ASYNC_POOL);
    }

    public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier, Executor executor) {
        Objects.requireNonNull(supplier);
        screen(executor).execute(() -> {
            try {
                completeWith(supplier.get(), null);
            } catch (Throwable x) {
                completeWith(null, wrap(x));
            }
        });
        return this;
    }

    public Executor defaultExecutor() {
        return ASYNC_POOL;
    }

    public CompletableFuture<T> copy() {
        return uniApply(null, t -> t);
    }

    public CompletionStage<T> minimalCompletionStage() {
        return copy();
    }

    @Override
    public CompletableFuture<T> toCompletableFuture() {
        return this;
    }

    @Override
    public String toString() {
        String status;
        synchronized (this) {
            int count = dependents == null ? 0 : dependents.size();
            status = !done ? (count == 0 ? "[Incomplete]" : "[Incomplete with " + count + " dependents]")
                    : ex != null ? "[Completed exceptionally: " + ex + "]" : "[Completed normally]";
        }
        return super.toString() + status;
    }
}
