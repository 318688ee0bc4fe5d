package vn.tiendo.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

import vn.tiendo.common.AppClock;

/** Emits assignment.overdue the first time an assignment is seen past its deadline (safe on every replica). */
@ApplicationScoped
public class OverdueSweep {
    @Inject
    Outbox outbox;

    @Inject
    AppClock clock;

    @Scheduled(
            every = "${tiendo.overdue-sweep.every:10m}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void sweep() {
        outbox.recordNewlyOverdue(clock.today());
    }
}
