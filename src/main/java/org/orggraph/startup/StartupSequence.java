package org.orggraph.startup;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link StartupStep}s once the web server is up (Boot's started event comes after Tomcat opened its port),
 * phase by phase on a thread of its own, so that the probes and an UNAVAILABLE answer are there from the first
 * seconds while the database starts and the reference data loads. A step that fails ends the start as a failure in
 * the context would: Boot's failure analysis screen (the same analyzers, e.g. the Neo4j connection one), then the
 * application context is closed, and {@code serve} ends the process with status 1.
 */
@Component
class StartupSequence implements ApplicationListener<ApplicationStartedEvent>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StartupSequence.class);

    private final StartupProgress progress;
    private final ObjectProvider<StartupStep> steps;
    private volatile Thread thread;
    private volatile boolean closing;

    StartupSequence(StartupProgress progress, ObjectProvider<StartupStep> steps) {
        this.progress = progress;
        this.steps = steps;
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        if (thread != null || !context.containsBean("startupSequence") || context.getBean(StartupSequence.class) != this) {
            return;
        }
        // The phase before the steps: the JVM, class loading and the application context up to Tomcat's open port.
        log.info("Start-up 0/{} JVM and application context ({} ms since the JVM started, process CPU {} ms)",
                StartupPhase.values().length, ManagementFactory.getRuntimeMXBean().getUptime(), processCpuMillis());
        Thread started = new Thread(() -> run(context), "orggraph-start");
        // Never what keeps the JVM alive: the web server does while the app runs.
        started.setDaemon(true);
        thread = started;
        started.start();
    }

    private void run(ConfigurableApplicationContext context) {
        StartupPhase phase = StartupPhase.DATABASE;
        try {
            List<StartupStep> all = steps.orderedStream().toList();
            for (StartupPhase next : StartupPhase.values()) {
                phase = next;
                runPhase(next, all.stream().filter(step -> step.phase() == next).toList());
            }
            progress.becameReady();
        } catch (Exception | LinkageError e) {
            if (closing || !context.isActive()) {
                log.info("Start-up stopped in phase {}: the app is shutting down", phase.label());
                return;
            }
            StartupFailure failure = new StartupFailure(phase, e);
            // the screen first: whoever waits for the outcome (serve) may end the process as soon as it is known
            report(context, failure);
            progress.failed(phase, failure);
            context.close();
        }
    }

    private void runPhase(StartupPhase phase, List<StartupStep> phaseSteps) throws Exception {
        long started = System.nanoTime();
        long cpuBefore = processCpuMillis();
        progress.begin(phase);
        List<String> summaries = new ArrayList<>();
        for (int i = 0; i < phaseSteps.size(); i++) {
            int index = i;
            int count = phaseSteps.size();
            summaries.add(phaseSteps.get(i).run(
                    fraction -> progress.advance(phase, (index + Math.max(0, Math.min(1, fraction))) / count)));
        }
        // CPU beside the wall time: on a shared machine the wall time says more about the neighbours than the phase.
        progress.finished(phase, (summaries.isEmpty() ? "nothing to do" : String.join("; ", summaries))
                + " (process CPU " + (processCpuMillis() - cpuBefore) + " ms)", (System.nanoTime() - started) / 1_000_000);
    }

    /** The CPU time of all the JVM's threads so far (-1 where the platform cannot tell). */
    private static long processCpuMillis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            return nanos < 0 ? -1 : nanos / 1_000_000;
        }
        return -1;
    }

    /** As {@code SpringApplication} reports a failed run: its exception reporters, that is the failure analyzers. */
    private static void report(ConfigurableApplicationContext context, StartupFailure failure) {
        List<SpringBootExceptionReporter> reporters = SpringFactoriesLoader
                .forDefaultResourceLocation(context.getClassLoader())
                .load(SpringBootExceptionReporter.class, ArgumentResolver.of(ConfigurableApplicationContext.class, context));
        boolean reported = false;
        for (SpringBootExceptionReporter reporter : reporters) {
            reported |= reporter.reportException(failure);
        }
        if (!reported) {
            log.error("Start-up failed in phase {}", failure.phase().label(), failure);
        }
    }

    @Override
    public void destroy() {
        closing = true;
        Thread running = thread;
        if (running != null && running != Thread.currentThread()) {
            running.interrupt();
        }
    }
}
