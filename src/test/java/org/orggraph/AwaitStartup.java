package org.orggraph;

import java.time.Duration;

import org.orggraph.startup.StartupProgress;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before a test class of the app's context runs, waits until the app is ready: the context is up (and cached) as
 * soon as the web server is, while the database, the schema and the reference data come in the start-up phases after
 * it. A failed start fails the class with the phase and the reason. Registered in the tests'
 * {@code META-INF/spring.factories}: it changes nothing in the context, so the context cache is unaffected.
 */
public class AwaitStartup implements TestExecutionListener, Ordered {

    /** Generous: on two cores shared by several builds a first start was seen to take more than ten minutes. */
    private static final Duration LONGEST_START = Duration.ofMinutes(30);

    @Override
    public int getOrder() {
        // Before dependency injection, so no test sees a starting app.
        return 1000;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) throws Exception {
        ApplicationContext context = testContext.getApplicationContext();
        StartupProgress progress = context.getBeanProvider(StartupProgress.class).getIfAvailable();
        if (progress == null) {
            return;
        }
        StartupProgress.Status status = progress.awaitOutcome(LONGEST_START);
        if (!status.ready()) {
            throw new IllegalStateException("The app did not get ready: " + status.describe());
        }
    }
}
