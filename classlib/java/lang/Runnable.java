/*
 * Runnable: a task with no result, run by a Thread or anyone else.
 */
package java.lang;

@FunctionalInterface
public interface Runnable {
    void run();
}
