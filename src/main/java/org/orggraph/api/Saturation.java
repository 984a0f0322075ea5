package org.orggraph.api;

/**
 * How full the server is, as {@link SaturationHealthIndicator} reports it: requests being served against the web
 * server's worker threads, open Neo4j transactions, and the heap. Saturated from {@value #FULL_PERCENT}% of the
 * threads busy or of the heap still in use after the last garbage collection: then a new request waits for a thread,
 * or the next big answer runs the JVM out of memory, and a load balancer should send requests elsewhere.
 *
 * @param requests     requests being served now (this one included)
 * @param capacity     requests that can be served at once (the web server's maximum of worker threads)
 * @param transactions open Neo4j transactions, or -1 when the database could not say
 * @param heapUsed     bytes of heap in use after the last collection (in use now when no collection has run yet)
 * @param heapMax      the most heap the JVM may take
 */
public record Saturation(int requests, int capacity, long transactions, long heapUsed, long heapMax) {

    static final int FULL_PERCENT = 90;

    public boolean requestsFull() {
        return capacity > 0 && requests * 100L >= capacity * (long) FULL_PERCENT;
    }

    public boolean heapFull() {
        return heapMax > 0 && heapUsed * 100 >= heapMax * FULL_PERCENT;
    }

    public boolean saturated() {
        return requestsFull() || heapFull();
    }
}
